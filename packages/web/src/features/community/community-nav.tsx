import type { CommunityMe } from '@kith/shared';
import { Link } from 'react-router';

/** The community's places, with the ones only members, editors or moderators use when the reader is one. */
export function CommunityNav({ me }: { me: CommunityMe | undefined }) {
  const links = [
    { to: '/community/posts', text: 'Blog and discussions' },
    { to: '/community/events', text: 'Webinars and network meetings' },
    { to: '/community/resources', text: 'Resources library' },
    ...(me?.isMember ? [{ to: '/community/favourites', text: 'My favourites' }] : []),
    ...(me?.isMember ? [{ to: '/community/posts/new', text: me.isEditor ? 'Write a post' : 'Start a discussion' }] : []),
    ...(me?.isEditor ? [{ to: '/community/events/new', text: 'Create an event' }] : []),
    ...(me?.isModerator ? [{ to: '/community/moderation', text: 'Moderation: reported comments' }] : []),
  ];
  return (
    <nav aria-label="Community">
      <ul className="nhsuk-list nhsuk-list--bullet">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
