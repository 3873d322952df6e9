/** The consultant's queue: applications SMEs shared for review, newest first. */
import { Link } from 'react-router';
import { useReviewQueue } from '../api/reviews';

export function ReviewQueuePage() {
  const queue = useReviewQueue();
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Reviews</h1>
      {queue.isPending && <p role="status">Loading…</p>}
      {queue.isError && <p role="alert">Could not load the reviews: {queue.error.message}</p>}
      {queue.data?.items.length === 0 && <p>No application has been shared with you yet.</p>}
      {queue.data && queue.data.items.length > 0 && (
        <table>
          <caption className="visually-hidden">Applications shared with you</caption>
          <thead>
            <tr>
              <th scope="col">Application</th>
              <th scope="col">Shared on</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {queue.data.items.map((review) => (
              <tr key={review.id}>
                <th scope="row">
                  <Link to={`/reviews/${review.id}`}>
                    {review.companyId} — application {review.applicationId.slice(-6)}
                  </Link>
                </th>
                <td>
                  <time dateTime={review.createdAt}>
                    {new Date(review.createdAt).toLocaleDateString(navigator.language)}
                  </time>
                </td>
                <td>{review.status === 'signed' ? `Signed (${review.decision})` : 'To review'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
