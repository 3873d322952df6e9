import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from './demo-users';
import { createDevAccounts } from './dev-accounts';
import { devAuthRoutes } from './dev-auth-routes';
import { createDevIssuer } from './dev-issuer';

const issuer = await createDevIssuer();
const app = devAuthRoutes(issuer, createDevAccounts(issuer, demoUsers));

const post = async (path: string, body: unknown) => {
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** Posts to the routes over these accounts; answers the status and the refusal's code. */
const sender = (accounts: ReturnType<typeof createDevAccounts>) => {
  const routes = devAuthRoutes(issuer, accounts);
  return async (path: string, body: unknown) => {
    const response = await routes.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      code: ((await response.json()) as { error?: { code: string } }).error?.code,
    };
  };
};

describe('the dev issuer renews sessions as Cognito does', () => {
  it('gives a refresh token at sign-in and a new ID token for it; an unknown one is refused', async () => {
    const signedIn = await post('/sign-in', {
      email: 'marco@bottega-rossi.example',
      password: DEMO_PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.refreshToken).toEqual(expect.any(String));
    const renewed = await post('/refresh', { refreshToken: signedIn.body.refreshToken });
    expect(renewed.status).toBe(200);
    expect(String(renewed.body.idToken).split('.')).toHaveLength(3);
    const refused = await post('/refresh', { refreshToken: 'not-a-token' });
    expect(refused.status).toBe(401);
    expect((refused.body.error as { code: string }).code).toBe('invalid_credentials');
  });

  it('says a second confirmation of the same account is already confirmed, not a wrong code', async () => {
    const accounts = createDevAccounts(issuer, demoUsers);
    const send = sender(accounts);
    const email = 'twice@new-sme.example';
    expect((await send('/sign-up', { email, password: 'Nuova-Impresa-2026' })).status).toBe(201);
    const code = accounts.pendingCode(email);
    expect((await send('/confirm', { email, code })).status).toBe(200);
    expect(await send('/confirm', { email, code })).toEqual({ status: 409, code: 'already_confirmed' });
    expect(await send('/resend', { email })).toEqual({ status: 409, code: 'already_confirmed' });
  });

  it('sends a new code to an account not confirmed yet; only the newest one confirms it', async () => {
    const accounts = createDevAccounts(issuer, demoUsers);
    const send = sender(accounts);
    const email = 'stuck@new-sme.example';
    await send('/sign-up', { email, password: 'Nuova-Impresa-2026' });
    expect(await send('/sign-in', { email, password: 'Nuova-Impresa-2026' })).toEqual({
      status: 403,
      code: 'not_confirmed',
    });
    const first = accounts.pendingCode(email);
    expect((await send('/resend', { email })).status).toBe(200);
    const second = accounts.pendingCode(email);
    expect(second).toMatch(/^\d{6}$/);
    if (first !== second) {
      expect(await send('/confirm', { email, code: first })).toEqual({ status: 400, code: 'invalid_code' });
    }
    expect((await send('/confirm', { email, code: second })).status).toBe(200);
    expect((await send('/sign-in', { email, password: 'Nuova-Impresa-2026' })).status).toBe(200);
    // An email with no account is answered the same way, with nothing sent: whether it has one stays hidden.
    expect((await send('/resend', { email: 'nobody@new-sme.example' })).status).toBe(200);
    expect(accounts.pendingCode('nobody@new-sme.example')).toBeUndefined();
  });
});
