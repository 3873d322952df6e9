/**
 * Verifies bearer tokens the same way locally and on AWS: a JWKS (the dev issuer's keys locally,
 * Cognito's on AWS), a fixed issuer and audience, expiry, and a pinned algorithm.
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { isRole, type Role } from '../../shared/auth/roles';

export interface AuthUser {
  sub: string;
  email?: string;
  roles: Role[];
  /** The organisation (company, association or consultancy) the user acts for. */
  orgId: string;
}

export type TokenVerifier = (token: string) => Promise<AuthUser>;

export interface TokenVerifierConfig {
  issuer: string;
  audience: string;
  jwks: { url: string } | { keys: JSONWebKeySet };
}

/** Both Cognito and the dev issuer sign with RS256; anything else (incl. `none`, HS256) is refused. */
export const TOKEN_ALGORITHM = 'RS256';
export const GROUPS_CLAIM = 'cognito:groups';
export const ORG_CLAIM = 'custom:orgId';

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const keys = keySetOf(config.jwks);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys(), {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    return userFromClaims(payload);
  };
}

/**
 * A remote key set is made on the first token, not while the function starts: jose's remote set builds
 * a fetch `Headers`, and the first touch of that global loads Node's fetch implementation (~20 ms here).
 * Hono's Lambda adapter loads it on the first invocation anyway (it builds a `Request`), so this moves
 * the cost out of the import into that first request rather than saving it; the import is then the
 * same work as any Hono function's, which is what the fair floor of `bench:bundles` (issue #15) is.
 * The address is still parsed at once, so a bad one fails at start rather than on every request.
 */
function keySetOf(jwks: TokenVerifierConfig['jwks']): () => JWTVerifyGetKey {
  if ('url' in jwks) {
    const url = new URL(jwks.url);
    let remote: JWTVerifyGetKey | undefined;
    return () => {
      remote ??= createRemoteJWKSet(url);
      return remote;
    };
  }
  const local = createLocalJWKSet(jwks.keys);
  return () => local;
}

function userFromClaims(payload: JWTPayload): AuthUser {
  const groups = payload[GROUPS_CLAIM];
  const roles = Array.isArray(groups) ? groups.filter(isRole) : [];
  const sub = String(payload.sub);
  const org = payload[ORG_CLAIM];
  return {
    sub,
    email: typeof payload.email === 'string' ? payload.email : undefined,
    roles,
    orgId: typeof org === 'string' && org.length > 0 ? org : `user-${sub}`,
  };
}
