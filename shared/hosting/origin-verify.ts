/**
 * The header CloudFront adds to every request it forwards to the API, holding a secret the API's
 * functions also hold (ADR 0033). The API refuses requests without it, so the gateway's own address
 * (execute-api) cannot be used to go around the edge's per-address limit (ADR 0022) and its web ACL.
 * CloudFront overwrites a header of this name a viewer sends.
 */
export const ORIGIN_VERIFY_HEADER = 'x-grantfit-origin-verify';
