/**
 * An SME creates its own account: sign up with email + password, then confirm the email with the code
 * it received (or a new one, sent again). On AWS this is Cognito's SignUp / ConfirmSignUp /
 * ResendConfirmationCode (the post-confirmation trigger puts the user in the sme group); locally the dev
 * issuer does the same and keeps the code in its mailbox.
 */
import type { WebConfig } from '../../../config/web-config';
import { ApiRequestError, readErrorBody } from '../../../lib/api-error';
import { codeOfCognitoError, codeOfConfirmRefusal } from '../../../lib/cognito-errors';
import { fetchOrNoAnswer } from '../../../lib/no-answer';
import { cognitoRequest } from '../../../lib/sign-in';

async function postToDevIssuer(url: string, body: unknown): Promise<void> {
  const response = await fetchOrNoAnswer(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await readErrorBody(response);
}

async function callCognito(
  config: WebConfig,
  action: string,
  body: Record<string, unknown>,
  /**
   * What NotAuthorizedException, with its message, means for this step. Signing up has no password to
   * get wrong: there it is the pool refusing sign-ups (closed to the public, or our client misconfigured).
   */
  notAuthorized: (message: string | undefined) => string = () => 'sign_up_unavailable',
): Promise<void> {
  if (config.auth.kind !== 'cognito') return;
  const { response, answer } = await cognitoRequest<{ __type?: string; message?: string }>(
    config.auth,
    action,
    {
      ClientId: config.auth.userPoolClientId,
      ...body,
    },
  );
  if (!response.ok) {
    const code = answer.__type?.endsWith('NotAuthorizedException')
      ? notAuthorized(answer.message)
      : codeOfCognitoError(answer.__type, 'sign_up_failed', answer.message);
    throw new ApiRequestError(response.status, {
      code,
      message: answer.message ?? 'Sign-up failed.',
    });
  }
}

export function signUp(config: WebConfig, email: string, password: string): Promise<void> {
  if (config.auth.kind === 'dev') return postToDevIssuer(`${config.auth.url}/sign-up`, { email, password });
  return callCognito(config, 'SignUp', {
    Username: email,
    Password: password,
    UserAttributes: [{ Name: 'email', Value: email }],
  });
}

export function confirmSignUp(config: WebConfig, email: string, code: string): Promise<void> {
  if (config.auth.kind === 'dev') return postToDevIssuer(`${config.auth.url}/confirm`, { email, code });
  return callCognito(
    config,
    'ConfirmSignUp',
    { Username: email, ConfirmationCode: code },
    codeOfConfirmRefusal,
  );
}

/** Sends a new code to an account not confirmed yet; the earlier one stops working. */
export function resendCode(config: WebConfig, email: string): Promise<void> {
  if (config.auth.kind === 'dev') return postToDevIssuer(`${config.auth.url}/resend`, { email });
  return callCognito(config, 'ResendConfirmationCode', { Username: email });
}
