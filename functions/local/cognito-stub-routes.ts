/**
 * A stand-in for Cognito's user pool API (the JSON protocol behind `cognito-idp.<region>.amazonaws.com`)
 * over the local accounts, for the actions the web app calls: InitiateAuth (USER_PASSWORD_AUTH, and
 * REFRESH_TOKEN_AUTH to renew an ID token before it expires), RespondToAuthChallenge (NEW_PASSWORD_REQUIRED), SignUp,
 * ConfirmSignUp and ResendConfirmationCode. Browser tests route the
 * region's Cognito endpoint here, so sign-in runs the web app's Cognito path under the deployed CSP.
 */
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import { AccountError, type DevAccounts, newPasswordSchema } from './dev-accounts';

/** The region and app client the local "deployed" configuration names (any valid region would do). */
export const STUB_COGNITO = { region: 'eu-south-1', userPoolClientId: 'grantfit-local-web' } as const;

const username = z
  .string()
  .min(1)
  .transform((email) => email.toLowerCase());
const clientId = z.literal(STUB_COGNITO.userPoolClientId);

const actions = {
  InitiateAuth: z.discriminatedUnion('AuthFlow', [
    z.object({
      AuthFlow: z.literal('USER_PASSWORD_AUTH'),
      ClientId: clientId,
      AuthParameters: z.object({ USERNAME: username, PASSWORD: z.string().min(1) }),
    }),
    // Cognito takes both names for the refresh flow.
    z.object({
      AuthFlow: z.enum(['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']),
      ClientId: clientId,
      AuthParameters: z.object({ REFRESH_TOKEN: z.string().min(1) }),
    }),
  ]),
  RespondToAuthChallenge: z.object({
    ChallengeName: z.literal('NEW_PASSWORD_REQUIRED'),
    ClientId: clientId,
    Session: z.string().min(1),
    ChallengeResponses: z.object({ USERNAME: username, NEW_PASSWORD: z.string() }),
  }),
  SignUp: z.object({ ClientId: clientId, Username: username, Password: z.string() }),
  ConfirmSignUp: z.object({ ClientId: clientId, Username: username, ConfirmationCode: z.string() }),
  ResendConfirmationCode: z.object({ ClientId: clientId, Username: username }),
};
type Action = keyof typeof actions;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'content-type, x-amz-target, x-amz-user-agent',
  'Access-Control-Allow-Methods': 'POST',
};

/** Cognito's answer to a finished sign-in; a refresh answers without a new refresh token, as Cognito does. */
function tokens(idToken: string, refreshToken?: string) {
  const { exp = 0, iat = 0 } = JSON.parse(
    Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { exp?: number; iat?: number };
  return {
    AuthenticationResult: {
      IdToken: idToken,
      ...(refreshToken ? { RefreshToken: refreshToken } : {}),
      ExpiresIn: exp - iat,
      TokenType: 'Bearer',
    },
  };
}

function checkedPassword(password: string): string {
  const result = newPasswordSchema.safeParse(password);
  if (!result.success) {
    const reason = result.error.issues.map((issue) => issue.message).join(', ');
    throw new AccountError('InvalidPasswordException', `Password does not conform to policy: ${reason}`);
  }
  return password;
}

async function perform(accounts: DevAccounts, action: Action, body: unknown): Promise<unknown> {
  switch (action) {
    case 'InitiateAuth': {
      const input = actions.InitiateAuth.parse(body);
      if (input.AuthFlow !== 'USER_PASSWORD_AUTH') {
        return tokens((await accounts.refresh(input.AuthParameters.REFRESH_TOKEN)).idToken);
      }
      const p = input.AuthParameters;
      const outcome = await accounts.signIn(p.USERNAME, p.PASSWORD);
      if ('idToken' in outcome) return tokens(outcome.idToken, outcome.refreshToken);
      return { ChallengeName: outcome.challenge, Session: outcome.session, ChallengeParameters: {} };
    }
    case 'RespondToAuthChallenge': {
      const input = actions.RespondToAuthChallenge.parse(body);
      const password = checkedPassword(input.ChallengeResponses.NEW_PASSWORD);
      const answer = await accounts.answerNewPassword(input.Session, password);
      return tokens(answer.idToken, answer.refreshToken);
    }
    case 'SignUp': {
      const input = actions.SignUp.parse(body);
      accounts.signUp(input.Username, checkedPassword(input.Password));
      return {
        UserConfirmed: false,
        CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', AttributeName: 'email', Destination: input.Username },
      };
    }
    case 'ConfirmSignUp': {
      const input = actions.ConfirmSignUp.parse(body);
      accounts.confirm(input.Username, input.ConfirmationCode);
      return {};
    }
    case 'ResendConfirmationCode': {
      const input = actions.ResendConfirmationCode.parse(body);
      accounts.resendCode(input.Username);
      return {
        CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', AttributeName: 'email', Destination: input.Username },
      };
    }
  }
}

export function cognitoStubRoutes(accounts: DevAccounts) {
  return new Hono()
    .options('/', (c) => c.body(null, 204, CORS))
    .post('/', async (c) => {
      const target = c.req.header('x-amz-target') ?? '';
      const action = target.replace(/^AWSCognitoIdentityProviderService\./, '');
      const fail = (type: string, message: string) =>
        c.json({ __type: type, message }, 400, { ...CORS, 'Content-Type': 'application/x-amz-json-1.1' });
      if (!Object.hasOwn(actions, action)) return fail('UnknownOperationException', `No action ${target}.`);
      try {
        const body: unknown = JSON.parse(await c.req.text());
        const answer = await perform(accounts, action as Action, body);
        return c.json(answer as object, 200, { ...CORS, 'Content-Type': 'application/x-amz-json-1.1' });
      } catch (error) {
        // Cognito says NotAuthorizedException for an expired challenge session, and for confirming an
        // account already confirmed ("User cannot be confirmed. Current status is CONFIRMED"); sending a
        // new code to one is an InvalidParameterException.
        if (error instanceof AccountError && error.kind === 'AlreadyConfirmed')
          return action === 'ResendConfirmationCode'
            ? fail('InvalidParameterException', 'User is already confirmed.')
            : fail('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
        if (error instanceof AccountError)
          return fail(error.kind === 'SessionExpired' ? 'NotAuthorizedException' : error.kind, error.message);
        if (error instanceof z.ZodError || error instanceof SyntaxError)
          return fail('InvalidParameterException', `Invalid request for ${action}.`);
        throw error;
      }
    });
}
