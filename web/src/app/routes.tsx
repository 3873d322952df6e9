/** Routes compose the features; each role's pages load lazily so visitors download only their own. */
import { type ComponentType, Fragment, lazy, type ReactNode, Suspense, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { parse as parsePattern } from 'regexparam';
import { matchRoute, Route, Switch, useLocation } from 'wouter';
import type { Role } from '../../../shared/auth/roles';
import { OpenCallsPage } from '../features/calls/components/open-calls-page';
import { loadNamespace, loadSignedInTexts } from '../i18n/i18n';
import { useIdleMoneyFormat } from '../lib/use-idle-money-format';
import { Layout } from './layout';
import { Loading, NotFound, PartFailed } from './placeholders';
import { RequireRole } from './require-role';
import { RouteError } from './route-error';

/** A page loader that first merges the signed-in pages' texts (kept off the first load). */
function withSignedInTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => {
    await loadSignedInTexts();
    return load();
  };
}

/**
 * A page loader that loads the engine's reason texts (with the size classes they name) and the names of
 * codes alongside the page's code.
 */
function withEngineTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return async () =>
    (await Promise.all([loadNamespace('engine'), loadNamespace('size'), loadNamespace('labels'), load()]))[3];
}

/** A page loader for the company page: the size classes and their reasons, and the names of codes. */
function withSizeTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([loadNamespace('size'), loadNamespace('labels'), load()]))[2];
}

/** A page loader that loads the names of codes (spend types, tags, sectors…) alongside the page's code. */
function withLabels<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([loadNamespace('labels'), load()]))[1];
}

/** A page's element, and a way to fetch its code before it first renders. */
interface AppPage {
  element: ReactNode;
  preload: () => Promise<unknown>;
  /** After its code could not be loaded, lets the page's next visit load it again. */
  renewIfFailed: () => void;
  /** The role the page is for; anyone else is sent to the sign-in page. */
  role?: Role;
}

/** A page's code: the component once loaded, and the lazy one that loads it. */
interface PageCode {
  loaded: () => ComponentType | undefined;
  lazy: () => ComponentType;
}

/**
 * Renders a page's code. Once loaded it renders at once, without suspending: a fallback shown first
 * makes React hold the page back (it throttles revealing suspended content by about 300 ms), and the
 * first screen's largest paint would wait for it.
 */
