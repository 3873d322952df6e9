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
 * A remote key set is made on the first token, not at import: jose's remote set builds a fetch
 * `Headers`, and touching that global loads Node's fetch implementation (~20 ms of a cold start on
 * this machine), which only the first signed-in request needs — it fetches the keys with it anyway.
 * The address is still parsed at once, so a bad one fails at start rather than on every request.
 */
function keySetOf(jwks: TokenVerifierConfig['jwks']): () => JWTVerifyGetKey {
  if ('keys' in jwks) {
    const local = createLocalJWKSet(jwks.keys);
    return () => local;
  }
  const url = new URL(jwks.url);
  let remote: JWTVerifyGetKey | undefined;
  return () => {
    remote ??= createRemoteJWKSet(url);
    return remote;
  };
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
