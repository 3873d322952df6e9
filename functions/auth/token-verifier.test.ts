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
});
