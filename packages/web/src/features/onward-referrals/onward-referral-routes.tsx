import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequireRole } from '../../routes/require-role.tsx';

const NewOnwardReferralPage = lazyPage(() => import('./new-onward-referral-page.tsx'), 'NewOnwardReferralPage');
const OnwardReferralPage = lazyPage(() => import('./onward-referral-page.tsx'), 'OnwardReferralPage');
const ProviderInboxPage = lazyPage(() => import('./provider-inbox-page.tsx'), 'ProviderInboxPage');
const ProviderReferralPage = lazyPage(() => import('./provider-referral-page.tsx'), 'ProviderReferralPage');
const NewUnmetNeedPage = lazyPage(() => import('../unmet-needs/new-unmet-need-page.tsx'), 'NewUnmetNeedPage');
const UnmetNeedsPage = lazyPage(() => import('../unmet-needs/unmet-needs-page.tsx'), 'UnmetNeedsPage');

/**
 * Onward referrals (both sides) and unmet needs, placed inside the signed-in part of the route
 * table (routes/app-routes.tsx). The role guards mirror the server's permissions
 * ('onward:send', 'onward:read', 'onward:respond', 'unmet-needs:record', 'unmet-needs:read').
 */
export function onwardReferralRoutes(): ReactNode {
  return (
    <>
      <Route element={<RequireRole roles={['link_worker', 'supervisor']} />}>
        <Route path="people/:id/onward-referrals/new" element={<NewOnwardReferralPage />} />
        <Route path="people/:id/unmet-needs/new" element={<NewUnmetNeedPage />} />
      </Route>
      <Route element={<RequireRole roles={['link_worker', 'supervisor', 'pcn_manager']} />}>
        <Route path="onward-referrals/:id" element={<OnwardReferralPage />} />
        <Route path="unmet-needs" element={<UnmetNeedsPage />} />
      </Route>
      <Route element={<RequireRole roles={['vcse_provider']} />}>
        <Route path="provider/referrals" element={<ProviderInboxPage />} />
        <Route path="provider/referrals/:id" element={<ProviderReferralPage />} />
      </Route>
    </>
  );
}
