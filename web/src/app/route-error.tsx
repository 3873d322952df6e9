/** Shown instead of a blank page when a screen fails: says what happened, offers to try again and a way back. */
import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function RouteError({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  console.error(error);
  return (
    <section aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('routeError.title')}</h1>
      <p role="alert">{t('routeError.body')}</p>
      <p>
        {/* Most often the page's code did not arrive (a dropped connection): asking again loads it. */}
        <button type="button" onClick={resetErrorBoundary}>
          {t('routeError.retry')}
        </button>{' '}
        <Link to="/calls">{t('routeError.back')}</Link>
      </p>
    </section>
  );
}
