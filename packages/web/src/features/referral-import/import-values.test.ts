import { describe, expect, it } from 'vitest';
import { checkImport } from './import-values.ts';

describe('the import form', () => {
  it('asks for the network and the file', () => {
    expect(checkImport({ organisationId: '', csv: null })).toEqual({
      ok: false,
      issues: [
        { path: 'organisationId', message: 'Choose the primary care network' },
        { path: 'csv', message: 'Choose a CSV file' },
      ],
    });
  });

  it('sends the file as text', () => {
    expect(checkImport({ organisationId: 'pcn', csv: { name: 'a.csv', text: 'given_name\n' } })).toEqual({
      ok: true,
      data: { organisationId: 'pcn', csv: 'given_name\n' },
    });
  });
});
