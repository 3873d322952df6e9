/**
 * How old the public budget figures of a call may be: the API lets caches (the CloudFront edge, the
 * browser) keep them this long, and the call page asks again at this pace. Shared so infra's edge
 * cache, the API's header and the page agree.
 */
export const BUDGET_MAX_AGE_SECONDS = 5;
