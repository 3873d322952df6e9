/**
 * Runs one step of signing up or in: busy while it runs, and a failure as one sentence in the reader's
 * language — a refusal we know by its code (from the local sign-in or Cognito), else the field the
 * server named (by the label the form shows for it), else why the request failed (ADR 0034); never the
 * server's or Cognito's English message.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { brokenPasswordRules } from '../../../../../shared/auth/password-policy';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';

export const KNOWN_REFUSALS = [
  'invalid_credentials',
  'not_confirmed',
  'account_exists',
  'invalid_code',
  'invalid_password',
  'sign_in_expired',
  'too_many_attempts',
  'already_confirmed',
  'unsupported_step',
  'password_reset_required',
  'account_disabled',
  'sign_up_unavailable',
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
      const label = field && Object.hasOwn(fieldLabels, field.path) ? fieldLabels[field.path] : undefined;
      if (isKnownRefusal(code)) setError(t(`auth.errors.${code}`));
      else if (label) setError(t('auth.fieldRefused', { field: label }));
      else setError(failureWords(caught));
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
