import { CreateUserRequest } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { fieldId, issuesFromError, orderIssues, validateWith } from './form-issues.ts';

describe('form issues', () => {
  it('reports shared-schema problems with the same dotted paths the server uses', () => {
    const result = validateWith(CreateUserRequest, {
      email: 'not-an-email',
      displayName: 'Jo',
      password: 'short',
      memberships: [{ organisationId: '', role: '' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password', 'memberships.0.organisationId', 'memberships.0.role']));
    expect(result.issues.find((issue) => issue.path === 'password')?.message).toBe('Password must be at least 12 characters');
    expect(fieldId('memberships.0.role')).toBe('memberships-0-role');
  });

  it('puts a conflict against the field it is about', () => {
    const error = new ApiError(409, { error: 'conflict', message: 'That email address is already used' });
    expect(issuesFromError(error, { conflictPath: 'email' })).toEqual([
      { path: 'email', message: 'That email address is already used' },
    ]);
  });

  it('gives the request id of a server failure so support can find it', () => {
    const error = new ApiError(500, { error: 'internal', message: 'boom', requestId: 'req-123' });
    expect(issuesFromError(error)[0]?.message).toContain('req-123');
  });

  it('passes server validation issues through unchanged', () => {
    const issues = [{ path: 'odsCode', message: 'ODS code must be 3 to 10 letters or numbers, like M85001' }];
    const error = new ApiError(400, { error: 'validation', message: 'Check the highlighted fields', issues });
    expect(issuesFromError(error)).toEqual(issues);
  });

  it('orders issues as the form does, keeping the first message for each field', () => {
    const ordered = orderIssues(
      [
        { path: 'reasons', message: 'first' },
        { path: 'unknown', message: 'elsewhere' },
        { path: 'organisationId', message: 'pcn' },
        { path: 'reasons', message: 'second' },
      ],
      ['organisationId', 'reasons'],
    );
    expect(ordered).toEqual([
      { path: 'organisationId', message: 'pcn' },
      { path: 'reasons', message: 'first' },
      { path: 'unknown', message: 'elsewhere' },
    ]);
  });
});
