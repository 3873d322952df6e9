import { describe, expect, it } from 'vitest';
import { cognitoStubRoutes, STUB_COGNITO } from './cognito-stub-routes';
import { DEMO_PASSWORD, demoUsers } from './demo-users';
import { createDevAccounts } from './dev-accounts';
import { createDevIssuer } from './dev-issuer';

const issuer = await createDevIssuer();
const app = cognitoStubRoutes(createDevAccounts(issuer, demoUsers));

async function call(action: string, body: unknown) {
  const response = await app.request('/', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${action}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const signIn = (email: string, password: string) =>
  call('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: STUB_COGNITO.userPoolClientId,
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });

/** Sends one action to a stand-in over these accounts; answers the status and the JSON body. */
const actionSender = (accounts: ReturnType<typeof createDevAccounts>) => {
  const stub = cognitoStubRoutes(accounts);
  return async (action: string, body: unknown) => {
    const response = await stub.request('/', {
      method: 'POST',
      headers: { 'x-amz-target': `AWSCognitoIdentityProviderService.${action}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
};

describe('the Cognito stand-in speaks Cognito’s protocol', () => {
  it('answers a good USER_PASSWORD_AUTH with an ID token the API verifies', async () => {
    const { status, body } = await signIn('marco@bottega-rossi.example', DEMO_PASSWORD);
    expect(status).toBe(200);
    const token = (body.AuthenticationResult as { IdToken: string }).IdToken;
    expect(token.split('.')).toHaveLength(3);
  });

  it('refuses as Cognito does: wrong password, unknown action, bad client, weak new password', async () => {
    expect((await signIn('marco@bottega-rossi.example', 'wrong')).body.__type).toBe('NotAuthorizedException');
    for (const target of ['DeleteUser', '__proto__', 'constructor']) {
      const { status, body } = await call(target, {});
      expect(status).toBe(400);
      expect(body.__type).toBe('UnknownOperationException');
    }
    const badClient = await call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'someone-else',
      AuthParameters: { USERNAME: 'marco@bottega-rossi.example', PASSWORD: DEMO_PASSWORD },
    });
    expect(badClient.body.__type).toBe('InvalidParameterException');
    const weak = await call('SignUp', {
      ClientId: STUB_COGNITO.userPoolClientId,
      Username: 'new@sme.example',
      Password: 'short',
    });
    expect(weak.body.__type).toBe('InvalidPasswordException');
  });

  it('asks an invited user for a new password, then signs them in', async () => {
    const first = await signIn('paolo@associazione.example', DEMO_PASSWORD);
    expect(first.body.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const answer = await call('RespondToAuthChallenge', {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ClientId: STUB_COGNITO.userPoolClientId,
      Session: first.body.Session,
      ChallengeResponses: { USERNAME: 'paolo@associazione.example', NEW_PASSWORD: 'Paolo-Grants-2026' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.AuthenticationResult).toBeDefined();
  });

  it('renews an ID token with REFRESH_TOKEN_AUTH and the refresh token of the sign-in, and refuses an unknown one', async () => {
    const { body } = await signIn('marco@bottega-rossi.example', DEMO_PASSWORD);
    const first = body.AuthenticationResult as { RefreshToken: string; ExpiresIn: number };
    expect(first.RefreshToken).toEqual(expect.any(String));
    expect(first.ExpiresIn).toBeGreaterThan(0);
    const renewed = await call('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: STUB_COGNITO.userPoolClientId,
      AuthParameters: { REFRESH_TOKEN: first.RefreshToken },
    });
    expect(renewed.status).toBe(200);
    const result = renewed.body.AuthenticationResult as Record<string, unknown>;
    expect(String(result.IdToken).split('.')).toHaveLength(3);
    expect(result.RefreshToken).toBeUndefined();
    const unknown = await call('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: STUB_COGNITO.userPoolClientId,
      AuthParameters: { REFRESH_TOKEN: 'not-a-token' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.__type).toBe('NotAuthorizedException');
  });

  it('refuses a second confirmation as Cognito does: NotAuthorizedException, status CONFIRMED', async () => {
    const accounts = createDevAccounts(issuer, demoUsers);
    const send = actionSender(accounts);
    const Username = 'twice@new-sme.example';
    const ClientId = STUB_COGNITO.userPoolClientId;
    await send('SignUp', { ClientId, Username, Password: 'Nuova-Impresa-2026' });
    const ConfirmationCode = accounts.pendingCode(Username);
    expect((await send('ConfirmSignUp', { ClientId, Username, ConfirmationCode })).status).toBe(200);
    const again = await send('ConfirmSignUp', { ClientId, Username, ConfirmationCode });
    expect(again).toEqual({
      status: 400,
      body: {
        __type: 'NotAuthorizedException',
        message: 'User cannot be confirmed. Current status is CONFIRMED',
      },
    });
    // A new code for it is refused the way Cognito refuses it.
    expect(await send('ResendConfirmationCode', { ClientId, Username })).toEqual({
      status: 400,
      body: { __type: 'InvalidParameterException', message: 'User is already confirmed.' },
    });
  });

  it('sends a new code to an account not confirmed yet, as ResendConfirmationCode does', async () => {
    const accounts = createDevAccounts(issuer, demoUsers);
    const send = actionSender(accounts);
    const Username = 'resend@new-sme.example';
    const ClientId = STUB_COGNITO.userPoolClientId;
    await send('SignUp', { ClientId, Username, Password: 'Nuova-Impresa-2026' });
    const resent = await send('ResendConfirmationCode', { ClientId, Username });
    expect(resent.status).toBe(200);
    expect(resent.body.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', Destination: Username });
    const ConfirmationCode = accounts.pendingCode(Username);
    expect((await send('ConfirmSignUp', { ClientId, Username, ConfirmationCode })).status).toBe(200);
  });
});
