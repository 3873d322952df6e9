/**
 * One Logger and Metrics per Lambda, configured from the POWERTOOLS_* variables infra sets (service
 * name = area, metrics namespace). On Lambda they come from the Powertools layer (see ADR 0007).
 * No Tracer: traces come from Lambda's active tracing, without the X-Ray SDK (ADR 0026).
 *
 * Loaded with `require`, i.e. Powertools' CommonJS build (the packages publish both builds): Node loads
 * its ES module build file by file through the ES module loader, slower (ADR 0027). On Lambda, `require`
 * finds the layer through NODE_PATH (/opt/nodejs/node_modules), as for any CommonJS package.
 */
import { createRequire as requireFrom } from 'node:module';
import type * as LoggerModule from '@aws-lambda-powertools/logger';
import type * as MetricsModule from '@aws-lambda-powertools/metrics';

// `createRequire` under another name: the bundles' banner (infra/lib/grantfit-function.ts) already
// imports that name, as raw text esbuild does not see.
const load = requireFrom(import.meta.url);
const { Logger } = load('@aws-lambda-powertools/logger') as typeof LoggerModule;
const { Metrics, MetricUnit } = load('@aws-lambda-powertools/metrics') as typeof MetricsModule;

export { MetricUnit };
export const logger = new Logger();
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'GrantFit' });
