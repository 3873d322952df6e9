/**
 * Runs one step of signing up or in: busy while it runs, and a failure as one sentence — the field the
 * server named (with the label the form shows for it), else the server's message.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../lib/api-error';

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
      const field = caught instanceof ApiRequestError ? caught.body.fields?.[0] : undefined;
      if (field) setError(`${fieldLabels[field.path] ?? field.path}: ${field.message}`);
      else setError(caught instanceof Error ? caught.message : t('auth.failed'));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
