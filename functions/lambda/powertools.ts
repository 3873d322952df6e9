/**
 * One Logger, Metrics and Tracer per Lambda, configured from the POWERTOOLS_* variables infra sets
 * (service name = area, metrics namespace). On Lambda they come from the Powertools layer (see ADR 0007).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

export const logger = new Logger();
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'GrantFit' });
export const tracer = new Tracer();
