/**
 * The fixed vocabularies of the workforce features: roles funded under the Additional Roles
 * Reimbursement Scheme (ARRS) that Kith plans for, contracts, supervision and the pulse survey.
 * See the workforce section of the domain reference.
 */

/** Personalised care roles a PCN may recruit through ARRS. */
export const POST_ROLES = ['link_worker', 'senior_link_worker', 'health_wellbeing_coach', 'care_coordinator'] as const;
export type PostRole = (typeof POST_ROLES)[number];
export const POST_ROLE_LABELS: Record<PostRole, string> = {
  link_worker: 'Social prescribing link worker',
  senior_link_worker: 'Senior social prescribing link worker',
  health_wellbeing_coach: 'Health and wellbeing coach',
  care_coordinator: 'Care coordinator',
};

/** Agenda for Change bands Kith plans for (ARRS reimburses link workers up to Band 5). */
export const AFC_BANDS = ['4', '5', '6'] as const;
export type AfcBand = (typeof AFC_BANDS)[number];

export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'secondment', 'bank'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  permanent: 'Permanent',
  fixed_term: 'Fixed term',
  secondment: 'Secondment',
  bank: 'Bank',
};

/** Who employs the post holder: the PCN's lead practice, or a VCSE organisation under a subcontract. */
export const EMPLOYMENT_MODELS = ['pcn_lead_practice', 'vcse_subcontract'] as const;
export type EmploymentModel = (typeof EMPLOYMENT_MODELS)[number];
export const EMPLOYMENT_MODEL_LABELS: Record<EmploymentModel, string> = {
  pcn_lead_practice: "Employed by the PCN's lead practice",
  vcse_subcontract: 'Employed by a VCSE organisation under a subcontract',
};

export const FUNDING_SOURCES = ['arrs', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const SUPERVISION_TYPES = ['clinical_gp', 'peer', 'senior_link_worker', 'safeguarding'] as const;
export type SupervisionType = (typeof SUPERVISION_TYPES)[number];
export const SUPERVISION_TYPE_LABELS: Record<SupervisionType, string> = {
  clinical_gp: 'Clinical supervision with a GP',
  peer: 'Peer supervision',
  senior_link_worker: 'Supervision with a senior link worker',
  safeguarding: 'Safeguarding supervision',
};

export const CHECKLIST_STATUSES = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  not_applicable: 'Not applicable',
};

/** The wellbeing pulse's questions, each answered 1 (strongly disagree) to 5 (strongly agree). */
export const PULSE_QUESTIONS = ['job_satisfaction', 'caseload_manageable', 'valued_by_practice', 'supervision_access'] as const;
export type PulseQuestion = (typeof PULSE_QUESTIONS)[number];
export const PULSE_QUESTION_TEXT: Record<PulseQuestion, string> = {
  job_satisfaction: 'I am satisfied with my job',
  caseload_manageable: 'My caseload is manageable',
  valued_by_practice: 'I feel valued by the practice team',
  supervision_access: 'I can get supervision when I need it',
};

/** Pulse results are shown only for groups at least this large, so no answer can be traced to a person. */
export const PULSE_MINIMUM_GROUP = 5;
