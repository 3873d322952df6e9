/** Exchanges email + password for an ID token: the local dev issuer, or Cognito's USER_PASSWORD_AUTH on AWS. */
import type { WebConfig } from '../config/web-config';
import { ApiRequestError, readErrorBody } from './api-error';

export async function signIn(config: WebConfig, email: string, password: string): Promise<string> {
  const { auth } = config;
  if (auth.kind === 'dev') {
    const response = await fetch(auth.signInUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw await readErrorBody(response);
    return ((await response.json()) as { idToken: string }).idToken;
  }
  const response = await fetch(`https://cognito-idp.${auth.region}.amazonaws.com/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: auth.userPoolClientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  });
  const body = (await response.json()) as { AuthenticationResult?: { IdToken?: string }; message?: string };
  const token = body.AuthenticationResult?.IdToken;
  if (!response.ok || !token) {
    throw new ApiRequestError(response.status, {
      code: 'invalid_credentials',
      message: body.message ?? 'Sign-in failed.',
    });
  }
  return token;
}
