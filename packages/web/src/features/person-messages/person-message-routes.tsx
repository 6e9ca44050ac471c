import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const WaitingMessagesPage = lazyPage(() => import('./waiting-messages-page.tsx'), 'WaitingMessagesPage');
const MessageTemplatesPage = lazyPage(() => import('./message-templates-page.tsx'), 'MessageTemplatesPage');
const MessageTemplatePage = lazyPage(() => import('./message-template-page.tsx'), 'MessageTemplatePage');

/**
 * `/person-messages` (the care team, 'person-messages:outbox'): messages to people waiting or
 * failed; `/admin/message-templates` (admins, 'templates:manage'): their wording. Inside the
 * signed-in routes.
 */
export function personMessageRoutes(): ReactNode {
  return (
    <>
      <Route element={<RequirePermission permission="person-messages:outbox" />}>
        <Route path="person-messages" element={<WaitingMessagesPage />} />
      </Route>
      <Route element={<RequirePermission permission="templates:manage" />}>
        <Route path="admin/message-templates" element={<MessageTemplatesPage />} />
        <Route path="admin/message-templates/:id" element={<MessageTemplatePage />} />
      </Route>
    </>
  );
}
