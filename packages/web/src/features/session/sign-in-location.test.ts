import { describe, expect, it } from 'vitest';
import { readPasswordReset, readReturnPath, readSignedOut } from './sign-in-location.ts';

describe('where to go after signing in', () => {
  it('returns to the in-app page the user was sent away from', () => {
    expect(readReturnPath({ from: '/admin/users?q=ada' })).toBe('/admin/users?q=ada');
  });

  it('never follows a path to another site, back to sign-in, or a malformed state', () => {
    expect(readReturnPath({ from: '//evil.example/phish' })).toBe('/');
    expect(readReturnPath({ from: 'https://evil.example' })).toBe('/');
    expect(readReturnPath({ from: '/sign-in' })).toBe('/');
    expect(readReturnPath({ from: 42 })).toBe('/');
    expect(readReturnPath(null)).toBe('/');
  });

  it('knows when the user has just signed out', () => {
    expect(readSignedOut({ signedOut: true })).toBe(true);
    expect(readSignedOut({ signedOut: 'yes' })).toBe(false);
  });

  it('knows when the user has just chosen a new password', () => {
    expect(readPasswordReset({ passwordReset: true })).toBe(true);
    expect(readPasswordReset({ signedOut: true })).toBe(false);
    expect(readPasswordReset(undefined)).toBe(false);
  });
});
