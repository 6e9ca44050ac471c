import { type Control, type FieldValues, type Path, type PathValue, useController, useFormState } from 'react-hook-form';
import { fieldId } from '../../api/form-issues.ts';
import { CheckboxesField, type CheckboxesFieldProps } from '../checkboxes-field.tsx';
import { DateInputField, type DateInputFieldProps } from '../date-input-field.tsx';
import type { DateParts } from '../date-parts.ts';
import { RadiosField, type RadiosFieldProps } from '../radios-field.tsx';
import { SelectField, type SelectFieldProps } from '../select-field.tsx';
import { TextField, type TextFieldProps } from '../text-field.tsx';
import { TextareaField, type TextareaFieldProps } from '../textarea-field.tsx';
import { errorMessageAt } from './form-errors.ts';

/** How a field is bound to its form: the form's `control` and the value's name. */
export interface Binding<V extends FieldValues> {
  control: Control<V>;
  name: Path<V>;
  /**
   * The path the shared schema and the server use for this field, when it differs from the
   * form's own name (`consent.toReferral` for a `consentToReferral` box). It names the error shown
   * beside the field and the control's id, which the error summary links to.
   */
  issuePath?: string;
}

/**
 * One form value as a controlled field: its element id, value, change handler and the message to
 * show beside it. For fields the ready-made bound fields below do not cover.
 */
export function useBoundField<V extends FieldValues>({ control, name, issuePath }: Binding<V>) {
  const { field } = useController({ control, name });
  const { errors } = useFormState({ control });
  const path = issuePath ?? name;
  return {
    id: fieldId(path),
    value: field.value as PathValue<V, Path<V>>,
    // The bound components know their own value's shape (text, a list, date parts).
    onChange: (value: unknown) => field.onChange(value),
    error: errorMessageAt(errors, path),
  };
}

type Unbound<P> = Omit<P, 'id' | 'value' | 'values' | 'onChange' | 'error'>;

export function FormTextField<V extends FieldValues>({
  control,
  name,
  issuePath,
  ...props
}: Binding<V> & Unbound<TextFieldProps>) {
  const field = useBoundField({ control, name, issuePath });
  return <TextField {...props} id={field.id} value={String(field.value ?? '')} onChange={field.onChange} error={field.error} />;
}

export function FormTextareaField<V extends FieldValues>({
  control,
  name,
  issuePath,
  ...props
}: Binding<V> & Unbound<TextareaFieldProps>) {
  const field = useBoundField({ control, name, issuePath });
  return (
    <TextareaField {...props} id={field.id} value={String(field.value ?? '')} onChange={field.onChange} error={field.error} />
  );
}

export function FormRadiosField<V extends FieldValues>({
  control,
  name,
  issuePath,
  ...props
}: Binding<V> & Unbound<RadiosFieldProps>) {
  const field = useBoundField({ control, name, issuePath });
  return <RadiosField {...props} id={field.id} value={String(field.value ?? '')} onChange={field.onChange} error={field.error} />;
}

export function FormSelectField<V extends FieldValues>({
  control,
  name,
  issuePath,
  ...props
}: Binding<V> & Unbound<SelectFieldProps>) {
  const field = useBoundField({ control, name, issuePath });
  return <SelectField {...props} id={field.id} value={String(field.value ?? '')} onChange={field.onChange} error={field.error} />;
}

export function FormCheckboxesField<V extends FieldValues>({
  control,
  name,
  issuePath,
  ...props
}: Binding<V> & Unbound<CheckboxesFieldProps>) {
  const field = useBoundField({ control, name, issuePath });
  const values = Array.isArray(field.value) ? (field.value as string[]) : [];
  return <CheckboxesField {...props} id={field.id} values={values} onChange={field.onChange} error={field.error} />;
}

export function FormDateInputField<V extends FieldValues>({
  control,
  name,
  issuePath,
  ...props
}: Binding<V> & Unbound<DateInputFieldProps>) {
  const field = useBoundField({ control, name, issuePath });
  return (
    <DateInputField {...props} id={field.id} value={field.value as DateParts} onChange={field.onChange} error={field.error} />
  );
}
