/**
 * Runs one step of signing up or in: busy while it runs, and a failure as one sentence in the reader's
 * language — a refusal we know by its code (from the local sign-in or Cognito), else the field the
 * server named (with the label the form shows for it), else the server's message.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { brokenPasswordRules } from '../../../../../shared/auth/password-policy';
import { ApiRequestError } from '../../../lib/api-error';

const KNOWN_REFUSALS = [
  'invalid_credentials',
  'not_confirmed',
  'account_exists',
  'invalid_code',
  'invalid_password',
  'sign_in_expired',
  'too_many_attempts',
] as const;
type KnownRefusal = (typeof KNOWN_REFUSALS)[number];
const isKnownRefusal = (code: string): code is KnownRefusal =>
  (KNOWN_REFUSALS as readonly string[]).includes(code);

export function useAuthStep(fieldLabels: Record<string, string>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await step();
    } catch (caught) {
      const code = caught instanceof ApiRequestError ? caught.body.code : '';
      const field = caught instanceof ApiRequestError ? caught.body.fields?.[0] : undefined;
      if (isKnownRefusal(code)) setError(t(`auth.errors.${code}`));
      else if (field) setError(`${fieldLabels[field.path] ?? field.path}: ${field.message}`);
      else setError(caught instanceof Error ? caught.message : t('auth.failed'));
    } finally {
      setBusy(false);
    }
  };
  /**
   * Checks a new password against the pool's policy before it is sent, naming the first rule it misses;
   * returns false (and shows why) when it does not pass.
   */
  const passwordAccepted = (password: string, label: string): boolean => {
    const [broken] = brokenPasswordRules(password);
    if (broken) setError(`${label}: ${t(`auth.passwordRule.${broken}`)}`);
    else setError(undefined);
    return broken === undefined;
  };
  return { busy, error, run, passwordAccepted };
}
