import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const PulseAnswerPage = lazyPage(() => import('./pulse-answer-page.tsx'), 'PulseAnswerPage');
const PulseRoundsPage = lazyPage(() => import('./pulse-rounds-page.tsx'), 'PulseRoundsPage');
const PulseResultsPage = lazyPage(() => import('./pulse-results-page.tsx'), 'PulseResultsPage');

/**
 * The wellbeing pulse: link workers and supervisors answer it; PCN managers open rounds and
 * read results (the server withholds groups under 5 whatever the page asks for).
 */
export function pulseRoutes(): ReactNode {
  return (
    <>
      <Route path="pulse" element={<RequirePermission permission="pulse:answer" />}>
        <Route index element={<PulseAnswerPage />} />
      </Route>
      <Route path="pulse/results" element={<RequirePermission permission="pulse:manage" />}>
        <Route index element={<PulseRoundsPage />} />
        <Route path=":roundId" element={<PulseResultsPage />} />
      </Route>
    </>
  );
}
