import { describe, expect, it } from 'vitest';
import { buildCreateUserRequest, buildPasswordRequest, buildUserDetailsRequest, emptyCreateUser } from './user-form-values.ts';

describe('the user forms', () => {
  it('names every problem of a new user by the field the server uses, row by row', () => {
    const checked = buildCreateUserRequest({ ...emptyCreateUser(), displayName: 'Ann', email: 'ann@example.org' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['password', 'memberships.0.organisationId', 'memberships.0.role']),
    );
  });

  it('sends only what changed in the name and email address, nothing when nothing did', () => {
    const user = { displayName: 'Ann Lee', email: 'ann@example.org' };
    expect(buildUserDetailsRequest(user, user)).toEqual({ ok: true, data: {} });
    expect(buildUserDetailsRequest(user, { displayName: 'Ann Smith', email: 'ann@example.org' })).toEqual({
      ok: true,
      data: { displayName: 'Ann Smith' },
    });
  });

  it('puts a too-short password on the password box', () => {
    expect(buildPasswordRequest({ password: 'short' })).toMatchObject({ ok: false, issues: [{ path: 'password' }] });
    expect(buildPasswordRequest({ password: 'a-long-enough-password' })).toEqual({
      ok: true,
      data: { password: 'a-long-enough-password' },
    });
  });
});
