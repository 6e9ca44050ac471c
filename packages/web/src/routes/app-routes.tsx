import type { Permission } from '@kith/shared';
import { Route, Routes } from 'react-router';
import { PageLayout } from '../components/page-layout.tsx';
import { appointmentRoutes, caseAppointmentRoutes } from '../features/appointments/appointment-routes.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { communityRoutes } from '../features/community/community-routes.tsx';
import { directoryRoutes } from '../features/directory/directory-routes.tsx';
import { gpRecordAdminRoutes } from '../features/gp-record/gp-record-routes.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { checklistRoutes } from '../features/implementation-checklist/checklist-routes.tsx';
import { learningRoutes } from '../features/learning/learning-routes.tsx';
import { notificationRoutes } from '../features/notifications/notification-routes.tsx';
import { onwardReferralRoutes } from '../features/onward-referrals/onward-referral-routes.tsx';
import { CreateOrganisationPage } from '../features/organisations/create-organisation-page.tsx';
import { OrganisationDetailPage } from '../features/organisations/organisation-detail-page.tsx';
import { OrganisationsPage } from '../features/organisations/organisations-page.tsx';
import { orukImportRoutes } from '../features/oruk-import/oruk-import-routes.tsx';
import { personMessageRoutes } from '../features/person-messages/person-message-routes.tsx';
import { pulseRoutes } from '../features/pulse/pulse-routes.tsx';
import { ReferralReasonsPage } from '../features/referral-reasons/referral-reasons-page.tsx';
import { reportRoutes } from '../features/reports/report-routes.tsx';
import { SelfReferralInvite } from '../features/self-referral/self-referral-invite.tsx';
import { SelfReferralPage } from '../features/self-referral/self-referral-page.tsx';
import { ForgotPasswordPage } from '../features/session/forgot-password-page.tsx';
import { ResetPasswordPage } from '../features/session/reset-password-page.tsx';
import { SignInPage } from '../features/session/sign-in-page.tsx';
import { supervisionRoutes } from '../features/supervision/supervision-routes.tsx';
import { tasksRoutes } from '../features/tasks/tasks-routes.tsx';
import { CreateUserPage } from '../features/users/create-user-page.tsx';
import { UserDetailPage } from '../features/users/user-detail-page.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { workforceRoutes } from '../features/workforce/workforce-routes.tsx';
import { lazyPage } from './lazy-page.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { RequireAuth } from './require-auth.tsx';
import { RequirePermission } from './require-permission.tsx';

/** The pathway's screens, each loaded when first visited. */
const CarePlanPage = lazyPage(() => import('../features/care/care-plan-page.tsx'), 'CarePlanPage');
const CaseLayout = lazyPage(() => import('../features/care/case-layout.tsx'), 'CaseLayout');
const ContactsPage = lazyPage(() => import('../features/care/contacts-page.tsx'), 'ContactsPage');
const DischargePage = lazyPage(() => import('../features/care/discharge-page.tsx'), 'DischargePage');
const HealthcareUsePage = lazyPage(() => import('../features/care/healthcare-use-page.tsx'), 'HealthcareUsePage');
const OutcomesPage = lazyPage(() => import('../features/care/outcomes-page.tsx'), 'OutcomesPage');
const CaseloadPage = lazyPage(() => import('../features/caseload/caseload-page.tsx'), 'CaseloadPage');
const PersonPage = lazyPage(() => import('../features/people/person-page.tsx'), 'PersonPage');
const PersonEditPage = lazyPage(() => import('../features/people/person-edit-page.tsx'), 'PersonEditPage');
const MessageBackPage = lazyPage(() => import('../features/referrals/message-back-page.tsx'), 'MessageBackPage');
const MyReferralsPage = lazyPage(() => import('../features/referrals/my-referrals-page.tsx'), 'MyReferralsPage');
const NewReferralPage = lazyPage(() => import('../features/referrals/new-referral-page.tsx'), 'NewReferralPage');
const ImportReferralsPage = lazyPage(
  () => import('../features/referral-import/import-referrals-page.tsx'),
  'ImportReferralsPage',
);
const ReferralPage = lazyPage(() => import('../features/referrals/referral-page.tsx'), 'ReferralPage');
const ReferralQueuePage = lazyPage(() => import('../features/referrals/referral-queue-page.tsx'), 'ReferralQueuePage');
const ConcernPage = lazyPage(() => import('../features/safeguarding/concern-page.tsx'), 'ConcernPage');
const PersonSafeguardingPage = lazyPage(
  () => import('../features/safeguarding/person-safeguarding-page.tsx'),
  'PersonSafeguardingPage',
);
const SafeguardingInboxPage = lazyPage(
  () => import('../features/safeguarding/safeguarding-inbox-page.tsx'),
  'SafeguardingInboxPage',
);

