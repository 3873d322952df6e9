/** Routes compose the features; each role's pages load lazily so visitors download only their own. */
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Role } from '../../../shared/auth/roles';
import { OpenCallsPage } from '../features/calls/components/open-calls-page';
import { loadNamespace, loadSignedInTexts } from '../i18n/i18n';
import { Layout } from './layout';
import { Loading, NotFound } from './placeholders';
import { RequireRole } from './require-role';
import { RouteError } from './route-error';

/** A page loader that first merges the signed-in pages' texts (kept off the first load). */
function withSignedInTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => {
    await loadSignedInTexts();
    return load();
  };
}

/** A page loader that loads the engine's reason texts alongside the page's code. */
function withEngineTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([loadNamespace('engine'), load()]))[1];
}

/** A lazily loaded page, optionally only for one role. */
function page(load: () => Promise<ComponentType>, role?: Role) {
  const Page = lazy(async () => ({ default: await load() }));
  const content = (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
  return role ? <RequireRole allowed={role}>{content}</RequireRole> : content;
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/calls" replace /> },
      { path: 'calls', element: <OpenCallsPage /> },
      {
        path: 'readiness',
        element: page(async () => {
          await Promise.all([loadNamespace('readiness'), loadSignedInTexts()]);
          return (await import('../features/readiness/components/readiness-page')).ReadinessPage;
        }),
      },
      {
        path: 'sign-in',
        element: page(async () => (await import('../features/auth/components/sign-in-page')).SignInPage),
      },
      {
        path: 'association/calls',
        element: page(
          withSignedInTexts(
            async () => (await import('../features/call-editor/components/my-calls-page')).MyCallsPage,
          ),
          'association',
        ),
      },
      {
        path: 'association/calls/:callId/rules',
        element: page(async () => {
          await Promise.all([loadNamespace('rules'), loadNamespace('engine')]);
          return (await import('../features/call-editor/components/rules-page')).RulesPage;
        }, 'association'),
      },
      {
        path: 'association/calls/:callId',
        element: page(
          withSignedInTexts(
            async () =>
              (await import('../features/call-dashboard/components/call-dashboard-page')).CallDashboardPage,
          ),
          'association',
        ),
      },
      {
        path: 'company',
        element: page(
          withSignedInTexts(
            withEngineTexts(
              async () => (await import('../features/company/components/company-page')).CompanyPage,
            ),
          ),
          'sme',
        ),
      },
      {
        path: 'plans',
        element: page(async () => (await import('../features/plans/components/plans-page')).PlansPage, 'sme'),
      },
      {
        path: 'plans/new',
        element: page(
          withSignedInTexts(
            async () => (await import('../features/plan-editor/components/plan-editor-page')).PlanEditorPage,
          ),
          'sme',
        ),
      },
      {
        path: 'plans/:planId/edit',
        element: page(
          withSignedInTexts(
            async () => (await import('../features/plan-editor/components/plan-editor-page')).PlanEditorPage,
          ),
          'sme',
        ),
      },
      {
        path: 'plans/:planId/matches',
        element: page(
          withEngineTexts(
            async () => (await import('../features/matches/components/matches-page')).MatchesPage,
          ),
          'sme',
        ),
      },
      {
        path: 'plans/:planId/calls/:callId',
        element: page(
          withEngineTexts(
            async () => (await import('../features/eligibility/components/eligibility-page')).EligibilityPage,
          ),
          'sme',
        ),
      },
      {
        path: 'plans/:planId/calls/:callId/apply',
        element: page(async () => (await import('../features/apply/components/apply-page')).ApplyPage, 'sme'),
      },
      {
        path: 'applications',
        element: page(
          async () =>
            (await import('../features/applications/components/applications-page')).ApplicationsPage,
          'sme',
        ),
      },
      {
        path: 'applications/:applicationId',
        element: page(
          async () => (await import('../features/applications/components/receipt-page')).ReceiptPage,
          'sme',
        ),
      },
      {
        path: 'reviews',
        element: page(
          withSignedInTexts(
            async () => (await import('../features/reviews/components/review-queue-page')).ReviewQueuePage,
          ),
          'consultant',
        ),
      },
      {
        path: 'reviews/:reviewId',
        element: page(
          withSignedInTexts(
            withEngineTexts(
              async () => (await import('../features/reviews/components/review-page')).ReviewPage,
            ),
          ),
          'consultant',
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
