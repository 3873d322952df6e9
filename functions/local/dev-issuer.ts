/**
 * A tiny local stand-in for Cognito: it signs RS256 ID tokens for the demo users with a key of its
 * own and publishes the public half as a JWKS, so the API verifies local and AWS tokens the same way.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK, SignJWT } from 'jose';
import { GROUPS_CLAIM, ORG_CLAIM, TOKEN_ALGORITHM } from '../auth/token-verifier';
import type { DemoUser } from './demo-users';

export const DEV_ISSUER = 'urn:grantfit:local-dev-issuer';
export const DEV_AUDIENCE = 'grantfit-local-web';
const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

export interface DevIssuer {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  sign(user: DemoUser, options?: { expiresInSeconds?: number }): Promise<string>;
}

/** With `keyFile` the key survives restarts, so a browser stays signed in across `npm start` runs. */
export async function createDevIssuer(keyFile?: string): Promise<DevIssuer> {
  const privateJwk = await loadOrCreateKey(keyFile);
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const signingKey = await importJWK(privateJwk, TOKEN_ALGORITHM);
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    jwks: { keys: [{ ...publicJwk, use: 'sig', alg: TOKEN_ALGORITHM }] },
    sign: (user, options) =>
      new SignJWT({
        email: user.email,
        name: user.name,
        token_use: 'id',
        [GROUPS_CLAIM]: [user.role],
        // Self sign-ups carry no organisation, as on Cognito.
        ...(user.orgId ? { [ORG_CLAIM]: user.orgId } : {}),
      })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: privateJwk.kid })
        .setSubject(user.sub)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${options?.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS}s`)
        .sign(signingKey),
  };
}

async function loadOrCreateKey(keyFile?: string): Promise<JWK> {
  if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}` };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
}
