/**
 * A save that lost a race answers 409 with the version someone else saved (`current`). That version is
 * checked with the shared schema before the form offers it, and the schema is loaded only when such an
 * answer arrives, so the form pages stay light on a first visit.
 */
import { ApiRequestError } from './api-error';

export function staleVersionReader<T>(read: (raw: unknown) => Promise<T | undefined>) {
  class StaleVersionError extends ApiRequestError {
    constructor(
      error: ApiRequestError,
      readonly current: T,
    ) {
      super(error.status, error.body, error.raw);
    }
  }
  return {
    /** Throws a 409 whose `current` reads well as StaleVersionError, any other error as it came. */
    async rethrow(error: unknown): Promise<never> {
      if (error instanceof ApiRequestError && error.status === 409) {
        const current = await read(error.raw).catch(() => undefined);
        if (current !== undefined) throw new StaleVersionError(error, current);
      }
      throw error;
    },
    /** The version someone else saved, from a failed save; undefined for any other failure. */
    current(error: unknown): T | undefined {
      return error instanceof StaleVersionError ? error.current : undefined;
    },
  };
}
