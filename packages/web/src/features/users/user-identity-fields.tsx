import { type FormIssue, messageFor } from '../../api/form-issues.ts';
import { TextField } from '../../components/text-field.tsx';

interface UserIdentityFieldsProps {
  displayName: string;
  email: string;
  onDisplayNameChange: (value: string) => void;
  onEmailChange: (value: string) => void;
  issues: FormIssue[];
  emailHint?: string;
}

/** The name and email fields shared by "create user" and "edit user". */
export function UserIdentityFields({
  displayName,
  email,
  onDisplayNameChange,
  onEmailChange,
  issues,
  emailHint,
}: UserIdentityFieldsProps) {
  return (
    <>
      <TextField
        id="displayName"
        label="Full name"
        value={displayName}
        onChange={onDisplayNameChange}
        autoComplete="off"
        spellCheck={false}
        error={messageFor(issues, 'displayName')}
      />
      <TextField
        id="email"
        label="Email address"
        hint={emailHint}
        type="email"
        value={email}
        onChange={onEmailChange}
        autoComplete="off"
        spellCheck={false}
        error={messageFor(issues, 'email')}
      />
    </>
  );
}
