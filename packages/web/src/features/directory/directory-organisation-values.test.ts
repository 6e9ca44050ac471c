import { describe, expect, it } from 'vitest';
import { buildOrganisationInput, EMPTY_ORGANISATION_FORM } from './directory-organisation-values.ts';

describe('the directory organisation form', () => {
  it('sends blanks as none, so an edit can clear the email, website or link', () => {
    expect(buildOrganisationInput({ ...EMPTY_ORGANISATION_FORM, name: ' Connectors ' })).toEqual({
      ok: true,
      data: { name: 'Connectors', description: '', email: null, website: null, kithOrganisationId: null },
    });
  });

  it('names the fields that are wrong', () => {
    const result = buildOrganisationInput({ ...EMPTY_ORGANISATION_FORM, email: 'not an email', website: 'example.org' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['name', 'email', 'website']);
  });
});
