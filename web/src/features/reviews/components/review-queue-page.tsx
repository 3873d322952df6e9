/**
 * The consultant's queue: applications SMEs shared for review, newest first, a page at a time, each
 * named by its company; below it, the consultancy's own listing in the directory SMEs pick from.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TableScroll } from '../../../components/table-scroll';
import { currentLocale } from '../../../i18n/i18n';
import { failureWords } from '../../../lib/failure-words';
import { useReviewQueue } from '../api/reviews';
import { ListingForm } from './listing-form';

export function ReviewQueuePage() {
  const queue = useReviewQueue();
  const { t } = useTranslation();
  const items = queue.data?.pages.flatMap((page) => page.items);
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('reviews.title')}</h1>
      {queue.isPending && <p role="status">{t('common.loading')}</p>}
      {queue.isError && <p role="alert">{t('reviews.failed', { message: failureWords(queue.error) })}</p>}
      {items?.length === 0 && <p>{t('reviews.none')}</p>}
      {items && items.length > 0 && (
        <TableScroll label={t('reviews.caption')}>
          <table>
            <caption className="visually-hidden">{t('reviews.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviews.application')}</th>
                <th scope="col">{t('reviews.sharedOn')}</th>
                <th scope="col">{t('reviews.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((review) => (
                <tr key={review.id}>
                  <th scope="row">
                    <Link to={`/reviews/${review.id}`}>
                      {t('reviews.applicationOf', {
                        company: review.companyName ?? t('reviews.unnamedCompany'),
                        id: review.applicationId.slice(-6),
                      })}
                    </Link>
                  </th>
                  <td>
                    <time dateTime={review.createdAt}>
                      {new Date(review.createdAt).toLocaleDateString(currentLocale())}
                    </time>
                  </td>
                  <td>
                    {review.integrity === 'tampered' && (
                      <strong className="error">{t('reviews.tamperedStatus')}</strong>
                    )}
                    {review.integrity !== 'tampered' &&
                      (review.status === 'signed' && review.decision
                        ? t('reviews.signedStatus', { decision: t(`reviews.outcomes.${review.decision}`) })
                        : t('reviews.toReview'))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {queue.hasNextPage && (
        <button type="button" onClick={() => queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
          {t('reviews.loadMore')}
        </button>
      )}
      <ListingForm />
    </section>
  );
}
