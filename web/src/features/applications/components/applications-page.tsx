/** The SME's applications with their status. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Application } from '../../../../../shared/applications/application-schema';
import { TableScroll } from '../../../components/table-scroll';
import { failureWords } from '../../../lib/failure-words';
import { formatCents } from '../../../lib/format';
import { useApplications } from '../api/applications';

/** The grant as signed after a consultant's review, when the review changed it; else as requested. */
function GrantCell({ application }: { application: Application }) {
  const { t } = useTranslation();
  const reviewed = application.review?.grantCents;
  if (reviewed === undefined || reviewed === application.requestedGrantCents)
    return formatCents(application.requestedGrantCents);
  return (
    <>
      {formatCents(reviewed)}
      <br />
      <small>
        {t('applications.grantAfterReview', { requested: formatCents(application.requestedGrantCents) })}
      </small>
    </>
  );
}

export function ApplicationsPage() {
  const applications = useApplications();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="applications-title">
      <h1 id="applications-title">{t('applications.title')}</h1>
      {applications.isPending && <p role="status">{t('common.loading')}</p>}
      {applications.isError && (
        <p role="alert">{t('applications.failed', { message: failureWords(applications.error) })}</p>
      )}
      {applications.data?.items.length === 0 && <p>{t('applications.none')}</p>}
      {applications.data && applications.data.items.length > 0 && (
        <TableScroll label={t('applications.title')}>
          <table>
            <caption className="visually-hidden">{t('applications.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.call')}</th>
                <th scope="col">{t('applications.receipt')}</th>
                <th scope="col">{t('applications.status')}</th>
                <th scope="col">{t('applications.grant')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/applications/${a.id}`}>{a.callTitle}</Link>
                  </td>
                  <td>{a.receipt.receiptNo}</td>
                  <td>{t(`applications.statuses.${a.status}`)}</td>
                  <td>
                    <GrantCell application={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
