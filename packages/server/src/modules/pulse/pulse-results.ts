import {
  PULSE_MINIMUM_GROUP,
  PULSE_QUESTION_TEXT,
  PULSE_QUESTIONS,
  PULSE_SUPPRESSED_TEXT,
  type PulseFigures,
  type PulseGroupResult,
} from '@kith/shared';

/**
 * The one place that decides what pulse results may be shown. The results API and the CSV
 * export both take their figures from {@link summarisePulseResponses}, so they cannot disagree
 * about which groups are hidden.
 *
 * Rules: a group (PCN) with fewer than PULSE_MINIMUM_GROUP responses shows no count, no mean
 * and no distribution. The overall line is shown only when no group is hidden — otherwise the
 * overall less the groups shown would give the hidden group's figures away.
 */

export interface PulseResponseRow {
  groupId: string;
  groupName: string;
  answers: Record<string, number>;
}

export interface PulseSummary {
  groups: PulseGroupResult[];
  overall: PulseFigures | null;
  overallNote: string | null;
}

export const OVERALL_WITHHELD_NOTE =
  'No overall figures: at least one group has fewer than 5 responses, and an overall total would let its answers be worked out.';
export const NO_RESPONSES_NOTE = 'No responses yet.';

export function summarisePulseResponses(rows: readonly PulseResponseRow[], minimum = PULSE_MINIMUM_GROUP): PulseSummary {
  const byGroup = new Map<string, { name: string; rows: PulseResponseRow[] }>();
  for (const row of rows) {
    const group = byGroup.get(row.groupId) ?? { name: row.groupName, rows: [] };
    group.rows.push(row);
    byGroup.set(row.groupId, group);
  }
  const groups: PulseGroupResult[] = [...byGroup.entries()]
    .sort(([, a], [, b]) => a.name.localeCompare(b.name, 'en-GB'))
    .map(([organisationId, group]) =>
      group.rows.length >= minimum
        ? { organisationId, organisationName: group.name, shown: true, figures: figuresOf(group.rows) }
        : { organisationId, organisationName: group.name, shown: false, note: PULSE_SUPPRESSED_TEXT },
    );
  if (rows.length === 0) return { groups, overall: null, overallNote: NO_RESPONSES_NOTE };
  if (groups.some((group) => !group.shown)) return { groups, overall: null, overallNote: OVERALL_WITHHELD_NOTE };
  return { groups, overall: figuresOf(rows), overallNote: null };
}

/** n, and per question the mean to 2 dp and how many chose 1 to 5. */
function figuresOf(rows: readonly PulseResponseRow[]): PulseFigures {
  return {
    n: rows.length,
    questions: PULSE_QUESTIONS.map((question) => {
      const distribution = [0, 0, 0, 0, 0];
      let sum = 0;
      let answered = 0;
      for (const row of rows) {
        const value = row.answers[question];
        if (value === undefined || !Number.isInteger(value) || value < 1 || value > 5) continue;
        distribution[value - 1] = (distribution[value - 1] ?? 0) + 1;
        sum += value;
        answered += 1;
      }
      // Rounded from the integer sum, so 2 dp is exact rather than a float artefact.
      const mean = answered === 0 ? 0 : Math.round((sum * 100) / answered) / 100;
      return { question, text: PULSE_QUESTION_TEXT[question], mean, distribution };
    }),
  };
}
