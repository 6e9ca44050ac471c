import { type DirectoryOrganisation, DirectoryOrganisationInput } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

export interface OrganisationFormValues {
  name: string;
  description: string;
  email: string;
  website: string;
  kithOrganisationId: string;
}

export const EMPTY_ORGANISATION_FORM: OrganisationFormValues = {
  name: '',
  description: '',
  email: '',
  website: '',
  kithOrganisationId: '',
};

export function organisationToForm(organisation: DirectoryOrganisation): OrganisationFormValues {
  return {
    name: organisation.name,
    description: organisation.description,
    email: organisation.email ?? '',
    website: organisation.website ?? '',
    kithOrganisationId: organisation.kithOrganisationId ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Checks the form with the shared schema; blanks are sent as "none" so an edit can clear a field. */
export function buildOrganisationInput(values: OrganisationFormValues): Checked<DirectoryOrganisationInput> {
  return validateWith(DirectoryOrganisationInput, {
    name: values.name,
    description: values.description,
    email: orNull(values.email),
    website: orNull(values.website),
    kithOrganisationId: values.kithOrganisationId || null,
  });
}

export const ORGANISATION_FIELD_ORDER = ['name', 'description', 'email', 'website', 'kithOrganisationId'] as const;
