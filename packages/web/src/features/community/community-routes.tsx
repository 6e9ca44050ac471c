import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequireAuth } from '../../routes/require-auth.tsx';
import { outboxRoutes } from '../outbox/outbox-routes.tsx';
import { RequireCommunityRole } from './require-community-role.tsx';
import './community.css';

const CommunityHomePage = lazyPage(() => import('./community-home-page.tsx'), 'CommunityHomePage');
const RegisterPage = lazyPage(() => import('./register-page.tsx'), 'RegisterPage');
const VerifyPage = lazyPage(() => import('./verify-page.tsx'), 'VerifyPage');
const PostsPage = lazyPage(() => import('./posts-page.tsx'), 'PostsPage');
const PostPage = lazyPage(() => import('./post-page.tsx'), 'PostPage');
const NewPostPage = lazyPage(() => import('./post-editor-page.tsx'), 'NewPostPage');
const EditPostPage = lazyPage(() => import('./post-editor-page.tsx'), 'EditPostPage');
const FavouritesPage = lazyPage(() => import('./favourites-page.tsx'), 'FavouritesPage');
const ModerationPage = lazyPage(() => import('./moderation-page.tsx'), 'ModerationPage');
const ResourcesPage = lazyPage(() => import('./resources-page.tsx'), 'ResourcesPage');
const NewResourcePage = lazyPage(() => import('./resource-editor-page.tsx'), 'NewResourcePage');
const EditResourcePage = lazyPage(() => import('./resource-editor-page.tsx'), 'EditResourcePage');
const EventsPage = lazyPage(() => import('./events-page.tsx'), 'EventsPage');
const EventPage = lazyPage(() => import('./event-page.tsx'), 'EventPage');
const NewEventPage = lazyPage(() => import('./event-editor-page.tsx'), 'NewEventPage');
const EditEventPage = lazyPage(() => import('./event-editor-page.tsx'), 'EditEventPage');
const EventInvitePage = lazyPage(() => import('./event-invite-page.tsx'), 'EventInvitePage');

/**
 * The community of practice, placed OUTSIDE the sign-in guard in routes/app-routes.tsx: visitors
 * read public posts, events and resources, register and confirm their email. Pages for members,
 * editors and moderators carry their own guards (the server enforces the same rules), and the
 * admin's email outbox rides along because verification links are read there when no SMTP is set.
 */
export function communityRoutes(): ReactNode {
  return (
    <>
      <Route path="community">
        <Route index element={<CommunityHomePage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="verify" element={<VerifyPage />} />
        <Route path="posts" element={<PostsPage />} />
        <Route path="posts/:id" element={<PostPage />} />
        <Route path="resources" element={<ResourcesPage />} />
        <Route path="events" element={<EventsPage />} />
        <Route path="events/:id" element={<EventPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<RequireCommunityRole need="member" />}>
            <Route path="favourites" element={<FavouritesPage />} />
            <Route path="posts/new" element={<NewPostPage />} />
            <Route path="posts/:id/edit" element={<EditPostPage />} />
          </Route>
          <Route element={<RequireCommunityRole need="moderator" />}>
            <Route path="moderation" element={<ModerationPage />} />
          </Route>
          <Route element={<RequireCommunityRole need="editor" />}>
            <Route path="events/new" element={<NewEventPage />} />
            <Route path="events/:id/edit" element={<EditEventPage />} />
            <Route path="events/:id/invite" element={<EventInvitePage />} />
            <Route path="resources/new" element={<NewResourcePage />} />
            <Route path="resources/:id/edit" element={<EditResourcePage />} />
          </Route>
        </Route>
      </Route>
      {outboxRoutes()}
    </>
  );
}
