/**
 * The headers the deployed site sends with every response (CloudFront's response headers policy), as
 * plain data: the CDK stack builds its policy from these, and the local server sends exactly the same,
 * so the browser tests run under the policy users get.
 */

export interface SitePolicyOptions {
  /** SHA-256 sources (`'sha256-…'`) of the inline styles in the built index.html. */
  styleHashes: readonly string[];
  /** The AWS region of the Cognito user pool the browser signs in with. */
  cognitoRegion: string;
}

/**
 * The Cognito endpoint the web app calls (web/src/lib/sign-in.ts). A CSP host source may hold a
 * wildcard only as its leftmost label, so the region is named exactly: `cognito-idp.*.amazonaws.com`
 * is invalid, and browsers drop it and block every sign-in.
 */
export function cognitoEndpoint(region: string): string {
  return `https://cognito-idp.${region}.amazonaws.com`;
}

/** The page's own scripts and styles only; the one inline style (index.html) is allowed by its hash. */
export function contentSecurityPolicy(options: SitePolicyOptions): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...options.styleHashes].join(' '),
    "img-src 'self' data:",
    `connect-src 'self' ${cognitoEndpoint(options.cognitoRegion)}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** HSTS for a year, subdomains included, preload-ready. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Every security header of the site, by name, with its value. */
export function securityHeaders(options: SitePolicyOptions): ReadonlyArray<readonly [string, string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    ['Strict-Transport-Security', `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains; preload`],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
}
