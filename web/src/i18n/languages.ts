/** The languages GrantFit speaks, and which one a visitor gets: the one they chose, else their browser's. */
export const LANGUAGES = ['it', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = { it: 'Italiano', nl: 'Nederlands', en: 'English' };

/** Intl locales for money and dates: Italian SMEs read "1.500,00 €", Flemish ones "€ 1.500,00". */
export const INTL_LOCALE: Record<Language, string> = { it: 'it-IT', nl: 'nl-BE', en: 'en-GB' };

const STORAGE_KEY = 'grantfit.language';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export function initialLanguage(): Language {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(chosen)) return chosen;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}
