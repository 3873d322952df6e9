/**
 * The national incentives catalogue (incentivi.gov.it): public search and one record's page; for a
 * signed-in SME, the possible fits of one of its plans; for an association, adopting a record as a draft.
 */
import { Hono } from 'hono/tiny';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { catalogueRoutes } from '../routes/catalogue';

export function catalogueArea(deps: AppDeps) {
  return new Hono<AppEnv>().route('/catalogue', catalogueRoutes(deps));
}
