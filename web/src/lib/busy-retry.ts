/**
 * When a request that is safe to repeat (an application submitted with its Idempotency-Key) is sent
 * again: after no answer came (a `NoAnswerError`), a server error, or a busy answer — API Gateway's
 * throttling on a click day answers 429 — but not after a refusal (other 4xx, or the organisation's own
 * rate limit, which the page explains), nor after a failure of our own. Waits as long as the server
 * asked, else backs off exponentially with jitter, so a crowd of browsers does not come back in step.
 *
 * The edge's per-address limit (code `busy`, shared/hosting/edge-rate-limit.ts) counts every request
 * in its window, the refused ones too: sending again inside the window only keeps the address over it.
 * So it is sent again once, after the whole window (with a little jitter), and then the page says it is
 * busy rather than keep the applicant waiting minutes.
 */
import { EDGE_BUSY_CODE, EDGE_WINDOW_SECONDS } from '../../../shared/hosting/edge-rate-limit';
import { ApiRequestError, hasErrorCode } from './api-error';
import { NoAnswerError } from './no-answer';

const MAX_ATTEMPTS = 5;
const MAX_WAIT_MS = 30_000;
const EDGE_JITTER_MS = 5_000;

const isEdgeBusy = (error: unknown) => hasErrorCode(error, EDGE_BUSY_CODE);

export function retryWhenBusy(failures: number, error: unknown): boolean {
  if (isEdgeBusy(error)) return failures < 1;
  if (failures >= MAX_ATTEMPTS) return false;
  // Sent again when no answer came; a failure of our own would only fail again.
  if (!(error instanceof ApiRequestError)) return error instanceof NoAnswerError;
  if (error.status >= 500) return true;
  return error.status === 429 && error.body.code !== 'rate_limited';
}

export function busyRetryDelay(attempt: number, error: unknown, random: () => number = Math.random): number {
  if (isEdgeBusy(error) && error instanceof ApiRequestError) {
    const asked = error.retryAfterSeconds ?? EDGE_WINDOW_SECONDS;
    return Math.min(asked, EDGE_WINDOW_SECONDS) * 1000 + Math.round(random() * EDGE_JITTER_MS);
  }
  if (error instanceof ApiRequestError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, MAX_WAIT_MS);
  }
  const base = Math.min(1000 * 2 ** attempt, MAX_WAIT_MS / 2);
  return Math.round(base / 2 + random() * base);
}
