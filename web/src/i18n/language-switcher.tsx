/** Picks the language; the choice is remembered on this device and applies at once, money and dates included. */
import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './languages';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
