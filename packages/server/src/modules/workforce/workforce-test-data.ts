import type { TestTenant } from '../../../test/tenant-test-data.ts';

/** A valid post body for a tenant's PCN: a full-time Band 5 link worker employed by the practice. */
export function postBody(tenant: TestTenant, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pcnId: tenant.pcn,
    title: 'Social prescribing link worker',
    role: 'link_worker',
    employmentModel: 'pcn_lead_practice',
    employerId: tenant.practice,
    holderName: 'Alex Example',
    band: '5',
    startingPayPoint: 3,
    wte: 1,
    startDate: '2024-04-01',
    contractType: 'permanent',
    fundingSource: 'arrs',
    ...overrides,
  };
}
