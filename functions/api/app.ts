/** The whole Hono API, as the local server and tests mount it; Lambda deploys each area on its own. */
import type { AppDeps } from './app-deps';
import { applicationsArea } from './areas/applications-area';
import { callsArea } from './areas/calls-area';
import { catalogueArea } from './areas/catalogue-area';
import { plansArea } from './areas/plans-area';
import { reviewsArea } from './areas/reviews-area';
import { systemArea } from './areas/system-area';
import { createBaseApp } from './base-app';
import { consoleErrorLog } from './error-log';

export function createApp(deps: AppDeps) {
  return createBaseApp(deps.log ?? consoleErrorLog)
    .route('/', systemArea())
    .route('/', callsArea(deps))
    .route('/', catalogueArea(deps))
    .route('/', plansArea(deps))
    .route('/', applicationsArea(deps))
    .route('/', reviewsArea(deps));
}

export type ApiApp = ReturnType<typeof createApp>;
