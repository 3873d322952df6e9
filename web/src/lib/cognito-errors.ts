/**
 * Cognito's refusals (`__type` in its JSON answer) as the codes the local sign-in answers with, so the
 * web app words both in the reader's language (auth.errors.*) instead of showing Cognito's English.
 */
const CODE_OF_TYPE = new Map<string, string>([
  ['NotAuthorizedException', 'invalid_credentials'],
  ['UserNotFoundException', 'invalid_credentials'],
  ['UserNotConfirmedException', 'not_confirmed'],
  ['UsernameExistsException', 'account_exists'],
  ['CodeMismatchException', 'invalid_code'],
  ['ExpiredCodeException', 'invalid_code'],
  ['InvalidPasswordException', 'invalid_password'],
  ['TooManyRequestsException', 'too_many_attempts'],
  ['TooManyFailedAttemptsException', 'too_many_attempts'],
  ['LimitExceededException', 'too_many_attempts'],
  ['PasswordResetRequiredException', 'password_reset_required'],
]);

/** Cognito's `__type` may carry a namespace prefix (`…#NotAuthorizedException`). */
export function codeOfCognitoError(type: string | undefined, fallback: string): string {
  const name = type?.split('#').pop() ?? '';
  return CODE_OF_TYPE.get(name) ?? fallback;
}
