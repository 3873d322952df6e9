/**
 * What the CloudFront web ACL answers an address that sends too many applications (issue #15's per-IP
 * rule on a click day). Shared so the stack's rule and the browser test that plays it agree: the answer
 * is the API's error shape with a code the web app treats as "busy" (send the same application again,
 * with the same Idempotency-Key, after Retry-After), never as a refusal.
 */
import type { ErrorBody } from '../api/error-body';

/**
 * The one path the rule counts (POSTs to it are submits), compared whole after percent-decoding and
 * lower-casing, since CloudFront passes the path as the viewer sent it.
 */
export const RATE_LIMITED_PATH = '/api/applications';

/**
 * WAF counts requests over a sliding window of this many seconds and blocks an address above its limit
 * until its rate falls back below it. It counts the refused requests too, so a browser sends again only
 * after the whole window (web/src/lib/busy-retry.ts).
 */
export const EDGE_WINDOW_SECONDS = 60;

export const EDGE_BUSY_CODE = 'busy';

export const edgeBusyBody: ErrorBody = {
  error: {
    code: EDGE_BUSY_CODE,
    message:
      'Too many applications were sent from your network in the last minute. Nothing was lost: send the same application again in a minute.',
  },
};
