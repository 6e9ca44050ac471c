import { describe, expect, it } from 'vitest';
import { buildPulseRoundRequest, EMPTY_PULSE_ROUND } from './pulse-round-values.ts';

const ORGANISATION = '0190f5c4-6a4b-7cc1-9d2e-2f0a6b1c3d4e';

describe('the new pulse round form', () => {
  it('asks for each field, top to bottom, in its own words', () => {
    const checked = buildPulseRoundRequest(EMPTY_PULSE_ROUND);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((issue) => issue.path)).toEqual(['organisationId', 'title', 'opensOn', 'closesOn']);
    expect(checked.issues[0]?.message).toBe('Choose who the round is for');
    expect(checked.issues[2]?.message).toBe('Enter the opening date');
  });

  it('says what is wrong with a date that cannot be read', () => {
    const checked = buildPulseRoundRequest({
      organisationId: ORGANISATION,
      title: 'Spring 2026',
      opensOn: { day: '31', month: '2', year: '2026' },
      closesOn: { day: '1', month: '4', year: '2026' },
    });
    expect(checked).toEqual({ ok: false, issues: [{ path: 'opensOn', message: 'Opening date must be a real date' }] });
  });

  it('builds the request from the boxes', () => {
    const checked = buildPulseRoundRequest({
      organisationId: ORGANISATION,
      title: 'Spring 2026',
      opensOn: { day: '1', month: '3', year: '2026' },
      closesOn: { day: '31', month: '3', year: '2026' },
    });
    expect(checked).toEqual({
      ok: true,
      data: { organisationId: ORGANISATION, title: 'Spring 2026', opensOn: '2026-03-01', closesOn: '2026-03-31' },
    });
  });
});
