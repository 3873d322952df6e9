/** Maps every failure to the one JSON error shape; a client's mistake is never a 500. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, FieldError } from '../../shared/api/error-body';
import { ConflictError, InvalidCursorError } from '../data/store-errors';
import {
  InvalidRequestError,
  NotFoundError,
  RuleRefusalError,
  StateConflictError,
  type UseCaseError,
} from '../errors/use-case-errors';
import type { ErrorLog } from './error-log';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    /** Extra named facts beside the message, e.g. the id of the application a 409 ran into. */
    readonly details?: Record<string, string>,
  ) {
    super(message);
  }
}

export function errorBody(
  code: string,
  message: string,
  fields?: FieldError[],
  details?: Record<string, string>,
): ErrorBody {
  return { error: { ...details, code, message, ...(fields ? { fields } : {}) } };
}

const codeByStatus: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
};

/** The HTTP status of each kind of use-case refusal: the one place use cases meet HTTP. */
const STATUS_OF_REFUSAL: [new (...args: never[]) => UseCaseError, ContentfulStatusCode][] = [
  [InvalidRequestError, 400],
  [NotFoundError, 404],
  [StateConflictError, 409],
  [RuleRefusalError, 422],
];

/** Builds Hono's onError: every failure becomes the JSON error shape; only our own failures are logged. */
export function errorHandler(log: ErrorLog) {
  return (error: Error, c: Context): Response => handleError(error, c, log);
}

function handleError(error: Error, c: Context, log: ErrorLog): Response {
  if (error instanceof ApiError) {
    return c.json(errorBody(error.code, error.message, error.fields, error.details), error.status);
  }
  const refusal = STATUS_OF_REFUSAL.find(([kind]) => error instanceof kind);
  if (refusal) {
    const { code, message, fields, details } = error as UseCaseError;
    return c.json(errorBody(code, message, fields, details), refusal[1]);
  }
  if (error instanceof ConflictError) return c.json(errorBody('conflict', error.message), 409);
  if (error instanceof InvalidCursorError) {
    return c.json(errorBody('bad_request', error.message, [{ path: 'cursor', message: error.message }]), 400);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    return c.json(errorBody(codeByStatus[status] ?? 'bad_request', error.message || 'bad request'), status);
  }
  if (isUnavailable(error)) {
    log.error(`database unavailable: ${error.message}`, { name: error.name });
    c.header('Retry-After', '2');
    return c.json(
      errorBody(
        'unavailable',
        'The service is busy or briefly unavailable; nothing was saved. Try again shortly.',
      ),
      503,
    );
  }
  log.error(error.message, { name: error.name, stack: error.stack });
  return c.json(errorBody('internal', 'Something went wrong on our side; nothing was saved.'), 500);
}

/** Throttling, timeouts and refused connections from the database: the client should retry, not give up. */
const UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

function isUnavailable(error: Error): boolean {
  const code = (error as { code?: string }).code;
  return UNAVAILABLE.has(error.name) || (code !== undefined && NETWORK_CODES.has(code));
}

export function notFound(c: Context): Response {
  return c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404);
}
