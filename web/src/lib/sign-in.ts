/**
 * Exchanges email + password for an ID token: the local dev issuer, or Cognito's USER_PASSWORD_AUTH on
 * AWS. Either may first ask a user an administrator created to choose a new password
 * (NEW_PASSWORD_REQUIRED), answered with `chooseNewPassword`.
 */
import type { WebConfig } from '../config/web-config';
import { ApiRequestError, readErrorBody } from './api-error';
import { codeOfCognitoError, codeOfNotAuthorized } from './cognito-errors';
import { fetchOrNoAnswer, jsonOrNoAnswer } from './no-answer';

export type SignInStep =
  | { kind: 'signed-in'; idToken: string; refreshToken?: string }
  | { kind: 'new-password'; session: string };

export type CognitoConfig = Extract<WebConfig['auth'], { kind: 'cognito' }>;

interface CognitoAnswer {
  AuthenticationResult?: { IdToken?: string; RefreshToken?: string };
  ChallengeName?: string;
  Session?: string;
  __type?: string;
  message?: string;
}

/** One call to Cognito's user pool API (what the Amplify libraries do, without their weight). */
export async function cognitoRequest<T>(
  auth: CognitoConfig,
  action: string,
  body: unknown,
): Promise<{ response: Response; answer: T }> {
  const response = await fetchOrNoAnswer(`https://cognito-idp.${auth.region}.amazonaws.com/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${action}`,
    },
    body: JSON.stringify(body),
  });
  return { response, answer: (await jsonOrNoAnswer(response)) as T };
}

async function callCognito(
  auth: CognitoConfig,
  action: string,
  body: unknown,
  /** What NotAuthorizedException means for this step. */
  notAuthorized = 'invalid_credentials',
): Promise<SignInStep> {
  const { response, answer } = await cognitoRequest<CognitoAnswer>(auth, action, body);
  const token = answer.AuthenticationResult?.IdToken;
  const refreshToken = answer.AuthenticationResult?.RefreshToken;
  if (response.ok && token)
    return { kind: 'signed-in', idToken: token, ...(refreshToken ? { refreshToken } : {}) };
  if (response.ok && answer.ChallengeName === 'NEW_PASSWORD_REQUIRED' && answer.Session) {
    return { kind: 'new-password', session: answer.Session };
  }
  // A challenge this app does not answer (a second factor, say) comes as a success without a token.
  const refused = codeOfCognitoError(answer.__type, 'sign_in_failed');
  const code =
    response.ok && answer.ChallengeName
      ? 'unsupported_step'
      : refused === 'invalid_credentials'
        ? codeOfNotAuthorized(answer.message, notAuthorized)
        : refused;
  throw new ApiRequestError(response.status, {
    code,
    message:
      answer.message ??
      (answer.ChallengeName
        ? `This account needs a sign-in step the web app does not offer yet (${answer.ChallengeName}).`
        : 'Sign-in failed.'),
  });
}

async function callDevIssuer(url: string, body: unknown): Promise<SignInStep> {
  const response = await fetchOrNoAnswer(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await readErrorBody(response);
  const answer = (await jsonOrNoAnswer(response)) as {
    idToken?: string;
    refreshToken?: string;
    session?: string;
  };
  return answer.idToken
    ? {
        kind: 'signed-in',
        idToken: answer.idToken,
        ...(answer.refreshToken ? { refreshToken: answer.refreshToken } : {}),
      }
    : { kind: 'new-password', session: answer.session ?? '' };
}

export function signIn(config: WebConfig, email: string, password: string): Promise<SignInStep> {
  const { auth } = config;
  if (auth.kind === 'dev') return callDevIssuer(`${auth.url}/sign-in`, { email, password });
  return callCognito(auth, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: auth.userPoolClientId,
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });
}

export function chooseNewPassword(
  config: WebConfig,
  email: string,
  session: string,
  newPassword: string,
): Promise<SignInStep> {
  const { auth } = config;
  if (auth.kind === 'dev') {
    return callDevIssuer(`${auth.url}/challenge`, {
      challenge: 'NEW_PASSWORD_REQUIRED',
      session,
      newPassword,
    });
  }
  return callCognito(
    auth,
    'RespondToAuthChallenge',
    {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ClientId: auth.userPoolClientId,
      Session: session,
      ChallengeResponses: { USERNAME: email, NEW_PASSWORD: newPassword },
    },
    'sign_in_expired',
  );
}

/**
 * A new ID token for the refresh token of a sign-in (Cognito's REFRESH_TOKEN_AUTH, or the dev issuer's
 * /refresh), so a session renews before its ID token expires without asking for the password again.
 */
export async function renewIdToken(config: WebConfig, refreshToken: string): Promise<string> {
  const { auth } = config;
  const step =
    auth.kind === 'dev'
      ? await callDevIssuer(`${auth.url}/refresh`, { refreshToken })
      : await callCognito(
          auth,
          'InitiateAuth',
          {
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            ClientId: auth.userPoolClientId,
            AuthParameters: { REFRESH_TOKEN: refreshToken },
          },
          'sign_in_expired',
        );
  if (step.kind !== 'signed-in')
    throw new Error('The sign-in service asked for a step a renewal cannot take.');
  return step.idToken;
}
