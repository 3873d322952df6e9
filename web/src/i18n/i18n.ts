/**
 * i18next with one bundle per language, loaded on demand: a visitor downloads only their language.
 * Pages with long texts (readiness, rules, the catalogue, the engine's reasons) have their own namespace, loaded with the page, to keep the
 * first load small. Keys are typed from the English bundles (i18next.d.ts), so a wrong key does not compile.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { INTL_LOCALE, type Language, rememberLanguage } from './languages';

const bundles: Record<Language, () => Promise<{ messages: Record<string, unknown> }>> = {
  en: () => import('./locales/en'),
  it: () => import('./locales/it'),
  nl: () => import('./locales/nl'),
};

type Bundle = () => Promise<{ messages: Record<string, unknown> }>;

/** Namespaces that load with their page; `translation` is the rest and loads before the first render. */
const namespaces: Record<
  'catalogue' | 'engine' | 'labels' | 'readiness' | 'rules' | 'size',
  Record<Language, Bundle>
> = {
  catalogue: {
    en: () => import('./locales/catalogue/en'),
    it: () => import('./locales/catalogue/it'),
    nl: () => import('./locales/catalogue/nl'),
  },
  engine: {
    en: () => import('./locales/engine/en'),
    it: () => import('./locales/engine/it'),
    nl: () => import('./locales/engine/nl'),
  },
  // Names of codes (spend types, tags, declarations, sectors): read through lib/labels.ts, not t().
  labels: {
    en: () => import('./locales/labels/en'),
    it: () => import('./locales/labels/it'),
    nl: () => import('./locales/labels/nl'),
  },
  readiness: {
    en: () => import('./locales/readiness/en'),
    it: () => import('./locales/readiness/it'),
    nl: () => import('./locales/readiness/nl'),
  },
  rules: {
    en: () => import('./locales/rules/en'),
    it: () => import('./locales/rules/it'),
    nl: () => import('./locales/rules/nl'),
  },
  // Size classes and why: the company page needs only these, the engine's reasons name the classes too.
  size: {
    en: () => import('./locales/size/en'),
    it: () => import('./locales/size/it'),
    nl: () => import('./locales/size/nl'),
  },
};
export type PageNamespace = keyof typeof namespaces;

/** Texts of the signed-in pages that are not on the first load, merged into `translation` when needed. */
const signedInTexts: Record<Language, Bundle> = {
  en: () => import('./locales/parts/en'),
  it: () => import('./locales/parts/it'),
  nl: () => import('./locales/parts/nl'),
};
const withSignedInTexts = new Set<Language>();
let signedInTextsWanted = false;

async function mergeSignedInTexts(language: Language): Promise<void> {
  if (withSignedInTexts.has(language)) return;
  i18next.addResourceBundle(language, 'translation', (await signedInTexts[language]()).messages, true, true);
  withSignedInTexts.add(language);
}

/** Called by the router before a signed-in page that uses these texts renders. */
export async function loadSignedInTexts(): Promise<void> {
  signedInTextsWanted = true;
  await mergeSignedInTexts(i18next.language as Language);
}
const loaded = new Set<PageNamespace>();

async function addNamespace(namespace: PageNamespace, language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, namespace)) return;
  i18next.addResourceBundle(language, namespace, (await namespaces[namespace][language]()).messages);
}

/**
 * Starts fetching the first page's namespaces in the language it will show, alongside the language
 * bundle rather than after it: on a slow phone that is a round trip less before the page's first paint.
 * The router's loadNamespace then finds the module loaded; a failure here is its to report.
 */
export function prefetchNamespaces(language: Language, names: readonly PageNamespace[]): void {
  for (const name of names) namespaces[name][language]().catch(() => undefined);
}

/** Starts fetching the signed-in pages' texts, as prefetchNamespaces does a page's namespaces. */
export function prefetchSignedInTexts(language: Language): void {
  signedInTexts[language]().catch(() => undefined);
}

/** Loads a page's namespace in the current language before the page renders (called by the router). */
export async function loadNamespace(namespace: PageNamespace): Promise<void> {
  loaded.add(namespace);
  await addNamespace(namespace, i18next.language as Language);
}

export async function setUpI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: (await bundles[language]()).messages } },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', (await bundles[language]()).messages);
  }
  await Promise.all([...loaded].map((namespace) => addNamespace(namespace, language)));
  if (signedInTextsWanted) await mergeSignedInTexts(language);
  await i18next.changeLanguage(language);
  rememberLanguage(language);
}

/** The Intl locale of the language on screen, for money and dates. */
export function currentLocale(): string {
  return INTL_LOCALE[(i18next.language as Language) ?? 'en'] ?? 'en-GB';
}
