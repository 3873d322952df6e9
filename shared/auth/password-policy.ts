/**
 * The user pool's password policy (infra/lib/user-directory.ts: 12 characters, lower and upper case, a
 * digit, a symbol) as rules the browser checks before Cognito does, so a person reads which rule a
 * password misses in their own language, and the local stand-ins refuse what AWS refuses.
 */
export const PASSWORD_RULES = {
  length: (password: string) => password.length >= 12,
  lower: (password: string) => /[a-z]/.test(password),
  upper: (password: string) => /[A-Z]/.test(password),
  digit: (password: string) => /\d/.test(password),
  symbol: (password: string) => /[^A-Za-z0-9]/.test(password),
} as const;

export type PasswordRule = keyof typeof PASSWORD_RULES;

/** The rules a password breaks, in the order above (empty when it is acceptable). */
export function brokenPasswordRules(password: string): PasswordRule[] {
  return (Object.keys(PASSWORD_RULES) as PasswordRule[]).filter((rule) => !PASSWORD_RULES[rule](password));
}

/** English wording, for the local stand-ins' API answers. */
export const PASSWORD_RULE_MESSAGES: Record<PasswordRule, string> = {
  length: 'must have at least 12 characters',
  lower: 'must contain a lower-case letter',
  upper: 'must contain an upper-case letter',
  digit: 'must contain a digit',
  symbol: 'must contain a symbol',
};
