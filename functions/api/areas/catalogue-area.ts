/** The national incentives catalogue (incentivi.gov.it), public: search and one record's page. */
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { catalogueRoutes } from '../routes/catalogue';

export function catalogueArea(deps: AppDeps) {
  return new Hono<AppEnv>().route('/catalogue', catalogueRoutes(deps));
}
