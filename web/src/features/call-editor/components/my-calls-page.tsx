/** The association's workspace: its calls with their status, a publish action, and the draft form. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { byText } from '../../../../../shared/eligibility/untranslated-texts';
import { TableScroll } from '../../../components/table-scroll';
import { ApiRequestError, hasErrorCode } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useMyCalls, usePublishCall } from '../api/my-calls';
import { CallForm } from './call-form';

/** How many texts a refusal to publish names as not given in every language. */
const missingTexts = (error: unknown) =>
  error instanceof ApiRequestError ? byText((error.body.fields ?? []).map((f) => f.path)).length : 0;

export function MyCallsPage() {
  const calls = useMyCalls();
  const publish = usePublishCall();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-calls-title">
      <h1 id="my-calls-title">{t('callEditor.title')}</h1>
      {calls.isPending && <p role="status">{t('common.loading')}</p>}
      {calls.isError && <p role="alert">{t('callEditor.failed', { message: failureWords(calls.error) })}</p>}
      {publish.isError && (
        <p role="alert" className="error">
          {hasErrorCode(publish.error, 'rules_untranslated') ? (
            <>
              {t('callEditor.publishNeedsTranslations', { count: missingTexts(publish.error) })}{' '}
              <Link to={`/association/calls/${publish.variables}/rules`}>{t('callEditor.openRules')}</Link>
            </>
          ) : hasErrorCode(publish.error, 'rules_invalid') ? (
            t('callEditor.publishNeedsRules')
          ) : (
            t('callEditor.publishFailed', { message: failureWords(publish.error) })
          )}
        </p>
      )}
      {calls.data && (
        <TableScroll label={t('callEditor.caption')}>
          <table>
            <caption className="visually-hidden">{t('callEditor.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('callEditor.colTitle')}</th>
                <th scope="col">{t('callEditor.colStatus')}</th>
                <th scope="col">{t('callEditor.colBudget')}</th>
                <th scope="col">{t('callEditor.colCloses')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('callEditor.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {calls.data.items.map((call) => (
                <tr key={call.id}>
                  <td>
                    {call.status === 'draft' ? (
                      call.title
                    ) : (
                      <Link to={`/association/calls/${call.id}`}>{call.title}</Link>
                    )}
                  </td>
                  <td>{t(`callEditor.statuses.${call.status}`)}</td>
                  <td>{formatCents(call.budgetCents)}</td>
                  <td>{formatDeadline(call.closesAt, call.timeZone)}</td>
                  <td>
                    {call.status !== 'closed' && (
                      <Link to={`/association/calls/${call.id}/rules`}>
                        {t('callEditor.rulesLink')}
                        <span className="visually-hidden"> {call.title}</span>
                      </Link>
                    )}{' '}
                    {call.status === 'draft' && (
                      <button
                        type="button"
                        disabled={publish.isPending}
                        onClick={() => {
                          if (window.confirm(t('callEditor.confirmPublish', { title: call.title })))
                            publish.mutate(call.id);
                        }}
                      >
                        {t('callEditor.publish')}
                        <span className="visually-hidden"> {call.title}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <CallForm />
    </section>
  );
}
