import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './styles/kith.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { setCsrfRefresher } from './api/api-client.ts';
import { createQueryClient } from './api/query-client.ts';
import { markSignedOut, refreshSession } from './features/session/session-queries.ts';
import { AppRoutes } from './routes/app-routes.tsx';

const queryClient = createQueryClient({ onUnauthenticated: markSignedOut });
setCsrfRefresher(() => refreshSession(queryClient));

// A data router, so a form can hold back navigation while it has unsaved changes (useBlocker);
// the routes themselves stay declared in <AppRoutes>.
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

const root = document.getElementById('root');
if (!root) throw new Error('Kith: the page has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
