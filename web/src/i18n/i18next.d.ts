/** Types i18next's keys from the English bundle: `t('plans.titel')` does not compile. */
import 'i18next';
import type { Messages } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}
