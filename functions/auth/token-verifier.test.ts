import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { demoUsers } from '../local/demo-users';
import { createDevIssuer } from '../local/dev-issuer';
import { createTokenVerifier, InvalidTokenError } from './token-verifier';

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

  it("verifies against a remote key set (Cognito's, on AWS), fetched once on the first token", async () => {
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
      const verify = createTokenVerifier({
        issuer: issuer.issuer,
        audience: issuer.audience,
        jwks: { url: `http://127.0.0.1:${port}/.well-known/jwks.json` },
      });
      expect(fetches).toBe(0);
      await expect(verify(await issuer.sign(sme))).resolves.toMatchObject({ sub: sme.sub });
      await expect(verify(await issuer.sign(sme))).resolves.toMatchObject({ sub: sme.sub });
      expect(fetches).toBe(1); // kept for the next tokens
    } finally {
      server.close();
    }
  });

  it('refuses a key set address that is not a URL when the function starts', () => {
    expect(() => createTokenVerifier({ issuer: 'x', audience: 'y', jwks: { url: 'not a url' } })).toThrow();
  });
});
