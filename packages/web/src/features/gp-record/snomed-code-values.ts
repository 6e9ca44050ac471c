import {
  CreateSnomedCodeRequest,
  SNOMED_CODE_USE_LABELS,
  SNOMED_CODE_USES,
  type SnomedCode,
  type SnomedCodeUse,
  UpdateSnomedCodeRequest,
} from '@kith/shared';
import { ApiError } from '../../api/api-error.ts';
import { type Checked, type FormIssue, issuesFromError, validateWith } from '../../api/form-issues.ts';

/** A code as typed. The two boxes are checkbox lists with one item each (`verified`, `active`). */
export interface SnomedCodeValues {
  code: string;
  term: string;
  use: string;
  verified: string[];
  active: string[];
  source: string;
}

export const EMPTY_SNOMED_CODE: SnomedCodeValues = { code: '', term: '', use: '', verified: [], active: ['active'], source: '' };

/** The fields, top to bottom: adding shows `code`, editing `active`. */
export const NEW_SNOMED_CODE_FIELDS = ['code', 'term', 'use', 'verified', 'source'] as const;
export const EDIT_SNOMED_CODE_FIELDS = ['term', 'use', 'verified', 'active', 'source'] as const;

export const SNOMED_USE_OPTIONS = SNOMED_CODE_USES.map((use) => ({ value: use, label: SNOMED_CODE_USE_LABELS[use] }));

export function snomedCodeValues(code: SnomedCode): SnomedCodeValues {
  return {
    code: code.code,
    term: code.term,
    use: code.use,
    verified: code.verified ? ['verified'] : [],
    active: code.active ? ['active'] : [],
    source: code.source ?? '',
  };
}

/** A blank source is sent as none. */
const sourceOf = (values: SnomedCodeValues) => values.source.trim() || null;

/** Checks a new code with the shared schema (the concept id's check digit included). */
export function buildCreateSnomedCode(values: SnomedCodeValues): Checked<CreateSnomedCodeRequest> {
  return validateWith(CreateSnomedCodeRequest, {
    code: values.code,
    term: values.term,
    use: values.use === '' ? undefined : values.use,
    verified: values.verified.includes('verified'),
    source: sourceOf(values),
  });
}

/** Checks a change to a code: every field is sent, so what is on screen is what is saved. */
export function buildUpdateSnomedCode(values: SnomedCodeValues): Checked<UpdateSnomedCodeRequest> {
  return validateWith(UpdateSnomedCodeRequest, {
    term: values.term,
    use: values.use as SnomedCodeUse,
    verified: values.verified.includes('verified'),
    active: values.active.includes('active'),
    source: sourceOf(values),
  });
}

/**
 * A refused save beside the field it is about. A 409 that names its field is shown there;
 * otherwise "the code exists" is about the code and "another active code for this use" about
 * the use.
 */
export function snomedCodeIssues(error: unknown, adding: boolean): FormIssue[] {
  if (error instanceof ApiError && error.code === 'conflict') {
    if (error.issues.length > 0) return error.issues;
    const aboutUse = !adding || /\buse\b|active/i.test(error.message);
    return [{ path: aboutUse ? 'use' : 'code', message: error.message }];
  }
  return issuesFromError(error);
}
