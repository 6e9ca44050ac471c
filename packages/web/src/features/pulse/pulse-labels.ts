import type { PulseRoundState } from '@kith/shared';

/** How a round's state is worded on a tag; the words carry the meaning, not the colour. */
export const PULSE_ROUND_STATE_TAGS: Record<PulseRoundState, { label: string; className: string }> = {
  upcoming: { label: 'Not open yet', className: 'nhsuk-tag nhsuk-tag--grey' },
  open: { label: 'Open', className: 'nhsuk-tag nhsuk-tag--green' },
  closed: { label: 'Closed', className: 'nhsuk-tag nhsuk-tag--white' },
};

/** The promise made to everyone answering, shown on the form and the results page alike. */
export const PULSE_ANONYMITY_STATEMENT =
  'Your answers are anonymous: Kith stores them without your name and without the time you answered, and only records that you have taken part so you are not asked twice. Results are only ever shown for groups of 5 or more people.';

/** Why results wait for the round to close, and what closing early does. */
export const PULSE_RESULTS_WAIT_EXPLANATION =
  'Results are shown only once a round has closed. While it is open every new answer changes the figures, so comparing them before and after one more answer would show what that person said.';
export const PULSE_CLOSE_EARLY_EXPLANATION =
  'To see the results sooner, close the round now: it stops taking answers straight away. This cannot be undone.';
