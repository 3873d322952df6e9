/** Types i18next's keys from the English bundles: `t('plans.titel')` does not compile. */
import 'i18next';
import type { Messages as CatalogueMessages } from './locales/catalogue/en';
import type { Messages } from './locales/en';
import type { Messages as EngineMessages } from './locales/engine/en';
import type { Messages as SignedInMessages } from './locales/parts/en';
import type { Messages as ReadinessMessages } from './locales/readiness/en';
import type { Messages as RulesMessages } from './locales/rules/en';
import type { Messages as SizeMessages } from './locales/size/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: {
      translation: Messages & SignedInMessages;
      catalogue: CatalogueMessages;
      engine: EngineMessages;
      readiness: ReadinessMessages;
      rules: RulesMessages;
      size: SizeMessages;
    };
  }
}
