/**
 * A waitlisted receipt's place in line, kept current while the page is open, and about how much more
 * must be given back for the applicant's turn when the server can say so without telling others'
 * requests. When the answer says the application is no longer waitlisted (promoted, withdrawn
 * elsewhere), the receipt is read again so its status changes on screen.
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
  const short = place.shortCents;
  return (
    <section aria-labelledby="standing-title">
      <h2 id="standing-title">{t('applications.standing.title')}</h2>
      <p data-testid="waitlist-position">
        {t('applications.standing.position', { position: place.position })}
      </p>
      <p aria-live="polite">
        {short === undefined
          ? t('applications.standing.noAmount')
          : short === 0
            ? t('applications.standing.due')
            : t('applications.standing.short', { amount: formatCents(short) })}
      </p>
      <p className="hint">{t('applications.standing.live')}</p>
    </section>
  );
}
