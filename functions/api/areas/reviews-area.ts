/**
 * Consultants' reviews: an SME picks a consultancy from the directory and shares an application, the
 * consultant overrides lines, decides and signs; each consultancy keeps its own directory listing.
 */
import { Hono } from 'hono/tiny';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { consultancyRoutes } from '../routes/consultancies';
import { reviewRoutes, shareRoute } from '../routes/reviews';

export function reviewsArea(deps: AppDeps) {
  return new Hono<AppEnv>()
    .route('/applications', shareRoute(deps))
    .route('/reviews', reviewRoutes(deps))
    .route('/consultancies', consultancyRoutes(deps));
}
