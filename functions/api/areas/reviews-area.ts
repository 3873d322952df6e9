/** Consultants' reviews: an SME shares an application, the consultant overrides lines, decides and signs. */
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { reviewRoutes, shareRoute } from '../routes/reviews';

export function reviewsArea(deps: AppDeps) {
  return new Hono<AppEnv>().route('/applications', shareRoute(deps)).route('/reviews', reviewRoutes(deps));
}
