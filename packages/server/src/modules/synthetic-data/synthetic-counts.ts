import type { Query } from './bulk-sql.ts';

/** Rows a generated data set holds, per table, counting only its own rows (the database may hold others). */
export type TableCounts = Record<string, number>;

/**
 * $1 the data set's PCNs, $2 its organisations (ICB when created, PCNs, practices, VCSE),
 * $3 its users' email domain pattern, $4 its directory providers' URI pattern.
 */
const COUNT_SQL = `
  WITH pcn_referrals AS (SELECT id FROM referrals WHERE organisation_id = ANY($1::uuid[])),
       providers AS (SELECT id FROM dir_organizations WHERE uri LIKE $4::text),
       services AS (SELECT id FROM dir_services WHERE organization_id IN (SELECT id FROM providers))
  SELECT * FROM (VALUES
    ('organisations', (SELECT count(*) FROM organisations WHERE id = ANY($2::uuid[]))),
    ('users', (SELECT count(*) FROM users WHERE email LIKE $3::text)),
    ('memberships', (SELECT count(*) FROM memberships WHERE user_id IN (SELECT id FROM users WHERE email LIKE $3::text))),
    ('workforce_posts', (SELECT count(*) FROM workforce_posts WHERE pcn_id = ANY($1::uuid[]))),
    ('people', (SELECT count(*) FROM people WHERE organisation_id = ANY($1::uuid[]))),
    ('referrals', (SELECT count(*) FROM pcn_referrals)),
    ('referral_transitions', (SELECT count(*) FROM referral_transitions WHERE referral_id IN (SELECT id FROM pcn_referrals))),
    ('contacts', (SELECT count(*) FROM contacts WHERE referral_id IN (SELECT id FROM pcn_referrals))),
    ('care_plans', (SELECT count(*) FROM care_plans WHERE referral_id IN (SELECT id FROM pcn_referrals))),
    ('care_plan_versions', (SELECT count(*) FROM care_plan_versions WHERE referral_id IN (SELECT id FROM pcn_referrals))),
    ('outcome_measures', (SELECT count(*) FROM outcome_measures WHERE referral_id IN (SELECT id FROM pcn_referrals))),
    ('healthcare_use', (SELECT count(*) FROM healthcare_use WHERE referral_id IN (SELECT id FROM pcn_referrals))),
    ('unmet_needs', (SELECT count(*) FROM unmet_needs WHERE organisation_id = ANY($1::uuid[]))),
    ('onward_referrals', (SELECT count(*) FROM onward_referrals WHERE organisation_id = ANY($1::uuid[]))),
    ('onward_referral_events', (SELECT count(*) FROM onward_referral_events
      WHERE onward_referral_id IN (SELECT id FROM onward_referrals WHERE organisation_id = ANY($1::uuid[])))),
    ('dir_organizations', (SELECT count(*) FROM providers)),
    ('dir_services', (SELECT count(*) FROM services)),
    ('dir_attributes', (SELECT count(*) FROM dir_attributes WHERE link_id IN (SELECT id FROM services)))
  ) AS t(name, n)`;

export interface CountScope {
  pcnIds: string[];
  organisationIds: string[];
  emailDomain: string;
  preset: string;
}

export async function countGeneratedRows(query: Query, scope: CountScope): Promise<TableCounts> {
  const rows = await query<{ name: string; n: string | number }>(COUNT_SQL, [
    scope.pcnIds,
    scope.organisationIds,
    `%@${scope.emailDomain}`,
    `urn:kith:synthetic:${scope.preset}:provider:%`,
  ]);
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}
