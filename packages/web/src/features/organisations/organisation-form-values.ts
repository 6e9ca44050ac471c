import {
  ALLOWED_PARENT_KINDS,
  CreateOrganisationRequest,
  ORGANISATION_KIND_LABELS,
  type Organisation,
  type OrganisationKind,
  UpdateOrganisationRequest,
} from '@kith/shared';
import { type Checked, type FormIssue, validateWith } from '../../api/form-issues.ts';

/** What the organisation form holds while it is being filled in. */
export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | '';
  odsCode: string;
  parentId: string;
  servesPcnIds: string[];
}

export const EMPTY_ORGANISATION_FORM: OrganisationFormValues = {
  name: '',
  kind: '',
  odsCode: '',
  parentId: '',
  servesPcnIds: [],
};

export function formValuesOf(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    odsCode: organisation.odsCode ?? '',
    parentId: organisation.parentId ?? '',
    servesPcnIds: [...organisation.servesPcnIds],
  };
}

/** Which kinds may be this kind's parent, and whether it may have none (from `ALLOWED_PARENT_KINDS`). */
export function parentRule(kind: OrganisationKind): { kinds: OrganisationKind[]; optional: boolean } {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  return {
    kinds: allowed.filter((parentKind): parentKind is OrganisationKind => parentKind !== null),
    optional: allowed.includes(null),
  };
}

/** When the kind changes, drop a parent or served PCNs the new kind cannot have. */
export function withKind(
  values: OrganisationFormValues,
  kind: OrganisationKind,
  organisations: readonly Organisation[],
): OrganisationFormValues {
  const { kinds } = parentRule(kind);
  const parent = organisations.find((organisation) => organisation.id === values.parentId);
  return {
    ...values,
    kind,
    parentId: parent && kinds.includes(parent.kind) ? values.parentId : '',
    servesPcnIds: kind === 'vcse' ? values.servesPcnIds : [],
  };
}

/**
 * A request checked against its shared schema, and against the rule the schema cannot check: a
 * parent is required for PCNs and practices (the schema does not know the kind of the parent).
 * The form checks both before sending; the server checks them again.
 */
export function withParentRule<T>(checked: Checked<T>, values: OrganisationFormValues): Checked<T> {
  const parentIssue = missingParentIssue(values);
  if (!parentIssue) return checked;
  return { ok: false, issues: [...(checked.ok ? [] : checked.issues), parentIssue] };
}

function missingParentIssue(values: OrganisationFormValues): FormIssue | null {
  if (values.kind === '' || values.parentId !== '') return null;
  const { kinds, optional } = parentRule(values.kind);
  if (optional || kinds.length === 0) return null;
  const parentLabel = kinds.map((kind) => ORGANISATION_KIND_LABELS[kind]).join(' or ');
  return { path: 'parentId', message: `Choose the ${parentLabel} this organisation belongs to` };
}

/** The request body fields shared by create and update: blanks become `null`. */
export function requestFieldsOf(values: OrganisationFormValues) {
  return {
    name: values.name,
    odsCode: values.odsCode.trim() === '' ? null : values.odsCode,
    parentId: values.parentId === '' ? null : values.parentId,
    ...(values.kind === 'vcse' ? { servesPcnIds: values.servesPcnIds } : {}),
  };
}

/** The organisation form's fields, top to bottom. */
export const ORGANISATION_FIELD_ORDER = ['kind', 'name', 'odsCode', 'parentId', 'servesPcnIds'] as const;

/** Checks the "create organisation" form: `POST /api/organisations`. */
export function buildCreateOrganisationRequest(values: OrganisationFormValues): Checked<CreateOrganisationRequest> {
  return withParentRule(
    validateWith(CreateOrganisationRequest, { ...requestFieldsOf(values), kind: values.kind || undefined }),
    values,
  );
}

/** Checks the organisation details form: `PATCH /api/organisations/:id` (the kind cannot change). */
export function buildUpdateOrganisationRequest(values: OrganisationFormValues): Checked<UpdateOrganisationRequest> {
  return withParentRule(validateWith(UpdateOrganisationRequest, requestFieldsOf(values)), values);
}
