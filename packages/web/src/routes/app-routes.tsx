import { Route, Routes } from 'react-router';
import { PageLayout } from '../components/page-layout.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { CreateOrganisationPage } from '../features/organisations/create-organisation-page.tsx';
import { OrganisationDetailPage } from '../features/organisations/organisation-detail-page.tsx';
import { OrganisationsPage } from '../features/organisations/organisations-page.tsx';
import { SignInPage } from '../features/session/sign-in-page.tsx';
import { CreateUserPage } from '../features/users/create-user-page.tsx';
import { UserDetailPage } from '../features/users/user-detail-page.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RequireAdmin } from './require-admin.tsx';
import { RequireAuth } from './require-auth.tsx';

/** Every page of the app. Admin pages sit behind both guards; unknown paths get the 404 page. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PageLayout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="admin" element={<RequireAdmin />}>
            <Route path="users" element={<UsersPage />} />
            <Route path="users/new" element={<CreateUserPage />} />
            <Route path="users/:id" element={<UserDetailPage />} />
            <Route path="organisations" element={<OrganisationsPage />} />
            <Route path="organisations/new" element={<CreateOrganisationPage />} />
            <Route path="organisations/:id" element={<OrganisationDetailPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
