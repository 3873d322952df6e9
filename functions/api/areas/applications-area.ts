/** Submitting, reading and withdrawing applications: the click-day path. */
import { Hono } from 'hono/tiny';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { applicationRoutes } from '../routes/applications';

export function applicationsArea(deps: AppDeps) {
  return new Hono<AppEnv>().route('/applications', applicationRoutes(deps));
}
