import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommunityTestData, communityTestData } from '../community-test-data.ts';

/**
 * UK wall-clock times the clocks skip (last Sunday of March, 01:00–01:59) or repeat (last
 * Sunday of October, 01:00–01:59) are never guessed: the first is refused, the second needs
 * the offset chosen. In 2099 the clocks change on 29 March and 25 October.
 */
describe('community event times across the UK clock changes', () => {
  let kit: CommunityTestData;
  beforeAll(async () => {
    kit = await communityTestData();
  });
  afterAll(() => kit.app.close());

  const create = (times: Record<string, unknown>) =>
    kit.app.inject({
      method: 'POST',
      url: '/api/community/events',
      headers: kit.editor.writeHeaders,
      payload: { kind: 'webinar', title: 'Night owls', onlineUrl: 'https://meet.example.org/owls', ...times },
    });
  const update = (id: string, changes: Record<string, unknown>) =>
    kit.app.inject({ method: 'PATCH', url: `/api/community/events/${id}`, headers: kit.editor.writeHeaders, payload: changes });

  it('refuses a start or end in the hour the clocks skip, naming the field', async () => {
    const start = await create({ startsAt: '2099-03-29T01:30', endsAt: '2099-03-29T03:30' });
    expect(start.statusCode).toBe(400);
    expect(start.json().issues).toEqual([
      expect.objectContaining({ path: 'startsAt', message: expect.stringContaining('does not exist') }),
    ]);
    const end = await create({ startsAt: '2099-03-29T00:00', endsAt: '2099-03-29T01:15' });
    expect(end.statusCode).toBe(400);
    expect(end.json().issues[0].path).toBe('endsAt');
  });

  it('asks which of the two readings of a repeated time is meant, explaining both', async () => {
    const response = await create({ startsAt: '2099-10-25T01:30', endsAt: '2099-10-25T03:00' });
    expect(response.statusCode).toBe(400);
    const [issue] = response.json().issues;
    expect(issue.path).toBe('startsAtOffset');
    expect(issue.message).toMatch(/happens twice/);
    expect(issue.message).toContain('+01:00');
    expect(issue.message).toContain('+00:00');
  });

  it('takes the chosen reading, and the duration is the real time between the instants', async () => {
    const first = await create({ startsAt: '2099-10-25T01:30', startsAtOffset: '+01:00', endsAt: '2099-10-25T03:00' });
    expect(first.statusCode).toBe(201);
    // 01:30 BST is 00:30 UTC; 03:00 GMT is 03:00 UTC: two and a half hours.
    expect(first.json()).toMatchObject({ startsAt: '2099-10-25T00:30:00.000Z', endsAt: '2099-10-25T03:00:00.000Z' });
    const second = await create({ startsAt: '2099-10-25T01:30', startsAtOffset: '+00:00', endsAt: '2099-10-25T03:00' });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ startsAt: '2099-10-25T01:30:00.000Z', endsAt: '2099-10-25T03:00:00.000Z' });
    // A 2-hour evening event across the March change stays 2 hours of real time.
    const spring = await create({ startsAt: '2099-03-29T00:30', endsAt: '2099-03-29T03:30' });
    expect(spring.statusCode).toBe(201);
    const { startsAt, endsAt } = spring.json();
    expect((Date.parse(endsAt) - Date.parse(startsAt)) / 3_600_000).toBe(2);
  });

  it('applies the same rules when an event is moved', async () => {
    const id = (await create({ startsAt: '2099-10-24T18:00', endsAt: '2099-10-24T19:00' })).json().id as string;
    const ambiguous = await update(id, { endsAt: '2099-10-25T01:45' });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().issues[0].path).toBe('endsAtOffset');
    const chosen = await update(id, { endsAt: '2099-10-25T01:45', endsAtOffset: '+00:00' });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().endsAt).toBe('2099-10-25T01:45:00.000Z');
    const skipped = await update(id, { startsAt: '2099-03-29T01:30' });
    expect(skipped.statusCode).toBe(400);
    expect(skipped.json().issues[0].path).toBe('startsAt');
  });

  it('refuses a joining link that is not http(s), naming onlineUrl', async () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)']) {
      const response = await create({ startsAt: '2099-06-03T10:00', endsAt: '2099-06-03T11:00', onlineUrl: bad });
      expect(response.statusCode).toBe(400);
      expect(response.json().issues[0].path).toBe('onlineUrl');
    }
  });
});
