/** Routes compose the features; each role's pages load lazily so visitors download only their own. */
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { OpenCallsPage } from '../features/calls/components/open-calls-page';
import { Layout } from './layout';
import { RequireRole } from './require-role';
import { RouteError } from './route-error';

const SignInPage = lazy(() =>
  import('../features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })),
);
const MyCallsPage = lazy(() =>
  import('../features/call-editor/components/my-calls-page').then((m) => ({ default: m.MyCallsPage })),
);

const loading = <p role="status">Loading…</p>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/calls" replace /> },
      { path: 'calls', element: <OpenCallsPage /> },
      {
        path: 'sign-in',
        element: (
          <Suspense fallback={loading}>
            <SignInPage />
          </Suspense>
        ),
      },
      {
        path: 'association/calls',
        element: (
          <RequireRole allowed="association">
            <Suspense fallback={loading}>
              <MyCallsPage />
            </Suspense>
          </RequireRole>
        ),
      },
      { path: '*', element: <p>Page not found.</p> },
    ],
  },
]);
