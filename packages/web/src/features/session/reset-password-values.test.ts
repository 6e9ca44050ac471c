import { describe, expect, it } from 'vitest';
import { checkResetPassword } from './reset-password-values.ts';

const good = 'a long enough new password';

describe('checkResetPassword', () => {
  it('passes a token and the same good password twice', () => {
    expect(checkResetPassword({ token: ' abc ', password: good, confirmPassword: good })).toEqual({
      ok: true,
      data: { token: 'abc', password: good },
    });
  });

  it('asks for the password again when the confirmation is empty', () => {
    const result = checkResetPassword({ token: 'abc', password: good, confirmPassword: '' });
    expect(result).toEqual({ ok: false, issues: [{ path: 'confirmPassword', message: 'Enter your new password again' }] });
  });

  it('says when the two entries differ', () => {
    const result = checkResetPassword({ token: 'abc', password: good, confirmPassword: `${good}!` });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['confirmPassword']);
  });

  it('applies the shared password rules and does not also complain about a mismatch of a too-short one', () => {
    const result = checkResetPassword({ token: 'abc', password: 'short', confirmPassword: 'short' });
    expect(result).toEqual({ ok: false, issues: [{ path: 'password', message: 'Password must be at least 12 characters' }] });
  });

  it('names the token when the link was incomplete', () => {
    const result = checkResetPassword({ token: '', password: good, confirmPassword: good });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['token']);
  });
});
