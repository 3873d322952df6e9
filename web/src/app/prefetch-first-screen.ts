/**
 * Starts the first screen's data, code and texts alongside the language bundle and config.json instead of
 * after them (on a slow phone each of those is a round trip the largest paint waits for).
 * The open calls and the catalogue are public; the matches, the report, the company page and the plan
 * editor need the session kept on this device, and are fetched ahead only while its token is good and not
 * yet due for renewal (else the page asks itself, once the token is renewed).
 */
import type { QueryClient } from '@tanstack/react-query';
import { getPublicCallQueryOptions } from '../features/calls/api/get-call';
import { getOpenCallsQueryOptions } from '../features/calls/api/get-open-calls';
import { getAskedByOpenCallsQueryOptions } from '../features/company/api/company-queries';
import { getApplicationDraftQueryOptions } from '../features/eligibility/api/eligibility';
import { getMatchesQueryOptions } from '../features/matches/api/matches';
import { prefetchNamespaces, prefetchSignedInTexts } from '../i18n/i18n';
import { initialLanguage } from '../i18n/languages';
import { createApiClient } from '../lib/api-client';
import { getCompanyQueryOptions } from '../lib/company-query';
import { loadStoredSession } from '../lib/session';

// Our ids are plain (letters, digits, - and _): any other path is left to the page itself.
const MATCHES = /^\/plans\/([\w-]{1,64})\/matches$/;
const REPORT = /^\/plans\/([\w-]{1,64})\/calls\/([\w-]{1,64})$/;
const CALL = /^\/calls\/([\w-]{1,64})$/;
const EDIT = /^\/plans\/([\w-]{1,64})\/edit$/;

export function prefetchFirstScreen(
  queryClient: QueryClient,
  path = window.location.pathname,
  now = Date.now(),
  search = window.location.search,
): void {
  if (path === '/' || path === '/calls') {
    void queryClient.prefetchQuery(getOpenCallsQueryOptions(createApiClient(() => undefined)));
    return;
  }
  if (path === '/catalogue') {
    // The router's catalogue namespace, the page, and the search the address holds (public).
    prefetchNamespaces(initialLanguage(), ['catalogue']);
    void import('../features/catalogue/components/catalogue-page');
    void Promise.all([
      import('../features/catalogue/api/search-catalogue'),
      import('../features/catalogue/catalogue-filters'),
    ]).then(([{ getCatalogueSearchQueryOptions }, { readFilters }]) =>
      queryClient.prefetchQuery(
        getCatalogueSearchQueryOptions(
          createApiClient(() => undefined),
          readFilters(search),
        ),
      ),
    );
    return;
  }
  const call = CALL.exec(path);
  if (call?.[1]) {
    // A call's public page names its codes in words: the names, the page and the call itself, with the
    // language (its largest paint is the call's description, which waited for all of them before).
    prefetchNamespaces(initialLanguage(), ['labels']);
    void import('../features/calls/components/call-page');
    void queryClient.prefetchQuery(
      getPublicCallQueryOptions(
        createApiClient(() => undefined),
        call[1],
      ),
    );
    return;
  }
  const matches = MATCHES.exec(path);
  const report = REPORT.exec(path);
  const edit = EDIT.exec(path);
  const newPlan = path === '/plans/new';
  if (!matches && !report && !edit && !newPlan && path !== '/company') return;
  const session = loadStoredSession();
  // Only an SME's own pages: anyone else would only meet (and cache) a refusal.
  if (!session?.roles.includes('sme') || now >= session.renewAt) return;
  const api = createApiClient(() => session.idToken);
  const language = initialLanguage();
  if (path === '/company') {
    // The router's withSignedInTexts and withSizeTexts; the profile and the calls it asks about.
    prefetchSignedInTexts(language);
    prefetchNamespaces(language, ['size', 'labels']);
    void import('../features/company/components/company-page');
    void queryClient.prefetchQuery(getCompanyQueryOptions(api));
    void queryClient.prefetchQuery(getAskedByOpenCallsQueryOptions(api));
    return;
  }
  if (edit || newPlan) {
    // The router's withSignedInTexts and withLabels, and the editor's code (the router loads them one
    // after the other). An existing plan and the rules its lines are asked about come once the editor's
    // code is there: the page then shows its frame first and the form in a task of its own — asked at
    // once, they arrived with the code and the whole form rendered in one long task (blocking time up to
    // 590 ms in Lighthouse against 130 ms).
    prefetchSignedInTexts(language);
    prefetchNamespaces(language, ['labels']);
    void import('../features/plan-editor/components/plan-editor-page');
    if (!edit) return;
    const callId = new URLSearchParams(search).get('call') ?? undefined;
    void import('../features/plan-editor/api/plan-queries').then(
      ({ getPlanQueryOptions, getCallRulesQueryOptions }) => {
        void queryClient.prefetchQuery(getPlanQueryOptions(api, edit[1]));
        void queryClient.prefetchQuery(getCallRulesQueryOptions(api, callId));
        // Where the company is: the lines ask only what the calls of its area check.
        void queryClient.prefetchQuery(getCompanyQueryOptions(api));
      },
    );
    return;
  }
  const [planId, callId] = (report ?? matches ?? []).slice(1);
  if (!planId) return;
  // Both pages word the engine's reasons and name codes (the router's withEngineTexts).
  prefetchNamespaces(language, ['engine', 'size', 'labels']);
  // The page's own code too: the route's lazy import later finds it loaded.
  if (matches) {
    void queryClient.prefetchQuery(getMatchesQueryOptions(api, planId));
    void import('../features/matches/components/matches-page');
  }
  if (report && callId) {
    void import('../features/eligibility/components/eligibility-page');
    void queryClient.prefetchQuery(getApplicationDraftQueryOptions(api, planId, callId));
  }
}
