/** What shows while a page's code loads, for an address that is no page, and for a part that failed. */
import { useTranslation } from 'react-i18next';

/** While a page's code loads (its own data has its own loading line). */
export function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.openingPage')}</p>;
}

/** An address that is no page: a heading of its own, which focus moves to like any page's. */
export function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('common.notFound')}</h1>;
}

/** A part of a page whose code could not be loaded: the rest of the page stays. */
export function PartFailed() {
  const { t } = useTranslation();
  return <p role="alert">{t('common.partFailed')}</p>;
}
