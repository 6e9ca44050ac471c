import { describe, expect, it } from 'vitest';
import { blankAnswers, buildMeasureRequest } from './measure-values.ts';

describe('recording an outcome measure', () => {
  it('turns ONS4 answers into numbers', () => {
    const result = buildMeasureRequest({ instrument: 'ons4', timepoint: 'baseline', answers: ['4', '5', ' 6 ', '7'] });
    expect(result).toEqual({ ok: true, data: { instrument: 'ons4', timepoint: 'baseline', items: [4, 5, 6, 7] } });
  });

  it('asks for the measure and when it was taken first', () => {
    const result = buildMeasureRequest({ instrument: '', timepoint: '', answers: [] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'instrument', message: 'Choose a measure' },
        { path: 'timepoint', message: 'Choose when this was taken' },
      ],
    });
  });

  it('names each unanswered or out-of-range question by its index, as the server does', () => {
    const result = buildMeasureRequest({ instrument: 'ons4', timepoint: 'review', answers: ['', '11', '2.5', '3'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'items.0', message: 'Answer question 1 with a whole number from 0 to 10' },
      { path: 'items.1', message: 'Answer question 2 with a whole number from 0 to 10' },
      { path: 'items.2', message: 'Answer question 3 with a whole number from 0 to 10' },
    ]);
  });

  it('asks for a phrase, not a number, when a SWEMWBS question is left unanswered', () => {
    const result = buildMeasureRequest({
      instrument: 'swemwbs',
      timepoint: 'baseline',
      answers: ['3', '', '3', '3', '3', '3', '3'],
    });
    expect(result).toEqual({ ok: false, issues: [{ path: 'items.1', message: 'Choose an answer to question 2' }] });
  });

  it('has a blank answer for every question of the chosen measure', () => {
    expect(blankAnswers('swemwbs')).toHaveLength(7);
    expect(blankAnswers('')).toEqual([]);
  });
});
