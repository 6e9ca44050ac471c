import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const SnomedCodesPage = lazyPage(() => import('./snomed-codes-page.tsx'), 'SnomedCodesPage');
const NewSnomedCodePage = lazyPage(() => import('./snomed-code-pages.tsx'), 'NewSnomedCodePage');
const EditSnomedCodePage = lazyPage(() => import('./snomed-code-pages.tsx'), 'EditSnomedCodePage');
const PracticeMailboxesPage = lazyPage(() => import('./practice-mailboxes-page.tsx'), 'PracticeMailboxesPage');
const NewPracticeMailboxPage = lazyPage(() => import('./practice-mailbox-pages.tsx'), 'NewPracticeMailboxPage');
const EditPracticeMailboxPage = lazyPage(() => import('./practice-mailbox-pages.tsx'), 'EditPracticeMailboxPage');
const GpDeliveriesPage = lazyPage(() => import('./gp-deliveries-page.tsx'), 'GpDeliveriesPage');

/**
 * The GP record's admin pages, inside `/admin` (paths relative to it), for `gp-record:manage`:
 * the SNOMED CT codes, the practice mailbox directory and the deliveries. The server enforces
 * the same rule.
 */
export function gpRecordAdminRoutes(): ReactNode {
  return (
    <Route element={<RequirePermission permission="gp-record:manage" />}>
      <Route path="snomed-codes" element={<SnomedCodesPage />} />
      <Route path="snomed-codes/new" element={<NewSnomedCodePage />} />
      <Route path="snomed-codes/:code" element={<EditSnomedCodePage />} />
      <Route path="practice-mailboxes" element={<PracticeMailboxesPage />} />
      <Route path="practice-mailboxes/new" element={<NewPracticeMailboxPage />} />
      <Route path="practice-mailboxes/:odsCode" element={<EditPracticeMailboxPage />} />
      <Route path="gp-deliveries" element={<GpDeliveriesPage />} />
    </Route>
  );
}
