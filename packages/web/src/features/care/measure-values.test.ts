import { describe, expect, it } from 'vitest';
import { blankAnswers, buildMeasureRequest, EMPTY_MEASURE } from './measure-values.ts';

/** The referral was received on 1 June 2026; "now" is 10 June. */
const context = { receivedAt: '2026-06-01T08:30:00.000Z', now: new Date('2026-06-10T12:00:00Z') };

describe('recording an outcome measure', () => {
  it('turns ONS4 answers into numbers', () => {
    const result = buildMeasureRequest(
      { ...EMPTY_MEASURE, instrument: 'ons4', timepoint: 'baseline', answers: ['4', '5', ' 6 ', '7'] },
      context,
    );
    expect(result).toEqual({ ok: true, data: { instrument: 'ons4', timepoint: 'baseline', items: [4, 5, 6, 7] } });
  });

  it('asks for the measure and when it was taken first', () => {
    const result = buildMeasureRequest(EMPTY_MEASURE, context);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'instrument', message: 'Choose a measure' },
        { path: 'timepoint', message: 'Choose when this was taken' },
      ],
    });
  });

  it('names each unanswered or out-of-range question by its index, as the server does', () => {
    const result = buildMeasureRequest(
      { ...EMPTY_MEASURE, instrument: 'ons4', timepoint: 'review', answers: ['', '11', '2.5', '3'] },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'items.0', message: 'Answer question 1 with a whole number from 0 to 10' },
      { path: 'items.1', message: 'Answer question 2 with a whole number from 0 to 10' },
      { path: 'items.2', message: 'Answer question 3 with a whole number from 0 to 10' },
    ]);
  });

  it('asks for a phrase, not a number, when a SWEMWBS question is left unanswered', () => {
    const result = buildMeasureRequest(
      { ...EMPTY_MEASURE, instrument: 'swemwbs', timepoint: 'baseline', answers: ['3', '', '3', '3', '3', '3', '3'] },
      context,
    );
    expect(result).toEqual({ ok: false, issues: [{ path: 'items.1', message: 'Choose an answer to question 2' }] });
  });

  it('has a blank answer for every question of the chosen measure', () => {
    expect(blankAnswers('swemwbs')).toHaveLength(7);
    expect(blankAnswers('')).toEqual([]);
  });

  it('keeps the date and time a questionnaire entered later was taken', () => {
    const when = { date: { day: '2', month: '6', year: '2026' }, time: '11:00' };
    const result = buildMeasureRequest({ instrument: 'ucla3', timepoint: 'baseline', when, answers: ['2', '2', '3'] }, context);
    expect(result).toEqual({
      ok: true,
      data: { instrument: 'ucla3', timepoint: 'baseline', items: [2, 2, 3], recordedAt: '2026-06-02T10:00:00.000Z' },
    });
  });

  it('refuses a date in the future beside the date, before the questions', () => {
    const when = { date: { day: '20', month: '6', year: '2026' }, time: '11:00' };
    const result = buildMeasureRequest({ instrument: 'ucla3', timepoint: 'review', when, answers: ['', '2', '3'] }, context);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['recordedAt', 'items.0']);
  });
});
