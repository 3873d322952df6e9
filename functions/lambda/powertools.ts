/**
 * One Logger and Metrics per Lambda, configured from the POWERTOOLS_* variables infra sets (service
 * name = area, metrics namespace). On Lambda they come from the Powertools layer (see ADR 0007).
 * No Tracer: traces come from Lambda's active tracing, without the X-Ray SDK (ADR 0026).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

export const logger = new Logger();
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'GrantFit' });
