import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../features/session/session-queries.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { LoadingState } from './loading-state.tsx';
import { RouteFocus } from './route-focus.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { SkipLink } from './skip-link.tsx';
import { widthContainerClass } from './width-container.ts';

/** The frame of every page: skip link, header, one `<main>`, footer. */
export function PageLayout() {
  const me = useMe();
  const { pathname } = useLocation();
  const container = widthContainerClass(Boolean(me.data));

  return (
    <>
      <SkipLink />
      <SiteHeader me={me.data ?? null} />
      <div className={container}>
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <RouteFocus />
          <ErrorBoundary key={pathname}>
            {/* Shown while a page's code is first downloaded. */}
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <SiteFooter container={container} />
    </>
  );
}
