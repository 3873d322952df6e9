/** Errors a store raises that the API maps to HTTP answers (409, 400), independent of the database. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/**
 * A write lost a race on its revision: carries what is stored now, so the route can answer 409 with it
 * and the client can show both versions and lose nothing.
 */
export class StaleRevisionError<T> extends Error {
  override readonly name = 'StaleRevisionError';
  constructor(
    message: string,
    readonly current: T | undefined,
  ) {
    super(message);
  }
}
