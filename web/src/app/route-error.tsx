/** Shown instead of a blank page when a screen fails: says what happened and offers a way back. */
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  console.error(error);
  return (
    <main id="main">
      <h1>{t('routeError.title')}</h1>
      <p role="alert">{t('routeError.body')}</p>
      <Link to="/calls">{t('routeError.back')}</Link>
    </main>
  );
}
