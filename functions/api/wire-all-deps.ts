/**
 * Every adapter wired, for what serves every route in one process: the local server, the integration
 * tests and the benchmarks. A Lambda wires only what its area needs (functions/lambda/*.ts).
 */
import type { AppDeps } from './app-deps';
import { dynamoCatalogue } from './wire-catalogue';
import { dynamoClickDay } from './wire-click-day';
import { type WireOptions, wireDeps } from './wire-deps';
import { dynamoReviewing } from './wire-reviewing';

export function wireAllDeps(options: WireOptions): AppDeps {
  return wireDeps({
    catalogue: dynamoCatalogue,
    clickDay: dynamoClickDay,
    reviewing: dynamoReviewing,
    ...options,
  });
}
