import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security-headers';

/** CSP host-source grammar (CSP Level 3 §2.3.1): a wildcard only as the whole leftmost label. */
const HOST_SOURCE = /^(?:https?:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d+)?(?:\/[^\s;,]*)?$/i;
const KEYWORD = /^'(?:self|none|unsafe-inline|sha256-[A-Za-z0-9+/=]+)'$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:$/;

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy({ styleHashes: ["'sha256-abc='"], cognitoRegion: 'eu-south-1' });
  const directives = new Map(
    policy.split('; ').map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources] as const;
    }),
  );

  it('lets the browser reach exactly the region’s Cognito endpoint', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://cognito-idp.eu-south-1.amazonaws.com']);
  });

  it('holds only sources a browser accepts (no wildcard inside a host)', () => {
    const invalid = [...directives.values()]
      .flat()
      .filter((s) => !KEYWORD.test(s) && !SCHEME.test(s) && !HOST_SOURCE.test(s));
    expect(invalid).toEqual([]);
    // The rule itself rejects what broke sign-in on AWS.
    expect(HOST_SOURCE.test('https://cognito-idp.*.amazonaws.com')).toBe(false);
  });

  it('allows no inline script and no framing', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
