import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as jose from 'jose';
import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { demoUsers } from '../local/demo-users';
import { createDevIssuer } from '../local/dev-issuer';
import { createTokenVerifier, InvalidTokenError } from './token-verifier';

// The real jose, with its remote key set watched: when it is made is part of the function's cold start.
vi.mock('jose', async (importOriginal) => {
  const actual = await importOriginal<typeof import('jose')>();
  return { ...actual, createRemoteJWKSet: vi.fn(actual.createRemoteJWKSet) };
});

const sme = demoUsers.find((u) => u.role === 'sme');
if (!sme) throw new Error('demo SME missing');

describe('createTokenVerifier', () => {
  it('accepts a token from the configured issuer and reads roles and organisation from its claims', async () => {
    const issuer = await createDevIssuer();
    const verify = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks: { keys: issuer.jwks },
    });
    await expect(verify(await issuer.sign(sme))).resolves.toEqual({
      sub: sme.sub,
      email: sme.email,
      roles: ['sme'],
      orgId: sme.orgId,
    });
  });

  it('refuses another audience or issuer', async () => {
    const issuer = await createDevIssuer();
    const token = await issuer.sign(sme);
    const wrongAudience = createTokenVerifier({
      issuer: issuer.issuer,
      audience: 'other',
      jwks: { keys: issuer.jwks },
    });
    const wrongIssuer = createTokenVerifier({
      issuer: 'urn:other',
      audience: issuer.audience,
      jwks: { keys: issuer.jwks },
    });
    await expect(wrongAudience(token)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(wrongIssuer(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a symmetric algorithm even with the right claims (algorithm pinned to RS256)', async () => {
    const issuer = await createDevIssuer();
    const verify = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks: { keys: issuer.jwks },
    });
    const forged = await new SignJWT({ 'cognito:groups': ['association'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('attacker')
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-guessed-secret-of-32-bytes-len'));
    await expect(verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('ignores groups that are not GrantFit roles', async () => {
    const issuer = await createDevIssuer();
    const verify = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks: { keys: issuer.jwks },
    });
    const user = await verify(await issuer.sign({ ...sme, role: 'admin' as never }));
    expect(user.roles).toEqual([]);
  });

  it("verifies against a remote key set (Cognito's, on AWS), made and fetched once, on the first token", async () => {
    const issuer = await createDevIssuer();
    let fetches = 0;
    const server = createServer((_req, res) => {
      fetches += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(issuer.jwks));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const made = vi.mocked(jose.createRemoteJWKSet);
      made.mockClear();
      const verify = createTokenVerifier({
        issuer: issuer.issuer,
        audience: issuer.audience,
        jwks: { url: `http://127.0.0.1:${port}/.well-known/jwks.json` },
      });
      expect(made).not.toHaveBeenCalled(); // not while the function starts
      const token = await issuer.sign(sme);
      // Two first requests at once share one key set and one download.
      const users = await Promise.all([verify(token), verify(token)]);
      expect(users.map((u) => u.sub)).toEqual([sme.sub, sme.sub]);
      await expect(verify(await issuer.sign(sme))).resolves.toMatchObject({ sub: sme.sub });
      expect(made).toHaveBeenCalledTimes(1);
      expect(fetches).toBe(1);
    } finally {
      server.close();
    }
  });

  it('refuses every token, as invalid, while the remote key set cannot be fetched', async () => {
    const issuer = await createDevIssuer();
    const server = createServer((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const verify = createTokenVerifier({
        issuer: issuer.issuer,
        audience: issuer.audience,
        jwks: { url: `http://127.0.0.1:${port}/.well-known/jwks.json` },
      });
      await expect(verify(await issuer.sign(sme))).rejects.toBeInstanceOf(InvalidTokenError);
    } finally {
      server.close();
    }
  });

  it('refuses a key set address that is not a URL when the function starts', () => {
    expect(() => createTokenVerifier({ issuer: 'x', audience: 'y', jwks: { url: 'not a url' } })).toThrow();
  });
});
