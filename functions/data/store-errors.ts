/** Errors a store raises that the API maps to HTTP answers (409, 400), independent of the database. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}
