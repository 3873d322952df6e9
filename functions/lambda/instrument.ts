/**
 * Wraps an HTTP handler with Powertools: every log line carries the request's correlation id, each
 * request counts in the request/error metrics, and the cold start is counted once. Lambda's active
 * tracing records each invocation's segment itself (ADR 0026).
 */
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { logger, MetricUnit, metrics } from './powertools';

type HttpHandler<R> = (event: LambdaEvent, context: LambdaContext) => Promise<R>;

/** API Gateway's request id, unless the caller sent its own (so one id follows a request across hops). */
export function correlationIdOf(event: LambdaEvent): string | undefined {
  const header = event.headers?.['x-correlation-id'];
  if (typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header)) return header;
  return event.requestContext && 'requestId' in event.requestContext
    ? event.requestContext.requestId
    : undefined;
}

export function instrument<R extends { statusCode: number }>(handler: HttpHandler<R>): HttpHandler<R> {
  return async (event, context) => {
    // Emits only on the first invocation; before addContext, which marks the cold start as seen.
    metrics.captureColdStartMetric(context.functionName);
    logger.addContext(context);
    logger.setCorrelationId(correlationIdOf(event));
    try {
      const response = await handler(event, context);
      metrics.addMetric('Requests', MetricUnit.Count, 1);
      if (response.statusCode >= 500) metrics.addMetric('ServerErrors', MetricUnit.Count, 1);
      else if (response.statusCode >= 400) metrics.addMetric('ClientErrors', MetricUnit.Count, 1);
      return response;
    } catch (error) {
      // Hono answers every error itself; reaching here means the runtime or adapter failed.
      logger.error('unhandled error', error as Error);
      throw error;
    } finally {
      metrics.publishStoredMetrics();
      logger.resetKeys();
    }
  };
}
