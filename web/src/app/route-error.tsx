/** Shown instead of a blank page when a screen fails: says what happened and offers a way back. */
import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function RouteError({ error }: FallbackProps) {
  const { t } = useTranslation();
  console.error(error);
  return (
    <section aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('routeError.title')}</h1>
      <p role="alert">{t('routeError.body')}</p>
      <Link to="/calls">{t('routeError.back')}</Link>
    </section>
  );
}
