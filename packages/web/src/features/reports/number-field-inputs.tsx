import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import type { NumberField } from './number-fields.ts';

interface NumberFieldInputsProps<V extends FieldValues, Key extends string> {
  control: Control<V>;
  fields: readonly NumberField<Key>[];
  /** Prefix of each field's path, as the server names it (`roi.`); the element id follows from it. */
  pathPrefix?: string;
}

/** A labelled number box per field, each with its hint and its own error. */
export function NumberFieldInputs<V extends FieldValues, Key extends string>({
  control,
  fields,
  pathPrefix = '',
}: NumberFieldInputsProps<V, Key>) {
  return (
    <>
      {fields.map((field) => (
        <FormTextField
          key={field.key}
          control={control}
          name={`${pathPrefix}${field.key}` as Path<V>}
          label={field.label}
          hint={field.hint}
          inputMode="decimal"
          widthClass="nhsuk-input--width-10"
        />
      ))}
    </>
  );
}
