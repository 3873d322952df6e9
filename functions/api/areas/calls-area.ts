/** Associations' calls (drafts, versions, publish, errata, close), public reads, and each call's applications and budget. */
import { Hono } from 'hono/tiny';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { callApplicationRoutes } from '../routes/call-applications';
import { callRoutes } from '../routes/calls';

export function callsArea(deps: AppDeps) {
  return new Hono<AppEnv>().route('/calls', callRoutes(deps)).route('/calls', callApplicationRoutes(deps));
}
