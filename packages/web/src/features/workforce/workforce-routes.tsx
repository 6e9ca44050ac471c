import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const PostsPage = lazyPage(() => import('./posts-page.tsx'), 'PostsPage');
const NewPostPage = lazyPage(() => import('./post-editor-page.tsx'), 'NewPostPage');
const EditPostPage = lazyPage(() => import('./post-editor-page.tsx'), 'EditPostPage');
const FundingPage = lazyPage(() => import('./funding-page.tsx'), 'FundingPage');
const ReferenceDataPage = lazyPage(() => import('./reference-data-page.tsx'), 'ReferenceDataPage');

/**
 * Workforce planning pages: posts and the funding planner for PCN managers (supervisors may read
 * them), the reference data for administrators. The server enforces the same rules.
 */
export function workforceRoutes(): ReactNode {
  return (
    <>
      <Route path="workforce" element={<RequirePermission permission="workforce:read" />}>
        <Route path="posts" element={<PostsPage />} />
        <Route path="posts/new" element={<NewPostPage />} />
        <Route path="posts/:id" element={<EditPostPage />} />
        <Route path="funding" element={<FundingPage />} />
      </Route>
      <Route path="admin/reference-data" element={<RequirePermission permission="reference-data:manage" />}>
        <Route index element={<ReferenceDataPage />} />
      </Route>
    </>
  );
}