/** The section under /admin is open to whoever may use one of its pages; each page asks for its own. */
const ADMIN_SECTION: readonly Permission[] = [
  'users:manage',
  'organisations:manage',
  'audit:read',
  'reasons:manage',
  'gp-record:manage',
];

/**
 * Every page of the app. Pages sit behind the sign-in guard and, where only some roles work
 * there, a guard asking for the permission the page needs (the server enforces the same rules);
 * unknown paths get the 404 page.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PageLayout />}>
        <Route
          path="sign-in"
          element={
            <>
              <SignInPage />
              <SelfReferralInvite />
            </>
          }
        />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="self-referral" element={<SelfReferralPage />} />
        {communityRoutes()}
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route element={<RequirePermission permission="referrals:create" />}>
            <Route path="referrals/new" element={<NewReferralPage />} />
            <Route path="referrals/import" element={<ImportReferralsPage />} />
            <Route path="referrals/mine" element={<MyReferralsPage />} />
          </Route>
          <Route element={<RequirePermission permission="referrals:queue" />}>
            <Route path="referrals/queue" element={<ReferralQueuePage />} />
          </Route>
          <Route path="referrals/:id" element={<ReferralPage />} />
          <Route path="referrals/:id/message" element={<MessageBackPage />} />
          <Route path="safeguarding" element={<SafeguardingInboxPage />} />
          <Route path="safeguarding/:id" element={<ConcernPage />} />
          <Route element={<RequirePermission permission="caseload:hold" />}>
            <Route path="caseload" element={<CaseloadPage />} />
          </Route>
          <Route element={<RequirePermission permission="referrals:work" />}>
            <Route path="cases/:referralId" element={<CaseLayout />}>
              <Route index element={<ContactsPage />} />
              {caseAppointmentRoutes()}
              <Route path="outcomes" element={<OutcomesPage />} />
              <Route path="healthcare-use" element={<HealthcareUsePage />} />
              <Route path="care-plan" element={<CarePlanPage />} />
              <Route path="discharge" element={<DischargePage />} />
            </Route>
          </Route>
          <Route element={<RequirePermission permission="people:read" />}>
            <Route path="people/:id" element={<PersonPage />} />
            <Route path="people/:id/safeguarding" element={<PersonSafeguardingPage />} />
          </Route>
          <Route element={<RequirePermission permission="people:write" />}>
            <Route path="people/:id/edit" element={<PersonEditPage />} />
          </Route>
          {appointmentRoutes()}
          {notificationRoutes()}
          {personMessageRoutes()}
          {directoryRoutes()}
          {onwardReferralRoutes()}
          {orukImportRoutes()}
          {workforceRoutes()}
          {supervisionRoutes()}
          {tasksRoutes()}
          {learningRoutes()}
          {pulseRoutes()}
          {reportRoutes()}
          {checklistRoutes()}
          <Route path="admin" element={<RequirePermission permission={ADMIN_SECTION} />}>
            <Route element={<RequirePermission permission="users:manage" />}>
              <Route path="users" element={<UsersPage />} />
              <Route path="users/new" element={<CreateUserPage />} />
              <Route path="users/:id" element={<UserDetailPage />} />
            </Route>
            <Route element={<RequirePermission permission="organisations:manage" />}>
              <Route path="organisations" element={<OrganisationsPage />} />
              <Route path="organisations/new" element={<CreateOrganisationPage />} />
              <Route path="organisations/:id" element={<OrganisationDetailPage />} />
            </Route>
            <Route element={<RequirePermission permission="audit:read" />}>
              <Route path="audit" element={<AuditPage />} />
            </Route>
            <Route element={<RequirePermission permission="reasons:manage" />}>
              <Route path="referral-reasons" element={<ReferralReasonsPage />} />
            </Route>
            {gpRecordAdminRoutes()}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
