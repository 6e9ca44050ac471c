import type { CarePlanContent } from '../care/care-plan-repository.ts';
import { letterCalendarDate } from './letter-dates.ts';
import type { LetterBlock, LetterContent } from './letter-layout.ts';
import { contactLine, personRecipient } from './letter-recipient.ts';

/** What the person's own copy of their care plan is written from. */
export interface CarePlanLetterFacts {
  person: Parameters<typeof personRecipient>[0];
  plan: CarePlanContent;
  sender: { pcnName: string; workerName: string | null };
}

export const CARE_PLAN_LETTER_TITLE = 'Your care plan';

/**
 * The person's own copy of the plan made with them, in their words and addressed to them: what
 * matters to them, their goals, who agreed to do what by when, when it will be looked at again.
 */
export function carePlanLetter({ person, plan, sender }: CarePlanLetterFacts): LetterContent {
  const blocks: LetterBlock[] = [
    { kind: 'paragraph', text: `Dear ${person.givenName} ${person.familyName},` },
    {
      kind: 'paragraph',
      text: 'This is your own copy of the plan we made together. Keep it somewhere safe: we will look at it again together.',
    },
    { kind: 'heading', text: 'What matters to you' },
    {
      kind: 'paragraph',
      text: plan.whatMatters || 'We have not written this down yet. We will talk about it when we next meet.',
    },
    { kind: 'heading', text: 'Your goals' },
    plan.goals.length > 0
      ? { kind: 'bullets', items: plan.goals.map((goal) => goal.text) }
      : { kind: 'paragraph', text: 'We have not written down any goals yet.' },
    { kind: 'heading', text: 'What we agreed to do' },
    plan.actions.length > 0
      ? { kind: 'entries', entries: plan.actions.map(actionEntry) }
      : { kind: 'paragraph', text: 'We have not agreed any actions yet.' },
    { kind: 'heading', text: 'Looking at your plan again' },
    {
      kind: 'paragraph',
      text: plan.reviewDate
        ? `We will look at this plan again with you on ${letterCalendarDate(plan.reviewDate)}.`
        : 'We will agree with you when to look at this plan again.',
    },
    { kind: 'heading', text: 'Questions or changes' },
    { kind: 'paragraph', text: `If anything changes, or you have a question about your plan, contact ${contactLine(sender)}.` },
  ];
  return { title: CARE_PLAN_LETTER_TITLE, recipient: personRecipient(person), blocks };
}

/** The action, then who does it, by when, and whether it is done. */
function actionEntry(action: CarePlanContent['actions'][number]) {
  const rows: [string, string][] = [['Who', action.owner]];
  if (action.dueDate) rows.push(['By', letterCalendarDate(action.dueDate)]);
  if (action.done) rows.push(['Done', 'Yes']);
  return { text: action.text, rows };
}
