import { z } from 'zod';
import { PULSE_QUESTION_TEXT, PULSE_QUESTIONS, type PulseQuestion } from '../rules/workforce-categories.ts';
import { Id, PageQuery, pageOf, text } from './common.ts';
import { IsoDate } from './person.ts';

/**
 * The wellbeing pulse: a short recurring survey for link workers. Answers are anonymous (the
 * response row holds no user and no time) and results are shown only for groups of
 * {@link PULSE_MINIMUM_GROUP} or more — see the pulse module on the server.
 */

/** The five-point agreement scale every question is answered on, 1 to 5. */
export const PULSE_ANSWER_LABELS = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
} as const;
/** The scale's values, lowest first. */
export const PULSE_ANSWER_VALUES = [1, 2, 3, 4, 5] as const;

/** What a group with too few responses shows instead of any figure. */
export const PULSE_SUPPRESSED_TEXT = 'fewer than 5 responses — not shown';

/** When a round takes answers, judged on the UK calendar date. */
export const PULSE_ROUND_STATES = ['upcoming', 'open', 'closed'] as const;
/** One of {@link PULSE_ROUND_STATES}. */
export type PulseRoundState = (typeof PULSE_ROUND_STATES)[number];

/**
 * Where a round stands on `today` (`YYYY-MM-DD`): both the opening and closing days take answers.
 * The one test of "open" and "closed": answers are taken only while `open`, and results are
 * shown only once `closed` (see {@link pulseResultsWaitMessage}).
 */
export function pulseRoundState(round: { opensOn: string; closesOn: string }, today: string): PulseRoundState {
  if (today < round.opensOn) return 'upcoming';
  return today > round.closesOn ? 'closed' : 'open';
}

const closingDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Why a round that has not closed shows no results. Figures that change with each answer would
 * let a manager who looks before and after one more response (say 5 then 6) work out that one
 * person's answers; once the round has closed the figures no longer change.
 */
export function pulseResultsWaitMessage(closesOn: string): string {
  const day = closingDayFormat.format(new Date(`${closesOn}T00:00:00Z`));
  return `Results are shown once the round closes on ${day}, so that no single answer can be worked out.`;
}

/** `POST /api/pulse/rounds`: a round for a PCN or an ICB the manager looks after. */
export const CreatePulseRoundRequest = z
  .object({
    organisationId: Id.describe('The PCN or ICB whose link workers are asked'),
    title: text(200, 'a title for the round'),
    opensOn: IsoDate,
    closesOn: IsoDate,
  })
  .superRefine((value, issues) => {
    if (value.closesOn < value.opensOn) {
      issues.addIssue({ code: 'custom', path: ['closesOn'], message: 'The closing date must be on or after the opening date' });
    }
  });
export type CreatePulseRoundRequest = z.infer<typeof CreatePulseRoundRequest>;

/**
 * A pulse round, as listed and as returned by `POST /api/pulse/rounds/:id/close` (which closes an
 * open round now by making yesterday its closing day). It carries no response counts: a count
 * next to a hidden group would give it away, and one that grows with each answer would too.
 */
export const PulseRound = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  state: z.enum(PULSE_ROUND_STATES),
  createdAt: z.string(),
});
export type PulseRound = z.infer<typeof PulseRound>;

/** `GET /api/pulse/rounds` query: one organisation's rounds, or every round in scope. */
export const PulseRoundListQuery = PageQuery.extend({ organisationId: Id.optional() });
export type PulseRoundListQuery = z.infer<typeof PulseRoundListQuery>;

/** A list of rounds, newest opening first; each round's `state` says whether its results can be read (`closed`). */
export const PulseRoundList = pageOf(PulseRound);
export type PulseRoundList = z.infer<typeof PulseRoundList>;

/** One answer on the 1–5 scale; the message names the statement so the form can show it beside it. */
function answerFor(question: PulseQuestion) {
  const message = `Choose how much you agree with “${PULSE_QUESTION_TEXT[question]}”`;
  return z.number({ message }).int({ message }).min(1, { message }).max(5, { message });
}

/** `POST /api/pulse/rounds/:id/responses`: all four answers, each 1 (strongly disagree) to 5. */
export const AnswerPulseRequest = z.object({
  answers: z.object({
    job_satisfaction: answerFor('job_satisfaction'),
    caseload_manageable: answerFor('caseload_manageable'),
    valued_by_practice: answerFor('valued_by_practice'),
    supervision_access: answerFor('supervision_access'),
  } satisfies Record<PulseQuestion, z.ZodType>),
});
export type AnswerPulseRequest = z.infer<typeof AnswerPulseRequest>;

/** The answer to an answer: nothing about it is echoed back. */
export const PulseAnswerReceipt = z.object({ roundId: Id, answered: z.literal(true) });
export type PulseAnswerReceipt = z.infer<typeof PulseAnswerReceipt>;

/** `GET /api/pulse/current`: open rounds covering the caller that they have not answered yet. */
export const CurrentPulseRounds = z.object({ items: z.array(PulseRound) });
export type CurrentPulseRounds = z.infer<typeof CurrentPulseRounds>;

/** One question's figures for a group shown: mean to 2 dp and how many chose each of 1 to 5. */
export const PulseQuestionResult = z.object({
  question: z.enum(PULSE_QUESTIONS),
  text: z.string(),
  mean: z.number(),
  /** Counts for answers 1, 2, 3, 4 and 5, in that order. */
  distribution: z.array(z.number().int()).length(5),
});
export type PulseQuestionResult = z.infer<typeof PulseQuestionResult>;

/** Figures for a group of 5 or more responses. */
export const PulseFigures = z.object({ n: z.number().int(), questions: z.array(PulseQuestionResult) });
export type PulseFigures = z.infer<typeof PulseFigures>;

/**
 * One group (a PCN) that answered. A suppressed group carries only its name and
 * {@link PULSE_SUPPRESSED_TEXT}: no count, no means, no distribution.
 */
export const PulseGroupResult = z.discriminatedUnion('shown', [
  z.object({ organisationId: Id, organisationName: z.string(), shown: z.literal(true), figures: PulseFigures }),
  z.object({ organisationId: Id, organisationName: z.string(), shown: z.literal(false), note: z.string() }),
]);
export type PulseGroupResult = z.infer<typeof PulseGroupResult>;

/**
 * `GET /api/pulse/rounds/:id/results`. `overall` is null whenever any group is suppressed, so a
 * hidden group's figures can never be worked out as the overall less the groups shown.
 */
export const PulseResults = z.object({
  round: PulseRound,
  minimumGroup: z.number().int(),
  groups: z.array(PulseGroupResult),
  overall: PulseFigures.nullable(),
  /** Why there is no overall line, when there is none. */
  overallNote: z.string().nullable(),
});
export type PulseResults = z.infer<typeof PulseResults>;
