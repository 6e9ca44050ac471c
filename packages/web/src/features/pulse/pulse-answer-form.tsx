import {
  AnswerPulseRequest,
  PULSE_ANSWER_LABELS,
  PULSE_ANSWER_VALUES,
  PULSE_QUESTION_TEXT,
  PULSE_QUESTIONS,
  type PulseQuestion,
  type PulseRound,
} from '@kith/shared';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { FormRadiosField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useAnswerPulse } from './pulse-queries.ts';

const SCALE = PULSE_ANSWER_VALUES.map((value) => ({ value: String(value), label: PULSE_ANSWER_LABELS[value] }));
const FIELD_ORDER = PULSE_QUESTIONS.map((question) => `answers.${question}`);
/** Each statement's answer as the radios hold it: '' until chosen. */
const NO_ANSWERS = Object.fromEntries(PULSE_QUESTIONS.map((question) => [question, ''])) as Record<PulseQuestion, string>;

interface PulseAnswerFormProps {
  round: PulseRound;
  onAnswered: () => void;
}

/** The four statements, each answered from "Strongly disagree" to "Strongly agree". */
export function PulseAnswerForm({ round, onAnswered }: PulseAnswerFormProps) {
  const answer = useAnswerPulse();
  const kith = useKithForm({
    defaultValues: { answers: NO_ANSWERS },
    fieldOrder: FIELD_ORDER,
    toRequest: (values) => {
      const answers = Object.fromEntries(
        PULSE_QUESTIONS.map((question) => [question, values.answers[question] ? Number(values.answers[question]) : undefined]),
      );
      return validateWith(AnswerPulseRequest, { answers });
    },
    onSubmit: async (body) => {
      await answer.mutateAsync({ roundId: round.id, body });
      onAnswered();
    },
  });

  return (
    <section aria-labelledby="pulse-round-heading">
      <h2 id="pulse-round-heading">{round.title}</h2>
      <p className="nhsuk-body">Open until {formatCalendarDate(round.closesOn)}. Say how much you agree with each statement.</p>
      <KithFormFrame kith={kith}>
        {PULSE_QUESTIONS.map((question) => (
          <FormRadiosField
            key={question}
            control={kith.form.control}
            name={`answers.${question}`}
            legend={PULSE_QUESTION_TEXT[question]}
            legendClass="nhsuk-fieldset__legend--m"
            items={SCALE}
          />
        ))}
        <Button type="submit" pending={kith.pending} pendingLabel="Sending…">
          Send my answers
        </Button>
      </KithFormFrame>
    </section>
  );
}
