import { NotifyClient } from 'notifications-node-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNotifyServer, startLocalNotifyServer } from './notify-server.ts';

/** The local Notify server answers the official client as Notify would, and refuses what Notify refuses. */
describe('local GOV.UK Notify server', () => {
  let notify: LocalNotifyServer;
  beforeAll(async () => {
    notify = await startLocalNotifyServer();
  });
  afterAll(() => notify.close());

  const statusOf = async (request: Promise<unknown>) =>
    request.then(
      () => 'ok',
      (error: { response?: { status: number; data: { errors: { message: string }[] } } }) =>
        `${error.response?.status} ${error.response?.data.errors[0]?.message}`,
    );

  it('accepts a text message from the official client and reports its status as set', async () => {
    const client = new NotifyClient(notify.url, notify.apiKey);
    const sent = await client.sendSms(notify.smsTemplateId, '07700 900123', {
      personalisation: { body: 'Hello' },
      reference: 'ref-1',
    });
    expect(sent.status).toBe(201);
    expect(sent.data).toMatchObject({ reference: 'ref-1', content: { body: 'Hello' }, template: { id: notify.smsTemplateId } });
    notify.setStatus(sent.data.id, 'delivered');
    const { data } = await client.getNotificationById(sent.data.id);
    expect(data).toMatchObject({
      id: sent.data.id,
      type: 'sms',
      status: 'delivered',
      phone_number: '07700 900123',
      body: 'Hello',
    });
    expect(data.completed_at).toEqual(expect.any(String));
  });

  it('refuses a key signed with another secret or for another service', async () => {
    const wrongSecret = notify.apiKey.replace(/.{36}$/, '00000000-0000-4000-8000-000000000000');
    expect(await statusOf(new NotifyClient(notify.url, wrongSecret).getNotificationById(crypto.randomUUID()))).toBe(
      '403 Invalid token: API key not found',
    );
    const otherService = `kith_test-00000000-0000-4000-8000-000000000000-${notify.apiKey.slice(-36)}`;
    expect(await statusOf(new NotifyClient(notify.url, otherService).getNotificationById(crypto.randomUUID()))).toBe(
      '403 Invalid token: service not found',
    );
  });

  it('checks bodies: UK mobile, template, personalisation', async () => {
    const client = new NotifyClient(notify.url, notify.apiKey);
    expect(await statusOf(client.sendSms(notify.smsTemplateId, '0113 496 0000', { personalisation: { body: 'x' } }))).toBe(
      '400 phone_number Not a UK mobile number',
    );
    expect(await statusOf(client.sendSms(notify.smsTemplateId, '07700900123', { personalisation: {} }))).toBe(
      '400 Missing personalisation: body',
    );
    expect(await statusOf(client.sendSms(notify.emailTemplateId, '07700900123', { personalisation: { body: 'x' } }))).toBe(
      '400 email template is not suitable for sms notification',
    );
    expect(await statusOf(client.getNotificationById(crypto.randomUUID()))).toBe('404 No result found');
  });
});
