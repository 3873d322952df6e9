/** The report line by line: verdict, eligible amount, rate, grant, and every reason with the call's article. */
import { useTranslation } from 'react-i18next';
import type { EligibilityReport } from '../../../../../shared/eligibility/report';
import { TableScroll } from '../../../components/table-scroll';
import { useExplain } from '../../../lib/explain';
import { formatCents } from '../../../lib/format';

interface Props {
  report: EligibilityReport;
  descriptions: ReadonlyMap<string, string>;
  included?: Set<string>;
  onToggle?: (lineId: string) => void;
}

export function ReportTable({ report, descriptions, included, onToggle }: Props) {
  const { t } = useTranslation();
  const explain = useExplain();
  return (
    <TableScroll label={t('report.caption')}>
      <table className="report">
        <caption className="visually-hidden">{t('report.caption')}</caption>
        <thead>
          <tr>
            {onToggle && <th scope="col">{t('report.inPlan')}</th>}
            <th scope="col">{t('report.expense')}</th>
            <th scope="col">{t('report.verdict')}</th>
            <th scope="col">{t('report.counts')}</th>
            <th scope="col">{t('report.grant')}</th>
            <th scope="col">{t('report.why')}</th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((line) => (
            <tr key={line.lineId} className={`verdict-${line.verdict}`}>
              {onToggle && (
                <td>
                  <input
                    type="checkbox"
                    checked={included?.has(line.lineId) ?? true}
                    onChange={() => onToggle(line.lineId)}
                    aria-label={t('report.include', { line: descriptions.get(line.lineId) ?? line.lineId })}
                  />
                </td>
              )}
              <th scope="row">{descriptions.get(line.lineId) ?? line.lineId}</th>
              <td>{t(`report.verdicts.${line.verdict}`)}</td>
              <td>
                {t('report.countsOf', {
                  eligible: formatCents(line.eligibleCents),
                  requested: formatCents(line.requestedCents),
                })}
              </td>
              <td>{formatCents(line.grantCents)}</td>
              <td>
                {included && !included.has(line.lineId) ? (
                  <p className="hint">{t('report.leftOut')}</p>
                ) : (
                  <ul className="reasons">
                    {line.reasons.map((reason) => (
                      <li key={`${reason.ruleId}-${reason.code}`}>
                        {explain('reason', reason)} <span className="article">({reason.article})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
