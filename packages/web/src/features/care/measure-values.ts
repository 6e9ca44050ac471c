import {
  INSTRUMENT_DEFINITIONS,
  INSTRUMENTS,
  type Instrument,
  itemAnswerMessage,
  itemProblems,
  type RecordMeasureRequest,
  type Timepoint,
} from '@kith/shared';
import type { Checked, FormIssue } from '../../api/form-issues.ts';
import { EMPTY_HAPPENED_AT, type HappenedAtContext, type HappenedAtValues, readHappenedAt } from './happened-at-values.ts';

/** Answer wording for the instruments answered by choosing a phrase (the published response scales). */
export const ANSWER_LABELS: Partial<Record<Instrument, readonly string[]>> = {
  swemwbs: ['None of the time', 'Rarely', 'Some of the time', 'Often', 'All of the time'],
  ucla3: ['Hardly ever', 'Some of the time', 'Often'],
};

/** The measure form as typed: one answer per question, '' until answered. */
export interface MeasureFormValues {
  instrument: Instrument | '';
  timepoint: Timepoint | '';
  /** When it was taken; blank for just now. */
  when: HappenedAtValues;
  answers: string[];
}

export const EMPTY_MEASURE: MeasureFormValues = { instrument: '', timepoint: '', when: EMPTY_HAPPENED_AT, answers: [] };

/** The date boxes carry the request's name, so the server's problems with it show there too. */
export const MEASURE_WHEN_PATHS = { field: 'recordedAt', time: 'recordedTime' } as const;

/**
 * The measure form's fields, top to bottom, as issue paths: `items.<index>` for the chosen
 * measure's answers. Problems with the answers as a whole come last, as they are found.
 */
export function measureFieldOrder({ instrument }: Pick<MeasureFormValues, 'instrument'>): string[] {
  const questions = instrument ? INSTRUMENT_DEFINITIONS[instrument].items : [];
  return ['instrument', 'timepoint', 'recordedAt', 'recordedTime', ...questions.map((_, index) => `items.${index}`), 'items'];
}

export function isInstrument(value: string): value is Instrument {
  return (INSTRUMENTS as readonly string[]).includes(value);
}

/** Blank answers for every question of an instrument. */
export function blankAnswers(instrument: Instrument | ''): string[] {
  return instrument ? INSTRUMENT_DEFINITIONS[instrument].items.map(() => '') : [];
}

/**
 * Checks the answers with the shared scoring rules and builds the request. Issue paths are
 * `items.<index>`, as the server names them. A questionnaire entered after it was taken (on paper,
 * at a visit) keeps the date and time it was taken.
 */
export function buildMeasureRequest(values: MeasureFormValues, context: HappenedAtContext): Checked<RecordMeasureRequest> {
  const issues: FormIssue[] = [];
  if (!values.instrument) issues.push({ path: 'instrument', message: 'Choose a measure' });
  if (!values.timepoint) issues.push({ path: 'timepoint', message: 'Choose when this was taken' });
  const when = readHappenedAt(values.when, { ...context, what: 'The date the measure was taken', paths: MEASURE_WHEN_PATHS });
  if (when.kind === 'invalid') issues.push(...when.issues);
  if (!values.instrument || !values.timepoint) return { ok: false, issues };

  const instrument = values.instrument;
  const definition = INSTRUMENT_DEFINITIONS[instrument];
  const items = definition.items.map((_, index) => {
    const answer = (values.answers[index] ?? '').trim();
    return answer === '' ? Number.NaN : Number(answer);
  });
  const answeredByPhrase = ANSWER_LABELS[instrument] !== undefined;
  items.forEach((value, index) => {
    if (!Number.isNaN(value)) return;
    // A chosen phrase is never out of range, so only typed answers need the range in the message.
    const message = answeredByPhrase ? `Choose an answer to question ${index + 1}` : itemAnswerMessage(instrument, index);
    issues.push({ path: `items.${index}`, message });
  });
  for (const problem of itemProblems(instrument, items)) {
    const path = problem.index === null ? 'items' : `items.${problem.index}`;
    if (!issues.some((issue) => issue.path === path)) issues.push({ path, message: problem.message });
  }
  if (issues.length > 0) return { ok: false, issues };
  const recordedAt = when.kind === 'at' ? { recordedAt: when.iso } : {};
  return { ok: true, data: { instrument, timepoint: values.timepoint, items, ...recordedAt } };
}
