/**
 * Which request paths are the single-page app's own pages (served `index.html`) and which are files or
 * the API (served as they are, errors included). CloudFront's viewer-request function and the local
 * server both use this pattern, so an API 404 is never turned into a 200 web page.
 */

/** `/`, `/calls/ABC`, `/plans/` — not `/api` or `/api/…`, and no dot in the last segment (a file). */
export const PAGE_PATH = /^\/(?!api(?:\/|$))(?:[^/]+\/)*[^/.]*$/;

export function isPagePath(path: string): boolean {
  return PAGE_PATH.test(path);
}
