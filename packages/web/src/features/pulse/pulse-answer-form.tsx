import {
  AnswerPulseRequest,
  PULSE_ANSWER_LABELS,
  PULSE_ANSWER_VALUES,
  PULSE_QUESTION_TEXT,
  PULSE_QUESTIONS,
  type PulseQuestion,
  type PulseRound,
} from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { useAnswerPulse } from './pulse-queries.ts';

const SCALE = PULSE_ANSWER_VALUES.map((value) => ({ value: String(value), label: PULSE_ANSWER_LABELS[value] }));
const FIELD_ORDER = PULSE_QUESTIONS.map((question) => `answers.${question}`);

interface PulseAnswerFormProps {
  round: PulseRound;
  onAnswered: () => void;
}

/** The four statements, each answered from "Strongly disagree" to "Strongly agree". */
export function PulseAnswerForm({ round, onAnswered }: PulseAnswerFormProps) {
  const answer = useAnswerPulse();
  const [values, setValues] = useState<Partial<Record<PulseQuestion, string>>>({});
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answers = Object.fromEntries(
      PULSE_QUESTIONS.map((question) => [question, values[question] ? Number(values[question]) : undefined]),
    );
    const checked = validateWith(AnswerPulseRequest, { answers });
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, FIELD_ORDER));
      return;
    }
    setIssues([]);
    answer.mutate(
      { roundId: round.id, body: checked.data },
      { onSuccess: onAnswered, onError: (error) => setIssues(issuesFromError(error)) },
    );
  };

  return (
    <section aria-labelledby="pulse-round-heading">
      <h2 id="pulse-round-heading">{round.title}</h2>
      <p className="nhsuk-body">Open until {formatCalendarDate(round.closesOn)}. Say how much you agree with each statement.</p>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        {PULSE_QUESTIONS.map((question) => (
          <RadiosField
            key={question}
            id={`answers-${question}`}
            legend={PULSE_QUESTION_TEXT[question]}
            legendClass="nhsuk-fieldset__legend--m"
            value={values[question] ?? ''}
            onChange={(value) => setValues({ ...values, [question]: value })}
            items={SCALE}
            error={messageFor(issues, `answers.${question}`)}
          />
        ))}
        <Button type="submit" pending={answer.isPending} pendingLabel="Sending…">
          Send my answers
        </Button>
      </form>
    </section>
  );
}
