/** @kith/shared — schemas, domain types and pure rules used by both server and web. */
export * from './roles.ts';
export * from './rules/nhs-number.ts';
export * from './rules/outcome-scoring.ts';
export * from './rules/person-categories.ts';
export * from './rules/referral-states.ts';
export * from './schemas/audit.ts';
export * from './schemas/care.ts';
export * from './schemas/common.ts';
export * from './schemas/errors.ts';
export * from './schemas/health.ts';
export * from './schemas/organisation.ts';
export * from './schemas/person.ts';
export * from './schemas/referral.ts';
export * from './schemas/session.ts';
export * from './schemas/user.ts';
export * from './schemas/caseload.ts';
