/**
 * Whether a failed read is asked again (once): after a network failure, a server error, a busy answer
 * or a refused session (a renewal may have landed meanwhile), but not after an answer that another
 * try would only repeat — not found, forbidden, a bad address — which the page then shows at once
 * instead of a second later.
 */
import { ApiRequestError } from './api-error';

const FINAL = new Set([400, 403, 404, 410, 422]);

export function retryReadOnce(failures: number, error: unknown): boolean {
  if (failures >= 1) return false;
  return !(error instanceof ApiRequestError && FINAL.has(error.status));
}
