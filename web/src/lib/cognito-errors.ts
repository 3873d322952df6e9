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

/** A new code asked for an account confirmed already: InvalidParameterException, "User is already confirmed." */
const NEW_CODE_FOR_CONFIRMED = /already confirmed/i;

/**
 * Cognito's `__type` may carry a namespace prefix (`…#NotAuthorizedException`). InvalidParameterException
 * is one refusal a person can act on when its message says the account is confirmed already (sign in).
 */
export function codeOfCognitoError(type: string | undefined, fallback: string, message?: string): string {
  const name = type?.split('#').pop() ?? '';
  if (name === 'InvalidParameterException' && message !== undefined && NEW_CODE_FOR_CONFIRMED.test(message))
    return 'already_confirmed';
  return CODE_OF_TYPE.get(name) ?? fallback;
}

/**
 * NotAuthorizedException is Cognito's answer to several refusals, and only its message tells them apart:
 * a wrong password (or a session past renewal), an account an administrator disabled, an account
 * confirmed already. Cognito has worded the last two ways over the years.
 */
const DISABLED = /user is disabled/i;
const ALREADY_CONFIRMED = /current status is CONFIRMED|status is not UNCONFIRMED/i;

/** A refusal to sign in or renew: `otherwise` (a wrong password, say), unless the account is disabled. */
export function codeOfNotAuthorized(message: string | undefined, otherwise: string): string {
  return message !== undefined && DISABLED.test(message) ? 'account_disabled' : otherwise;
}

/**
 * ConfirmSignUp's refusal: an account confirmed already (a second click, the code typed in another tab)
 * is ready to sign in; a disabled one is said as such; anything else is the pool refusing sign-ups.
 */
export function codeOfConfirmRefusal(message: string | undefined): string {
  if (message !== undefined && ALREADY_CONFIRMED.test(message)) return 'already_confirmed';
  return codeOfNotAuthorized(message, 'sign_up_unavailable');
}
