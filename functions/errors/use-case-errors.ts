/**
 * What a use case throws when it refuses a request, in the domain's terms, never HTTP's: the API maps
 * each kind to a status (functions/api/errors.ts), and a use case can run anywhere (a route, the
 * reconciler, a test) without knowing it is behind HTTP. Each carries a stable machine code for clients
 * (`call_closed`, `already_applied`…), a message, and optionally the fields it is about and named facts
 * (the id of the application a refusal ran into).
 */
import type { FieldError } from '../../shared/api/error-body';

export abstract class UseCaseError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly details?: Record<string, string>,
  ) {
    super(message);
  }
}

/** What was asked for does not exist, or is not the caller's to see (never tell the two apart). */
export class NotFoundError extends UseCaseError {
  override readonly name = 'NotFoundError';
}

/** The request is well formed but the object's current state refuses it (closed, signed, changed…). */
export class StateConflictError extends UseCaseError {
  override readonly name = 'StateConflictError';
}

/** The request is well formed but a business rule refuses it (deadline passed, no rules, too high…). */
export class RuleRefusalError extends UseCaseError {
  override readonly name = 'RuleRefusalError';
}

/** The request (or what it names) lacks something the use case needs, field by field. */
export class InvalidRequestError extends UseCaseError {
  override readonly name = 'InvalidRequestError';
}
