import { describe, expect, it } from 'vitest';
import { errorMessageAt, fieldErrorsToIssues, issuesToFieldErrors } from './form-errors.ts';

describe('form errors', () => {
  it('keeps the first message for a path and nests dotted paths', () => {
    const errors = issuesToFieldErrors([
      { path: 'person.postcode', message: 'Enter their postcode' },
      { path: 'person.postcode', message: 'Invalid input' },
      { path: 'goals.0.title', message: 'Enter the goal' },
    ]);
    expect(errorMessageAt(errors, 'person.postcode')).toBe('Enter their postcode');
    expect(errorMessageAt(errors, 'goals.0.title')).toBe('Enter the goal');
    expect(errorMessageAt(errors, 'person.phone')).toBeUndefined();
  });

  it('keeps problems with the whole form apart from the fields', () => {
    const errors = issuesToFieldErrors([{ path: '', message: 'Your session has ended.' }]);
    expect(errorMessageAt(errors, '')).toBe('Your session has ended.');
    expect(fieldErrorsToIssues(errors, [])).toEqual([{ path: '', message: 'Your session has ended.' }]);
  });

  it('lists issues in the order the fields appear, whole-form problems first, unknown paths last', () => {
    const errors = issuesToFieldErrors([
      { path: 'notes', message: 'Notes are too long' },
      { path: 'elsewhere', message: 'Something else' },
      { path: 'title', message: 'Enter a title' },
      { path: '', message: 'Try again' },
    ]);
    expect(fieldErrorsToIssues(errors, ['title', 'notes']).map((issue) => issue.path)).toEqual([
      '',
      'title',
      'notes',
      'elsewhere',
    ]);
  });

  it('keeps a group message when a child of the group also has one', () => {
    const errors = issuesToFieldErrors([
      { path: 'reasons', message: 'Choose at least one reason' },
      { path: 'reasons.2', message: 'Unknown reason' },
    ]);
    expect(errorMessageAt(errors, 'reasons')).toBe('Choose at least one reason');
    expect(fieldErrorsToIssues(errors, ['reasons']).map((issue) => issue.message)).toEqual([
      'Choose at least one reason',
      'Unknown reason',
    ]);
  });
});
