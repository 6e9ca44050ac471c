import { INSTRUMENT_DEFINITIONS, INSTRUMENT_SHORT_LABELS, INSTRUMENTS, type Instrument, TIMEPOINTS } from '@kith/shared';
import { type Control, useFormState } from 'react-hook-form';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextField, useBoundField } from '../../components/form/bound-fields.tsx';
import { errorMessageAt } from '../../components/form/form-errors.ts';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { RadiosField } from '../../components/radios-field.tsx';
import { useRecordMeasure } from './care-queries.ts';
import { HappenedAtFields } from './happened-at-fields.tsx';
import { TIMEPOINT_LABELS } from './measure-labels.ts';
import {
  ANSWER_LABELS,
  blankAnswers,
  buildMeasureRequest,
  EMPTY_MEASURE,
  isInstrument,
  MEASURE_WHEN_PATHS,
  type MeasureFormValues,
  measureFieldOrder,
} from './measure-values.ts';

const INSTRUMENT_ITEMS = INSTRUMENTS.map((value) => ({ value, label: INSTRUMENT_DEFINITIONS[value].label }));
const TIMEPOINT_ITEMS = TIMEPOINTS.map((value) => ({ value, label: TIMEPOINT_LABELS[value] }));

interface MeasureFormProps {
  referralId: string;
  /** When the referral was received: a measure cannot have been taken before it. */
  receivedAt: string;
  onRecorded: (message: string) => void;
}

/** Record one outcome measure: choose it and when it was taken, then answer each question. */
export function MeasureForm({ referralId, receivedAt, onRecorded }: MeasureFormProps) {
  const record = useRecordMeasure(referralId);
  const kith = useKithForm({
    defaultValues: EMPTY_MEASURE,
    toRequest: (values) => buildMeasureRequest(values, { receivedAt, now: new Date() }),
    fieldOrder: measureFieldOrder,
    clearOnSave: true,
    onSubmit: async (request) => {
      await record.mutateAsync(request);
      onRecorded(`${INSTRUMENT_SHORT_LABELS[request.instrument]} ${TIMEPOINT_LABELS[request.timepoint].toLowerCase()} recorded`);
    },
  });
  const { control } = kith.form;
  const instrument = useBoundField({ control, name: 'instrument' });
  // Each measure has its own questions: a new choice starts the answers again.
  const chooseInstrument = (value: string) => {
    if (isInstrument(value)) kith.set({ instrument: value, answers: blankAnswers(value) });
  };

  return (
    <section aria-labelledby="record-measure-heading">
      <h2 id="record-measure-heading">Record a measure</h2>
      <KithFormFrame kith={kith}>
        <RadiosField
          id={instrument.id}
          legend="Which measure?"
          value={String(instrument.value)}
          onChange={chooseInstrument}
          items={INSTRUMENT_ITEMS}
          error={instrument.error}
        />
        <FormRadiosField control={control} name="timepoint" legend="When is it being taken?" items={TIMEPOINT_ITEMS} />
        <HappenedAtFields control={control} paths={MEASURE_WHEN_PATHS} legend="Date it was taken (optional)" />
        {kith.values.instrument ? (
          <MeasureQuestions key={kith.values.instrument} instrument={kith.values.instrument} control={control} />
        ) : null}
        <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
          Record measure
        </Button>
      </KithFormFrame>
    </section>
  );
}

interface MeasureQuestionsProps {
  instrument: Instrument;
  control: Control<MeasureFormValues>;
}

/**
 * One number box (ONS4, 0 to 10) or one group of answer phrases (SWEMWBS, UCLA) per question.
 * Answers are kept as `answers.<index>`; the scoring rules and the server name them `items.<index>`.
 */
function MeasureQuestions({ instrument, control }: MeasureQuestionsProps) {
  const definition = INSTRUMENT_DEFINITIONS[instrument];
  const phrases = ANSWER_LABELS[instrument];
  const { errors } = useFormState({ control });
  return (
    <>
      <h3>{definition.label}</h3>
      {definition.stem ? <p>{definition.stem}</p> : null}
      <FieldErrorText message={errorMessageAt(errors, 'items')} />
      {definition.items.map((question, index) => {
        const binding = { control, name: `answers.${index}`, issuePath: `items.${index}` } as const;
        const label = `${index + 1}. ${question}`;
        return phrases ? (
          <FormRadiosField
            key={question}
            {...binding}
            legend={label}
            items={phrases.map((phrase, offset) => ({ value: String(definition.min + offset), label: phrase }))}
          />
        ) : (
          <FormTextField
            key={question}
            {...binding}
            label={label}
            hint={`From ${definition.min} (not at all) to ${definition.max} (completely)`}
            inputMode="numeric"
            widthClass="nhsuk-input--width-2"
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
