/** Routes compose the features; each role's pages load lazily so visitors download only their own. */
import { type ComponentType, lazy, Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Route, Switch, useLocation } from 'wouter';
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

/** A page loader that loads the engine's reason texts and the names of codes alongside the page's code. */
function withEngineTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([loadNamespace('engine'), loadNamespace('labels'), load()]))[2];
}

/** A page loader that loads the names of codes (spend types, tags, sectors…) alongside the page's code. */
function withLabels<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([loadNamespace('labels'), load()]))[1];
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

/** The catalogue's possible fits, loaded after the matches they follow, with their texts. */
const CatalogueFits = lazy(async () => {
  const [module] = await Promise.all([
    import('../features/catalogue/components/catalogue-fits'),
    loadNamespace('catalogue'),
  ]);
  return { default: module.CatalogueFits };
});
const catalogueFits = (planId: string) => (
  <Suspense fallback={null}>
    <CatalogueFits planId={planId} />
  </Suspense>
);

/** Page elements made once (each lazy page is one component for the app's lifetime). */
const pages = {
  landing: page(async () => (await import('../features/calls/components/landing-page')).LandingPage),
  call: page(withLabels(async () => (await import('../features/calls/components/call-page')).CallPage)),
  catalogue: page(
    async () =>
      (
        await Promise.all([
          import('../features/catalogue/components/catalogue-page'),
          loadNamespace('catalogue'),
        ])
      )[0].CataloguePage,
  ),
  catalogueEntry: page(
    async () =>
      (
        await Promise.all([
          import('../features/catalogue/components/catalogue-entry-page'),
          loadNamespace('catalogue'),
        ])
      )[0].CatalogueEntryPage,
  ),
  readiness: page(async () => {
    await Promise.all([loadNamespace('readiness'), loadSignedInTexts()]);
    return (await import('../features/readiness/components/readiness-page')).ReadinessPage;
  }),
  signIn: page(async () => (await import('../features/auth/components/sign-in-page')).SignInPage),
  signUp: page(async () => (await import('../features/auth/components/sign-up-page')).SignUpPage),
  myCalls: page(
    withSignedInTexts(
      async () => (await import('../features/call-editor/components/my-calls-page')).MyCallsPage,
    ),
    'association',
  ),
  callRules: page(async () => {
    await Promise.all([loadNamespace('rules'), loadNamespace('engine')]);
    return (await import('../features/call-editor/components/rules-page')).RulesPage;
  }, 'association'),
  callDashboard: page(
    withSignedInTexts(
      withLabels(
        async () =>
          (await import('../features/call-dashboard/components/call-dashboard-page')).CallDashboardPage,
      ),
    ),
    'association',
  ),
  company: page(
    withSignedInTexts(
      withEngineTexts(async () => (await import('../features/company/components/company-page')).CompanyPage),
    ),
    'sme',
  ),
  plans: page(async () => (await import('../features/plans/components/plans-page')).PlansPage, 'sme'),
  newPlan: page(
    withSignedInTexts(
      withLabels(
        async () => (await import('../features/plan-editor/components/plan-editor-page')).PlanEditorPage,
      ),
    ),
    'sme',
  ),
  editPlan: page(
    withSignedInTexts(
      withLabels(
        async () => (await import('../features/plan-editor/components/plan-editor-page')).PlanEditorPage,
      ),
    ),
    'sme',
  ),
  matches: page(
    withEngineTexts(async () => {
      const { MatchesPage } = await import('../features/matches/components/matches-page');
      return () => <MatchesPage more={catalogueFits} />;
    }),
    'sme',
  ),
  report: page(
    withEngineTexts(
      async () => (await import('../features/eligibility/components/eligibility-page')).EligibilityPage,
    ),
    'sme',
  ),
  apply: page(
    withLabels(async () => (await import('../features/apply/components/apply-page')).ApplyPage),
    'sme',
  ),
  applications: page(
    async () => (await import('../features/applications/components/applications-page')).ApplicationsPage,
    'sme',
  ),
  receipt: page(
    // The signed review on the receipt words the engine's reasons and uses the signed-in texts.
    withSignedInTexts(
      withEngineTexts(
        async () => (await import('../features/applications/components/receipt-page')).ReceiptPage,
      ),
    ),
    'sme',
  ),
  reviews: page(
    withSignedInTexts(
      async () => (await import('../features/reviews/components/review-queue-page')).ReviewQueuePage,
    ),
    'consultant',
  ),
  review: page(
    withSignedInTexts(
      withEngineTexts(async () => (await import('../features/reviews/components/review-page')).ReviewPage),
    ),
    'consultant',
  ),
};

/**
 * The app's routes inside the page frame. A screen that throws shows RouteError in place of the page
 * (the frame and navigation stay); moving to another address clears it.
 */
export function AppRoutes() {
  const [location] = useLocation();
  return (
    <Layout>
      <ErrorBoundary FallbackComponent={RouteError} resetKeys={[location]}>
        <Switch>
          <Route path="/">{pages.landing}</Route>
          <Route path="/calls">
            <OpenCallsPage />
          </Route>
          <Route path="/calls/:callId">{pages.call}</Route>
          <Route path="/catalogue">{pages.catalogue}</Route>
          <Route path="/catalogue/:sourceId">{pages.catalogueEntry}</Route>
          <Route path="/readiness">{pages.readiness}</Route>
          <Route path="/sign-in">{pages.signIn}</Route>
          <Route path="/sign-up">{pages.signUp}</Route>
          <Route path="/association/calls">{pages.myCalls}</Route>
          <Route path="/association/calls/:callId/rules">{pages.callRules}</Route>
          <Route path="/association/calls/:callId">{pages.callDashboard}</Route>
          <Route path="/company">{pages.company}</Route>
          <Route path="/plans">{pages.plans}</Route>
          <Route path="/plans/new">{pages.newPlan}</Route>
          <Route path="/plans/:planId/edit">{pages.editPlan}</Route>
          <Route path="/plans/:planId/matches">{pages.matches}</Route>
          <Route path="/plans/:planId/calls/:callId">{pages.report}</Route>
          <Route path="/plans/:planId/calls/:callId/apply">{pages.apply}</Route>
          <Route path="/applications">{pages.applications}</Route>
          <Route path="/applications/:applicationId">{pages.receipt}</Route>
          <Route path="/reviews">{pages.reviews}</Route>
          <Route path="/reviews/:reviewId">{pages.review}</Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </ErrorBoundary>
    </Layout>
  );
}
