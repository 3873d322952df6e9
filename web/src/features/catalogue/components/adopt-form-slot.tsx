/**
 * Where the adoption form goes on a record's page. The form is for associations only and brings the
 * shared time-zone schema (zod) with it, so it loads when an association opens the record and stays off
 * the public page's first load. Until it arrives a line says so; if it cannot be shown (its code could
 * not be fetched) the record stays on screen and the association can try again.
 */
import { type ComponentProps, lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { AdoptForm } from './adopt-form';

const loadAdoptForm = () => lazy(async () => ({ default: (await import('./adopt-form')).AdoptForm }));
/** One for every record while it works (the next record shows it at once); React.lazy keeps a failed load, so a new one after a failure. */
let LazyAdoptForm = loadAdoptForm();

export function AdoptFormSlot(props: ComponentProps<typeof AdoptForm>) {
  const { t } = useTranslation('catalogue');
  const [Form, setForm] = useState(() => LazyAdoptForm);
  return (
    <ErrorBoundary
      onReset={() => {
        LazyAdoptForm = loadAdoptForm();
        setForm(() => LazyAdoptForm);
      }}
      fallbackRender={({ resetErrorBoundary }) => (
        <p role="alert">
          {t('adopt.unavailable')}{' '}
          <button type="button" className="secondary" onClick={resetErrorBoundary}>
            {t('adopt.retry')}
          </button>
        </p>
      )}
    >
      <Suspense fallback={<p role="status">{t('adopt.loading')}</p>}>
        <Form {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
