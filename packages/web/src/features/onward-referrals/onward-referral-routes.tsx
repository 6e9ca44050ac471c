import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const NewOnwardReferralPage = lazyPage(() => import('./new-onward-referral-page.tsx'), 'NewOnwardReferralPage');
const OnwardReferralPage = lazyPage(() => import('./onward-referral-page.tsx'), 'OnwardReferralPage');
const ProviderInboxPage = lazyPage(() => import('./provider-inbox-page.tsx'), 'ProviderInboxPage');
const ProviderReferralPage = lazyPage(() => import('./provider-referral-page.tsx'), 'ProviderReferralPage');
const NewUnmetNeedPage = lazyPage(() => import('../unmet-needs/new-unmet-need-page.tsx'), 'NewUnmetNeedPage');
const UnmetNeedsPage = lazyPage(() => import('../unmet-needs/unmet-needs-page.tsx'), 'UnmetNeedsPage');

/**
 * Onward referrals (both sides) and unmet needs, placed inside the signed-in part of the route
 * table (routes/app-routes.tsx). Each page's guard asks for the permission its API needs.
 */
export function onwardReferralRoutes(): ReactNode {
  return (
    <>
      <Route element={<RequirePermission permission="onward:send" />}>
        <Route path="people/:id/onward-referrals/new" element={<NewOnwardReferralPage />} />
      </Route>
      <Route element={<RequirePermission permission="unmet-needs:record" />}>
        <Route path="people/:id/unmet-needs/new" element={<NewUnmetNeedPage />} />
      </Route>
      <Route element={<RequirePermission permission="onward:read" />}>
        <Route path="onward-referrals/:id" element={<OnwardReferralPage />} />
      </Route>
      <Route element={<RequirePermission permission="unmet-needs:read" />}>
        <Route path="unmet-needs" element={<UnmetNeedsPage />} />
      </Route>
      <Route element={<RequirePermission permission="onward:respond" />}>
        <Route path="provider/referrals" element={<ProviderInboxPage />} />
        <Route path="provider/referrals/:id" element={<ProviderReferralPage />} />
      </Route>
    </>
  );
}
