import { describe, expect, it } from 'vitest';
import { codeOfCognitoError, codeOfConfirmRefusal } from './cognito-errors';

describe('codeOfCognitoError', () => {
  it('reads a namespaced type as its name', () => {
    expect(codeOfCognitoError('com.amazonaws#CodeMismatchException', 'x')).toBe('invalid_code');
  });

  it('falls back for a type it does not know', () => {
    expect(codeOfCognitoError('InternalErrorException', 'sign_up_failed')).toBe('sign_up_failed');
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

  it('does not read a disabled account, or no message, as confirmed', () => {
    expect(codeOfConfirmRefusal('User is disabled.')).toBe('sign_up_failed');
    expect(codeOfConfirmRefusal(undefined)).toBe('sign_up_failed');
  });
});
