/** The one Drizzle schema for both databases; drizzle-kit generates migrations from it. */
export * from './audit.ts';
export * from './care.ts';
export * from './community.ts';
export * from './directory.ts';
export * from './directory-details.ts';
export * from './jobs.ts';
export * from './onward-referrals.ts';
export * from './organisations.ts';
export * from './people.ts';
export * from './pulse-checklist.ts';
export * from './referrals.ts';
export * from './reports.ts';
export * from './safeguarding.ts';
export * from './sessions.ts';
export * from './supervision-learning.ts';
export * from './users.ts';
export * from './workforce.ts';
