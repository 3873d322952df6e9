/**
 * The local user directory behind both local sign-in doors (the dev endpoints and the Cognito stub):
 * demo users, SME self sign-up with an emailed code (kept in a mailbox and printed in the server log),
 * and the NEW_PASSWORD_REQUIRED challenge for users an administrator created. Accounts made or changed
 * here live in memory: a restart brings back the demo users.
 */
import { randomInt, randomUUID } from 'node:crypto';
import * as z from 'zod';
import { brokenPasswordRules, PASSWORD_RULE_MESSAGES } from '../../shared/auth/password-policy';
import { DEMO_PASSWORD, type DemoUser } from './demo-users';
import type { DevIssuer } from './dev-issuer';

/** The user pool's password policy, so local runs refuse what AWS refuses (first broken rule first). */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const [broken] = brokenPasswordRules(password);
  if (broken) ctx.addIssue({ code: 'custom', message: PASSWORD_RULE_MESSAGES[broken] });
});

const CHALLENGE_TTL_MS = 3 * 60_000;
/** Cognito's default refresh token validity. */
const REFRESH_TTL_MS = 30 * 24 * 60 * 60_000;

/** Why a step was refused, named as Cognito names it, with the message a person reads. */
export class AccountError extends Error {
  constructor(
    readonly kind:
      | 'NotAuthorizedException'
      | 'SessionExpired'
      | 'AlreadyConfirmed'
      | 'UserNotConfirmedException'
      | 'UsernameExistsException'
      | 'CodeMismatchException'
      | 'InvalidPasswordException',
    message: string,
  ) {
    super(message);
  }
}

/** Tokens of a finished sign-in: the ID token the API reads, and the refresh token that renews it. */
export interface SignedIn {
  idToken: string;
  refreshToken: string;
}

export type SignInOutcome = SignedIn | { challenge: 'NEW_PASSWORD_REQUIRED'; session: string };

interface Account {
  user: DemoUser;
  password: string;
  mustChoosePassword: boolean;
  /** Set until the emailed code is confirmed (self sign-up). */
  pendingCode?: string;
}

export type DevAccounts = ReturnType<typeof createDevAccounts>;

/** A new six-digit code, "emailed": printed in the server log, and kept for the local mailbox. */
function newCode(email: string): string {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  console.log(`Dev mailbox: the confirmation code for ${email} is ${code}`);
  return code;
}

export function createDevAccounts(issuer: DevIssuer, users: readonly DemoUser[]) {
  const accounts = new Map<string, Account>(
    users.map((user) => [
      user.email,
      { user, password: DEMO_PASSWORD, mustChoosePassword: user.mustChoosePassword === true },
    ]),
  );
  const openChallenges = new Map<string, { account: Account; expiresAt: number }>();
  const refreshTokens = new Map<string, { account: Account; expiresAt: number }>();

  /** An ID token and a refresh token for a signed-in account (random, kept here until they expire). */
  const signedIn = async (account: Account): Promise<SignedIn> => {
    const refreshToken = randomUUID();
    refreshTokens.set(refreshToken, { account, expiresAt: Date.now() + REFRESH_TTL_MS });
    return { idToken: await issuer.sign(account.user), refreshToken };
  };

  return {
    async signIn(email: string, password: string): Promise<SignInOutcome> {
      const account = accounts.get(email);
      if (!account || password !== account.password) {
        throw new AccountError('NotAuthorizedException', 'Email or password is wrong.');
      }
      if (account.pendingCode) {
        throw new AccountError(
          'UserNotConfirmedException',
          'Confirm your email with the code we sent first.',
        );
      }
      if (account.mustChoosePassword) {
        const session = randomUUID();
        openChallenges.set(session, { account, expiresAt: Date.now() + CHALLENGE_TTL_MS });
        return { challenge: 'NEW_PASSWORD_REQUIRED', session };
      }
      return signedIn(account);
    },

    /**
     * A new ID token for the refresh token of an earlier sign-in (Cognito's REFRESH_TOKEN_AUTH): the same
     * user with a fresh expiry; the refresh token stays valid and is not sent again, as on Cognito.
     */
    async refresh(refreshToken: string): Promise<{ idToken: string }> {
      const held = refreshTokens.get(refreshToken);
      if (!held || held.expiresAt < Date.now()) {
        refreshTokens.delete(refreshToken);
        throw new AccountError('NotAuthorizedException', 'Invalid Refresh Token');
      }
      return { idToken: await issuer.sign(held.account.user) };
    },

    async answerNewPassword(session: string, newPassword: string): Promise<SignedIn> {
      const open = openChallenges.get(session);
      openChallenges.delete(session);
      if (!open || open.expiresAt < Date.now()) {
        throw new AccountError('SessionExpired', 'The sign-in has expired: sign in again.');
      }
      open.account.password = newPassword;
      open.account.mustChoosePassword = false;
      return signedIn(open.account);
    },

    signUp(email: string, password: string): void {
      if (accounts.has(email)) {
        throw new AccountError('UsernameExistsException', 'This email already has an account.');
      }
      // Like a self sign-up on Cognito: an SME with no organisation claim (the API uses `user-<sub>`).
      const user: DemoUser = { sub: randomUUID(), email, name: email, role: 'sme', orgId: '', orgName: '' };
      const pendingCode = newCode(email);
      accounts.set(email, { user, password, mustChoosePassword: false, pendingCode });
    },

    /**
     * Sends a new code to an account not confirmed yet (Cognito's ResendConfirmationCode); the earlier
     * code stops working. An unknown email is answered the same way with nothing sent, as Cognito does
     * when the pool hides which emails have accounts.
     */
    resendCode(email: string): void {
      const account = accounts.get(email);
      if (account && !account.pendingCode) {
        throw new AccountError('AlreadyConfirmed', 'This email is already confirmed: sign in with it.');
      }
      if (account) account.pendingCode = newCode(email);
    },

    confirm(email: string, code: string): void {
      const account = accounts.get(email);
      // A code sent again after the account was confirmed (in another tab, or a second click).
      if (account && !account.pendingCode) {
        throw new AccountError('AlreadyConfirmed', 'This email is already confirmed: sign in with it.');
      }
      if (!account?.pendingCode || account.pendingCode !== code) {
        throw new AccountError('CodeMismatchException', 'The code is not the one we sent to this email.');
      }
      account.pendingCode = undefined;
    },

    /** The code waiting for this email, as the local mailbox shows it. */
    pendingCode(email: string): string | undefined {
      return accounts.get(email)?.pendingCode;
    },
  };
}
