/** Boots the SPA: loads config.json and the visitor's language, then renders the app with its providers. */
// First: every chunk the app imports goes through the loader this installs (ADR 0035).
import './lib/load-chunk';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { prefetchFirstScreen } from './app/prefetch-first-screen';
import { AppRoutes, firstScreenShowsMoney, preloadPage } from './app/routes';
import { loadWebConfig } from './config/web-config';
import { setUpI18n } from './i18n/i18n';
import { INTL_LOCALE, initialLanguage, type Language } from './i18n/languages';
import { AppContextProvider } from './lib/app-context';
import { clearDrafts } from './lib/form-draft';
import { prepareMoneyFormat } from './lib/format';
import { retryReadOnce } from './lib/read-retry';
import { loadStoredSession } from './lib/session';
import './styles.css';

/** What a person reads when the app could not start (no network, a file missing after a deploy). */
const START_FAILED: Record<Language, string> = {
  it: 'GrantFit non è riuscito ad avviarsi. Controlla la connessione e ricarica la pagina.',
  nl: 'GrantFit kon niet starten. Controleer uw verbinding en laad de pagina opnieuw.',
  en: 'GrantFit could not start. Check your connection and reload the page.',
};

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: retryReadOnce } },
});
prefetchFirstScreen(queryClient);
// The roles of the session kept on this device decide which page the address shows first.
const firstRoles = loadStoredSession()?.roles ?? [];
// Work the first render needs but not the first requests, each in a task of its own after them: the
// main thread is idle while the requests travel, and no single long task blocks it (on a throttled
// phone, React's root setup and the first currency formatter take about 60 and 120 ms). The formatter
// is made here only for a first screen that shows amounts; the others make it once they are up
// (lib/use-idle-money-format.ts).
let reactRoot: Root | undefined;
const root = () => {
  reactRoot ??= createRoot(document.getElementById('root') as HTMLElement);
  return reactRoot;
};
setTimeout(root, 0);
setTimeout(() => {
  if (firstScreenShowsMoney(window.location.pathname, firstRoles)) {
    prepareMoneyFormat(INTL_LOCALE[initialLanguage()]);
  }
}, 0);

// The first page's code and texts come with them (texts once the language is set): rendered at once,
// it shows no loading line first.
Promise.all([
  loadWebConfig(),
  setUpI18n(initialLanguage()).then(() => preloadPage(window.location.pathname, firstRoles)),
])
  .then(([config]) =>
    // A transition: React renders the first screen in small slices, so the page stays responsive.
    startTransition(() =>
      root().render(
        <StrictMode>
          <AppContextProvider
            config={config}
            onIdentityChange={(keepDraftsOf) => {
              // What the previous person had cached or left unsaved must not reach the next one.
              queryClient.clear();
              clearDrafts(sessionStorage, keepDraftsOf);
            }}
          >
            <QueryClientProvider client={queryClient}>
              <AppRoutes />
            </QueryClientProvider>
          </AppContextProvider>
        </StrictMode>,
      ),
    ),
  )
  .catch((error: unknown) => {
    // Said before the language files are there (they may be what failed), so the three sentences are
    // here; the browser's own message goes to the console, not to the person.
    console.error(error);
    const language = initialLanguage();
    root().render(
      <p role="alert" lang={language}>
        {START_FAILED[language]}
      </p>,
    );
  });
