/**
 * The engine's totals beside the totals after a consultant's review (the engine re-run with the
 * consultant's amounts), for the consultant's review page and the SME's receipt. When the reviewed
 * totals could not be computed it says why and shows only the calculated ones, never a guess.
 */
import { useTranslation } from 'react-i18next';
import type { ReportTotals } from '../../../shared/eligibility/report';
import type { ReviewedResult } from '../../../shared/reviews/reviewed-result';
import { useExplain } from '../lib/explain';
import { formatCents } from '../lib/format';
import { compareTotals } from '../lib/reviewed-totals';
import { TableScroll } from './table-scroll';

export function ReviewedTotals({
  totals,
  reviewed,
}: {
  totals: ReportTotals;
  reviewed: ReviewedResult | undefined;
}) {
  const { t } = useTranslation();
  const explain = useExplain();
  const comparison = compareTotals(totals, reviewed);
  const computed = reviewed?.status === 'computed' ? reviewed.report : undefined;
  // Blockers and limits are worth a word only when the review changed the outcome.
  const changed = comparison.rows.some(
    (r) => r.reviewedCents !== undefined && r.reviewedCents !== r.engineCents,
  );
  return (
    <>
      <TableScroll label={t('reviewedTotals.caption')}>
        <table className="report">
          <caption>{t('reviewedTotals.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviewedTotals.item')}</th>
              <th scope="col">{t('reviewedTotals.engine')}</th>
              {computed && <th scope="col">{t('reviewedTotals.reviewed')}</th>}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map(({ row, engineCents, reviewedCents }) => (
              <tr key={row}>
                <th scope="row">{t(`reviewedTotals.rows.${row}`)}</th>
                <td>{formatCents(engineCents)}</td>
                {reviewedCents !== undefined && (
                  <td data-testid={`reviewed-${row}`}>{formatCents(reviewedCents)}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {comparison.notComputed && <p className="hint">{t(`reviewedTotals.why.${comparison.notComputed}`)}</p>}
      {!reviewed && <p className="hint">{t('reviewedTotals.absent')}</p>}
      {computed && changed && computed.blockers.length > 0 && (
        <>
          <p>{t('reviewedTotals.blockers')}</p>
          <ul className="reasons">
            {computed.blockers.map((r) => (
              <li key={`${r.ruleId}-${r.code}`}>
                {explain('reason', r)} <span className="article">({r.article})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {computed && changed && computed.limits.length > 0 && (
        <>
          <p>{t('reviewedTotals.limits')}</p>
          <ul className="reasons">
            {computed.limits.map((r) => (
              <li key={`${r.ruleId}-${r.code}`}>
                {explain('reason', r)} <span className="article">({r.article})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
