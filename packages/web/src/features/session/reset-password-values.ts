import { PasswordResetCompletion } from '@kith/shared';
import { type FormIssue, validateWith } from '../../api/form-issues.ts';

/** What the reset password form holds: the token from the link, and the new password typed twice. */
export interface ResetPasswordValues {
  token: string;
  password: string;
  confirmPassword: string;
}

export const RESET_PASSWORD_FIELDS = ['password', 'confirmPassword'];

/**
 * Checks the form before it is sent: the shared rules for a new password, then that both
 * entries match (a typing slip in a hidden field would otherwise lock the person out again).
 */
export function checkResetPassword(
  values: ResetPasswordValues,
): { ok: true; data: PasswordResetCompletion } | { ok: false; issues: FormIssue[] } {
  const checked = validateWith(PasswordResetCompletion, { token: values.token, password: values.password });
  const issues = checked.ok ? [] : [...checked.issues];
  if (values.confirmPassword === '') {
    issues.push({ path: 'confirmPassword', message: 'Enter your new password again' });
  } else if (values.password !== '' && values.confirmPassword !== values.password) {
    issues.push({ path: 'confirmPassword', message: 'The passwords do not match: enter the same password twice' });
  }
  if (issues.length > 0) return { ok: false, issues };
  return checked;
}
