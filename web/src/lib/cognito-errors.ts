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

/**
 * ConfirmSignUp answers NotAuthorizedException both for an account confirmed already (a second click,
 * the code typed in another tab: ready to sign in) and for one an administrator disabled. Only its
 * message tells them apart; Cognito has worded the first two ways over the years.
 */
const ALREADY_CONFIRMED = /current status is CONFIRMED|status is not UNCONFIRMED/i;

export function codeOfConfirmRefusal(message: string | undefined): string {
  return message !== undefined && ALREADY_CONFIRMED.test(message) ? 'already_confirmed' : 'sign_up_failed';
}