function PageOf({ code }: { code: PageCode }) {
  // Decided once per visit: switching trees later would remount the page and lose what it holds.
  const [Page] = useState(() => code.loaded() ?? code.lazy());
  // Still a boundary: something inside the page may suspend, and it must not blank the whole frame.
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** A lazily loaded page, optionally only for one role. */
function page(load: () => Promise<ComponentType>, role?: Role): AppPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // The first screen's preload may fail and the page's own load try again (React.lazy, once it
        // has failed, keeps the error until the app reloads).
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // React.lazy keeps a failed load for the app's life: a phone that lost its connection while opening
  // the page could never open it again without a reload. So a failed one is replaced, but only when
  // the person asks again ("Try again" or another address, see AppRoutes), never by itself in a loop.
  let failed = false;
  const makeLazy = () =>
    lazy(async () => {
      try {
        return { default: await preload() };
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  let Lazy = makeLazy();
  const renewIfFailed = () => {
    if (!failed) return;
    failed = false;
    Lazy = makeLazy();
  };
  const code: PageCode = { loaded: () => loaded, lazy: () => Lazy };
  const content = <PageOf code={code} />;
  return {
    element: role ? <RequireRole allowed={role}>{content}</RequireRole> : content,
    preload,
    renewIfFailed,
    role,
  };
}

/** A page in the first bundle: nothing to load. */
const eager = (element: ReactNode): AppPage => ({
  element,
  preload: async () => undefined,
  renewIfFailed: () => undefined,
});

/** The catalogue's possible fits, loaded after the matches they follow, with their texts. */
const loadCatalogueFits = () =>
  lazy(async () => {
    const [module] = await Promise.all([
      import('../features/catalogue/components/catalogue-fits'),
      loadNamespace('catalogue'),
    ]);
    return { default: module.CatalogueFits };
  });
let CatalogueFits = loadCatalogueFits();
/**
 * Below the matches, in a boundary of its own: if its code cannot be fetched the matches stay, a line
 * says so, and the next visit loads it anew (React.lazy keeps a failure for the app's life).
 */
const catalogueFits = (planId: string) => (
  <ErrorBoundary
    fallback={<PartFailed />}
    onError={() => {
      CatalogueFits = loadCatalogueFits();
    }}
  >
    <Suspense fallback={null}>
      <CatalogueFits planId={planId} />
    </Suspense>
  </ErrorBoundary>
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
    // The labels name sector codes in the de minimis rule's lower ceilings.
    await Promise.all([
      loadNamespace('rules'),
      loadNamespace('engine'),
      loadNamespace('size'),
      loadNamespace('labels'),
    ]);
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
      withSizeTexts(async () => (await import('../features/company/components/company-page')).CompanyPage),
    ),
    'sme',
  ),
  plans: page(
    // The labels name each line's spend type.
    withLabels(async () => (await import('../features/plans/components/plans-page')).PlansPage),
    'sme',
  ),
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

/** The address of every page, in the order they are matched. */
const routes: readonly { path: string; page: AppPage }[] = [
  { path: '/', page: pages.landing },
  { path: '/calls', page: eager(<OpenCallsPage />) },
  { path: '/calls/:callId', page: pages.call },
  { path: '/catalogue', page: pages.catalogue },
  { path: '/catalogue/:sourceId', page: pages.catalogueEntry },
  { path: '/readiness', page: pages.readiness },
  { path: '/sign-in', page: pages.signIn },
  { path: '/sign-up', page: pages.signUp },
  { path: '/association/calls', page: pages.myCalls },
  { path: '/association/calls/:callId/rules', page: pages.callRules },
  { path: '/association/calls/:callId', page: pages.callDashboard },
  { path: '/company', page: pages.company },
  { path: '/plans', page: pages.plans },
  { path: '/plans/new', page: pages.newPlan },
  { path: '/plans/:planId/edit', page: pages.editPlan },
  { path: '/plans/:planId/matches', page: pages.matches },
  { path: '/plans/:planId/calls/:callId', page: pages.report },
  { path: '/plans/:planId/calls/:callId/apply', page: pages.apply },
  { path: '/applications', page: pages.applications },
  { path: '/applications/:applicationId', page: pages.receipt },
  { path: '/reviews', page: pages.reviews },
  { path: '/reviews/:reviewId', page: pages.review },
];

/**
 * Pages whose first screen shows no amount. Elsewhere the money formatter is made while the first
 * screen's data travels (../lib/format.ts, prepareMoneyFormat); here it would be a long task of its own
 * (10–48 ms observed in a trace of a cold plan editor) that the page never uses. It is made later, when
 * the browser is idle, for the pages that follow (../lib/use-idle-money-format.ts).
 */
const NO_AMOUNTS: ReadonlySet<AppPage> = new Set([
  pages.landing,
  pages.readiness,
  pages.signIn,
  pages.signUp,
  pages.newPlan,
  pages.editPlan,
  pages.reviews,
]);

/** The page the router shows first at `path`: for a page the visitor's role may not open, the sign-in page. */
function firstPage(path: string, roles: readonly Role[]): AppPage | undefined {
  const route = routes.find((r) => matchRoute(parsePattern, r.path, path)[0]);
  if (!route) return undefined;
  const { role } = route.page;
  return role && !roles.includes(role) ? pages.signIn : route.page;
}

/** Whether the first screen at `path` shows amounts (an unknown address shows none). */
export function firstScreenShowsMoney(path: string, roles: readonly Role[]): boolean {
  const first = firstPage(path, roles);
  return first !== undefined && !NO_AMOUNTS.has(first);
}

/** The longest the first render waits for its page: a stalled download shows the frame and a loading line. */
const PRELOAD_WAIT_MS = 1500;

/**
 * Loads the code and texts of the page at `path` (as the router would match it), so the first screen
 * renders it at once; for a page the visitor's role may not open, the sign-in page it sends them to.
 * Never fails and never waits long: a page that cannot load says so itself when it renders.
 */
export async function preloadPage(path: string, roles: readonly Role[]): Promise<void> {
  const first = firstPage(path, roles);
  if (!first) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    first.preload().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, PRELOAD_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
}

/** Lets every page whose code could not be loaded load it again when next shown. */
const renewFailedPages = () => {
  for (const route of routes) route.page.renewIfFailed();
};

/**
 * The app's routes inside the page frame. A screen that throws shows RouteError in place of the page
 * (the frame and navigation stay); its "Try again", or moving to another address, clears it, and a page
 * whose code could not be fetched then fetches it again.
 */
export function AppRoutes() {
  const [location] = useLocation();
  useIdleMoneyFormat();
  return (
    <Layout>
      <ErrorBoundary FallbackComponent={RouteError} resetKeys={[location]} onReset={renewFailedPages}>
        <Switch>
          {routes.map((route) => (
            <Route key={route.path} path={route.path}>
              {/* A page stands for what its address names: another plan or call is a new page, so
                  nothing the last one held (a form, a draft's revision) carries over to it. */}
              {(params) => <Fragment key={Object.values(params).join('/')}>{route.page.element}</Fragment>}
            </Route>
          ))}
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </ErrorBoundary>
    </Layout>
  );
}
