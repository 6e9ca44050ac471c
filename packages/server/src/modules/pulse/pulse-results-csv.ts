import { PULSE_ANSWER_LABELS, PULSE_ANSWER_VALUES, type PulseFigures, type PulseResults } from '@kith/shared';
import { csvDocument } from '../../http/csv.ts';

/**
 * The pulse results as CSV (RFC 4180), written from the already-summarised results so the
 * export shows exactly what the screen shows: hidden groups get one row saying so and no figures.
 */

const HEADER = [
  'Group',
  'Responses',
  'Question',
  'Mean (1–5)',
  ...PULSE_ANSWER_VALUES.map((value) => PULSE_ANSWER_LABELS[value]),
];

export function pulseResultsCsv(results: PulseResults): string {
  const rows: string[][] = [HEADER];
  for (const group of results.groups) {
    if (group.shown) rows.push(...figureRows(group.organisationName, group.figures));
    else rows.push([group.organisationName, group.note, '', '', '', '', '', '', '']);
  }
  if (results.overall) rows.push(...figureRows('All groups', results.overall));
  else if (results.overallNote) rows.push(['All groups', results.overallNote, '', '', '', '', '', '', '']);
  return csvDocument(rows);
}

function figureRows(name: string, figures: PulseFigures): string[][] {
  return figures.questions.map((question) => [
    name,
    String(figures.n),
    question.text,
    question.mean.toFixed(2),
    ...question.distribution.map(String),
  ]);
}
