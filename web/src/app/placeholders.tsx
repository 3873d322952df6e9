/** What shows while a page's code loads, and for an address that is no page. */
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}

export function NotFound() {
  const { t } = useTranslation();
  return <p>{t('common.notFound')}</p>;
}
