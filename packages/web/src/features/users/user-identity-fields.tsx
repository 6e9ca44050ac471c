import type { Control, Path } from 'react-hook-form';
import { FormTextField } from '../../components/form/bound-fields.tsx';

/** The values the name and email fields are bound to. */
export interface UserIdentityValues {
  displayName: string;
  email: string;
}

interface UserIdentityFieldsProps<V extends UserIdentityValues> {
  control: Control<V>;
  emailHint?: string;
}

/** The name and email fields shared by "create user" and "edit user". */
export function UserIdentityFields<V extends UserIdentityValues>({ control, emailHint }: UserIdentityFieldsProps<V>) {
  return (
    <>
      <FormTextField control={control} name={'displayName' as Path<V>} label="Full name" autoComplete="off" spellCheck={false} />
      <FormTextField
        control={control}
        name={'email' as Path<V>}
        label="Email address"
        hint={emailHint}
        type="email"
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
