import { INSTRUMENT_DEFINITIONS, INSTRUMENT_SHORT_LABELS, INSTRUMENTS, type Instrument, TIMEPOINTS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, fieldId, issuesFromError, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useRecordMeasure } from './care-queries.ts';
import { TIMEPOINT_LABELS } from './measure-labels.ts';
import {
  ANSWER_LABELS,
  blankAnswers,
  buildMeasureRequest,
  isInstrument,
  isTimepoint,
  type MeasureFormValues,
} from './measure-values.ts';

const INSTRUMENT_ITEMS = INSTRUMENTS.map((value) => ({ value, label: INSTRUMENT_DEFINITIONS[value].label }));
const TIMEPOINT_ITEMS = TIMEPOINTS.map((value) => ({ value, label: TIMEPOINT_LABELS[value] }));

interface MeasureFormProps {
  referralId: string;
  onRecorded: (message: string) => void;
}

/** Record one outcome measure: choose it and when it was taken, then answer each question. */
export function MeasureForm({ referralId, onRecorded }: MeasureFormProps) {
  const record = useRecordMeasure(referralId);
  const [values, setValues] = useState<MeasureFormValues>({ instrument: '', timepoint: '', answers: [] });
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const chooseInstrument = (value: string) => {
    if (isInstrument(value)) setValues({ ...values, instrument: value, answers: blankAnswers(value) });
  };
  const answer = (index: number, value: string) =>
    setValues({ ...values, answers: values.answers.map((existing, i) => (i === index ? value : existing)) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = buildMeasureRequest(values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    record.mutate(checked.data, {
      onSuccess: () => {
        onRecorded(
          `${INSTRUMENT_SHORT_LABELS[checked.data.instrument]} ${TIMEPOINT_LABELS[checked.data.timepoint].toLowerCase()} recorded`,
        );
        setValues({ instrument: '', timepoint: '', answers: [] });
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby="record-measure-heading">
      <h2 id="record-measure-heading">Record a measure</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="instrument"
          legend="Which measure?"
          value={values.instrument}
          onChange={chooseInstrument}
          items={INSTRUMENT_ITEMS}
          error={messageFor(issues, 'instrument')}
        />
        <RadiosField
          id="timepoint"
          legend="When is it being taken?"
          value={values.timepoint}
          onChange={(timepoint) => {
            if (isTimepoint(timepoint)) setValues({ ...values, timepoint });
          }}
          items={TIMEPOINT_ITEMS}
          error={messageFor(issues, 'timepoint')}
        />
        {values.instrument ? (
          <MeasureQuestions instrument={values.instrument} answers={values.answers} onAnswer={answer} issues={issues} />
        ) : null}
        <Button type="submit" pending={record.isPending} pendingLabel="Saving…">
          Record measure
        </Button>
      </form>
    </section>
  );
}

interface MeasureQuestionsProps {
  instrument: Instrument;
  answers: readonly string[];
  onAnswer: (index: number, value: string) => void;
  issues: readonly FormIssue[];
}

/** One number box (ONS4, 0 to 10) or one group of answer phrases (SWEMWBS, UCLA) per question. */
function MeasureQuestions({ instrument, answers, onAnswer, issues }: MeasureQuestionsProps) {
  const definition = INSTRUMENT_DEFINITIONS[instrument];
  const phrases = ANSWER_LABELS[instrument];
  return (
    <>
      <h3>{definition.label}</h3>
      {definition.stem ? <p>{definition.stem}</p> : null}
      <FieldErrorText message={messageFor(issues, 'items')} />
      {definition.items.map((question, index) => {
        const path = `items.${index}`;
        const label = `${index + 1}. ${question}`;
        return phrases ? (
          <RadiosField
            key={question}
            id={fieldId(path)}
            legend={label}
            value={answers[index] ?? ''}
            onChange={(value) => onAnswer(index, value)}
            items={phrases.map((phrase, offset) => ({ value: String(definition.min + offset), label: phrase }))}
            error={messageFor(issues, path)}
          />
        ) : (
          <TextField
            key={question}
            id={fieldId(path)}
            label={label}
            hint={`From ${definition.min} (not at all) to ${definition.max} (completely)`}
            value={answers[index] ?? ''}
            onChange={(value) => onAnswer(index, value)}
            inputMode="numeric"
            widthClass="nhsuk-input--width-2"
            error={messageFor(issues, path)}
          />
        );
      })}
      {definition.notice ? <p className="nhsuk-body-s">{definition.notice}</p> : null}
    </>
  );
}

function FieldErrorText({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="nhsuk-error-message" id="items">
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </p>
  );
}
