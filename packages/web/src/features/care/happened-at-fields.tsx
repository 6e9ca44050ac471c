import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormDateInputField, FormTextField } from '../../components/form/bound-fields.tsx';
import type { HappenedAtPaths } from './happened-at-values.ts';

interface HappenedAtFieldsProps<V extends FieldValues> {
  /** A form whose values hold `when: HappenedAtValues`. */
  control: Control<V>;
  paths: HappenedAtPaths;
  legend: string;
}

/**
 * "When was it?": the NHS date boxes and a 24-hour time, for something recorded after it
 * happened. Left blank, it is now.
 */
export function HappenedAtFields<V extends FieldValues>({ control, paths, legend }: HappenedAtFieldsProps<V>) {
  return (
    <>
      <FormDateInputField
        control={control}
        name={'when.date' as Path<V>}
        issuePath={paths.field}
        legend={legend}
        hint="Leave the date and time blank if it was just now. For example, 15 3 2026"
      />
      <FormTextField
        control={control}
        name={'when.time' as Path<V>}
        issuePath={paths.time}
        label="Time"
        hint="UK time on the 24-hour clock, like 14:30"
        widthClass="nhsuk-input--width-4"
      />
    </>
  );
}
