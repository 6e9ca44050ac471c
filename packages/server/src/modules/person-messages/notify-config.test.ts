import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';

const KEY = 'kith_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const SMS = '0f7b7f36-4f0b-4a43-9e5c-3b6e9b1f2a01';
const EMAIL = '0f7b7f36-4f0b-4a43-9e5c-3b6e9b1f2a02';

describe('GOV.UK Notify configuration', () => {
  it('is off without a key, so messages wait as queued', () => {
    expect(loadConfig({}).notify).toEqual({
      apiKey: null,
      baseUrl: 'https://api.notifications.service.gov.uk',
      smsTemplateId: null,
      emailTemplateId: null,
    });
  });

  it('takes the key, a base URL for tests, and the two template ids', () => {
    const config = loadConfig({
      KITH_NOTIFY_API_KEY: KEY,
      KITH_NOTIFY_URL: 'http://127.0.0.1:4010/',
      KITH_NOTIFY_SMS_TEMPLATE_ID: SMS,
      KITH_NOTIFY_EMAIL_TEMPLATE_ID: EMAIL,
    });
    expect(config.notify).toEqual({ apiKey: KEY, baseUrl: 'http://127.0.0.1:4010', smsTemplateId: SMS, emailTemplateId: EMAIL });
  });

  it('names a key that is not a Notify key, and template ids missing beside a key', () => {
    expect(() => loadConfig({ KITH_NOTIFY_API_KEY: 'not-a-key' })).toThrow(
      /KITH_NOTIFY_API_KEY: must be a GOV.UK Notify API key/,
    );
    expect(() => loadConfig({ KITH_NOTIFY_API_KEY: KEY, KITH_NOTIFY_SMS_TEMPLATE_ID: SMS })).toThrow(ConfigError);
    expect(() => loadConfig({ KITH_NOTIFY_API_KEY: KEY, KITH_NOTIFY_SMS_TEMPLATE_ID: SMS })).toThrow(
      /KITH_NOTIFY_EMAIL_TEMPLATE_ID: required when KITH_NOTIFY_API_KEY is set/,
    );
  });
});
