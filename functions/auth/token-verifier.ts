/**
 * Verifies bearer tokens the same way locally and on AWS: a JWKS (the dev issuer's keys locally,
 * Cognito's on AWS), a fixed issuer and audience, expiry, and a pinned algorithm.
 */
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
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
  const keySet =
    'url' in config.jwks ? createRemoteJWKSet(new URL(config.jwks.url)) : createLocalJWKSet(config.jwks.keys);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySet, {
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
