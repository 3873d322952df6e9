/** Shown instead of a blank page when a screen fails: says what happened and offers a way back. */
import { Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main">
      <h1>Something went wrong</h1>
      <p role="alert">This page could not be shown. Nothing you saved is lost.</p>
      <Link to="/calls">Back to the open calls</Link>
    </main>
  );
}
