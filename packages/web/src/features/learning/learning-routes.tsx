import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const LearningPage = lazyPage(() => import('./learning-page.tsx'), 'LearningPage');
const RecordCompletionPage = lazyPage(() => import('./record-completion-page.tsx'), 'RecordCompletionPage');
const LearningTeamPage = lazyPage(() => import('./learning-team-page.tsx'), 'LearningTeamPage');
const AdminLearningPage = lazyPage(() => import('./admin-learning-page.tsx'), 'AdminLearningPage');

/**
 * Learning pages: link workers and supervisors keep their own record; supervisors and PCN
 * managers see the team; administrators keep the catalogue and framework (the server enforces all).
 */
export function learningRoutes(): ReactNode {
  return (
    <>
      <Route path="learning" element={<RequirePermission permission="learning:self" />}>
        <Route index element={<LearningPage />} />
        <Route path="record" element={<RecordCompletionPage />} />
      </Route>
      <Route path="learning/team" element={<RequirePermission permission="learning:oversee" />}>
        <Route index element={<LearningTeamPage />} />
      </Route>
      <Route path="admin/learning" element={<RequirePermission permission="learning:manage" />}>
        <Route index element={<AdminLearningPage />} />
      </Route>
    </>
  );
}
