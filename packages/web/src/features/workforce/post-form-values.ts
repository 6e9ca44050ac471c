import { type PostFields, PostFields as PostFieldsSchema, type WorkforcePost } from '@kith/shared';
import { type FormIssue, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, datePartsFromIso, EMPTY_DATE_PARTS, readDateParts } from '../../components/date-parts.ts';

/** The post form as typed: text throughout, so nothing half-typed is lost. */
export interface PostFormValues {
  title: string;
  role: string;
  employmentModel: string;
  employerId: string;
  holderUserId: string;
  holderName: string;
  payType: 'band' | 'spot' | '';
  band: string;
  startingPayPoint: string;
  spotSalary: string;
  wte: string;
  startDate: DateParts;
  endDate: DateParts;
  contractType: string;
  fundingSource: string;
  managementCostPerWte: string;
  lineManagerUserId: string;
  clinicalSupervisorUserId: string;
}

/** Field paths in the order they appear, for the error summary. */
export const POST_FIELDS = [
  'title',
  'role',
  'employmentModel',
  'employerId',
  'holderUserId',
  'holderName',
  'payType',
  'band',
  'startingPayPoint',
  'spotSalary',
  'wte',
  'startDate',
  'endDate',
  'contractType',
  'fundingSource',
  'managementCostPerWte',
  'lineManagerUserId',
  'clinicalSupervisorUserId',
] as const;

export const EMPTY_POST: PostFormValues = {
  title: '',
  role: 'link_worker',
  employmentModel: 'pcn_lead_practice',
  employerId: '',
  holderUserId: '',
  holderName: '',
  payType: 'band',
  band: '',
  startingPayPoint: '1',
  spotSalary: '',
  wte: '1',
  startDate: EMPTY_DATE_PARTS,
  endDate: EMPTY_DATE_PARTS,
  contractType: 'permanent',
  fundingSource: 'arrs',
  managementCostPerWte: '',
  lineManagerUserId: '',
  clinicalSupervisorUserId: '',
};

/** A saved post as form values. */
export function postFormValues(post: WorkforcePost): PostFormValues {
  return {
    title: post.title,
    role: post.role,
    employmentModel: post.employmentModel,
    employerId: post.employerId,
    holderUserId: post.holderUserId ?? '',
    holderName: post.holderName ?? '',
    payType: post.band ? 'band' : 'spot',
    band: post.band ?? '',
    startingPayPoint: String(post.startingPayPoint ?? 1),
    spotSalary: post.spotSalary === null ? '' : String(post.spotSalary),
    wte: String(post.wte),
    startDate: datePartsFromIso(post.startDate),
    endDate: datePartsFromIso(post.endDate),
    contractType: post.contractType,
    fundingSource: post.fundingSource,
    managementCostPerWte: post.managementCostPerWte === null ? '' : String(post.managementCostPerWte),
    lineManagerUserId: post.lineManagerUserId ?? '',
    clinicalSupervisorUserId: post.clinicalSupervisorUserId ?? '',
  };
}

/** A number typed in a box ("£31,049" and "31049" both read as 31049); blank is null; anything else stays text so the schema names it. */
function numberOrNull(text: string): number | string | null {
  const cleaned = text.trim().replace(/^£/, '').replaceAll(',', '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : text;
}

/** Checks the form with the shared schema and turns it into the request body. */
export function buildPostRequest(values: PostFormValues): { ok: true; data: PostFields } | { ok: false; issues: FormIssue[] } {
  const start = readDateParts(values.startDate, 'the start date');
  const end = readDateParts(values.endDate, 'the end date');
  const issues: FormIssue[] = [...dateIssue(start, 'startDate', 'Enter the start date'), ...dateIssue(end, 'endDate')];
  if (values.payType === '') issues.push({ path: 'payType', message: 'Choose how the post is paid' });
  const band = values.payType === 'band';
  const spot = values.payType === 'spot';
  const checked = validateWith(PostFieldsSchema, {
    title: values.title,
    role: values.role,
    employmentModel: values.employmentModel,
    employerId: values.employerId,
    holderUserId: values.holderUserId || null,
    holderName: values.holderUserId ? null : values.holderName.trim() || null,
    band: band ? values.band || null : null,
    startingPayPoint: band ? numberOrNull(values.startingPayPoint) : null,
    spotSalary: spot ? numberOrNull(values.spotSalary) : null,
    wte: numberOrNull(values.wte),
    startDate: start.kind === 'date' ? start.iso : '2000-01-01',
    endDate: end.kind === 'date' ? end.iso : null,
    contractType: values.contractType,
    fundingSource: values.fundingSource,
    managementCostPerWte: values.employmentModel === 'vcse_subcontract' ? numberOrNull(values.managementCostPerWte) : null,
    lineManagerUserId: values.lineManagerUserId || null,
    clinicalSupervisorUserId: values.clinicalSupervisorUserId || null,
  });
  if (spot && values.spotSalary.trim() === '') issues.push({ path: 'spotSalary', message: 'Enter the spot salary' });
  if (!checked.ok) {
    // The schema's "choose a band" is about the hidden band box when a spot salary was chosen.
    const hidden = (path: string) => (path === 'endDate' && start.kind !== 'date') || (spot && path === 'band');
    issues.push(...checked.issues.filter((issue) => !hidden(issue.path)));
  }
  if (issues.length > 0 || !checked.ok) return { ok: false, issues };
  return { ok: true, data: checked.data };
}
