import { describe, expect, it } from 'vitest';
import { codeOfCognitoError, codeOfConfirmRefusal, codeOfNotAuthorized } from './cognito-errors';

describe('codeOfCognitoError', () => {
  it('reads a namespaced type as its name', () => {
    expect(codeOfCognitoError('com.amazonaws#CodeMismatchException', 'x')).toBe('invalid_code');
  });

  it('falls back for a type it does not know', () => {
    expect(codeOfCognitoError('InternalErrorException', 'sign_up_failed')).toBe('sign_up_failed');
  });

  it('reads a new code asked for a confirmed account as confirmed already, and no other bad parameter', () => {
    const type = 'InvalidParameterException';
    expect(codeOfCognitoError(type, 'sign_up_failed', 'User is already confirmed.')).toBe(
      'already_confirmed',
    );
    expect(codeOfCognitoError(type, 'sign_up_failed', 'Invalid email address format.')).toBe(
      'sign_up_failed',
    );
    expect(codeOfCognitoError(type, 'sign_up_failed')).toBe('sign_up_failed');
  });
});

describe('codeOfNotAuthorized', () => {
  it('reads a disabled account as disabled, and anything else as the step says', () => {
    expect(codeOfNotAuthorized('User is disabled.', 'invalid_credentials')).toBe('account_disabled');
    expect(codeOfNotAuthorized('Incorrect username or password.', 'invalid_credentials')).toBe(
      'invalid_credentials',
    );
    expect(codeOfNotAuthorized(undefined, 'sign_in_expired')).toBe('sign_in_expired');
  });
});

describe('codeOfConfirmRefusal', () => {
  it("reads Cognito's two wordings of an account confirmed already", () => {
    expect(codeOfConfirmRefusal('User cannot be confirmed. Current status is CONFIRMED')).toBe(
      'already_confirmed',
    );
    expect(codeOfConfirmRefusal('User cannot confirm because user status is not UNCONFIRMED.')).toBe(
      'already_confirmed',
    );
  });

  it('reads no other status, a disabled account or no message as confirmed', () => {
    expect(codeOfConfirmRefusal('User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD')).toBe(
      'sign_up_unavailable',
    );
    expect(codeOfConfirmRefusal('User cannot be confirmed. Current status is UNCONFIRMED')).toBe(
      'sign_up_unavailable',
    );
    expect(codeOfConfirmRefusal('User is disabled.')).toBe('account_disabled');
    expect(codeOfConfirmRefusal(undefined)).toBe('sign_up_unavailable');
  });
});
