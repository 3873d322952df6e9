/**
 * A waitlisted receipt's place in line, kept current while the page is open: how many are ahead, what
 * they ask, what has been given back, and about how much more the applicant's turn needs. When the
 * answer says the application is no longer waitlisted (promoted, withdrawn elsewhere), the receipt is
 * read again so its status changes on screen.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/format';
import { useStanding } from '../api/applications';

export function WaitlistPlace({ applicationId, waitlisted }: { applicationId: string; waitlisted: boolean }) {
  const standing = useStanding(applicationId, waitlisted);
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const moved = standing.data !== undefined && standing.data.status !== 'waitlisted';
  useEffect(() => {
    if (moved) void queryClient.invalidateQueries({ queryKey: ['applications', applicationId], exact: true });
  }, [moved, applicationId, queryClient]);
  const place = standing.data?.waitlist;
  if (!waitlisted || !place) return null;
  return (
    <section aria-labelledby="standing-title">
      <h2 id="standing-title">{t('applications.standing.title')}</h2>
      <p data-testid="waitlist-position">
        {t('applications.standing.position', { position: place.position })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('applications.standing.ahead')}</dt>
          <dd>{formatCents(place.aheadCents)}</dd>
        </div>
        <div>
          <dt>{t('applications.standing.givenBack')}</dt>
          <dd>{formatCents(place.givenBackCents)}</dd>
        </div>
      </dl>
      <p aria-live="polite">
        {place.shortCents === 0
          ? t('applications.standing.due')
          : t('applications.standing.short', { amount: formatCents(place.shortCents) })}
      </p>
      <p className="hint">{t('applications.standing.live')}</p>
    </section>
  );
}
