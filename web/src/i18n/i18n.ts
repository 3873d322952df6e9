/**
 * i18next with one bundle per language, loaded on demand: a visitor downloads only their language.
 * Keys are typed from the English bundle (i18next.d.ts), so a wrong key does not compile.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { INTL_LOCALE, type Language, rememberLanguage } from './languages';

const bundles: Record<Language, () => Promise<{ messages: Record<string, unknown> }>> = {
  en: () => import('./locales/en'),
  it: () => import('./locales/it'),
  nl: () => import('./locales/nl'),
};

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
  await i18next.changeLanguage(language);
  rememberLanguage(language);
}

/** The Intl locale of the language on screen, for money and dates. */
export function currentLocale(): string {
  return INTL_LOCALE[(i18next.language as Language) ?? 'en'] ?? 'en-GB';
}
