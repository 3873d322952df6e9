/** The report line by line: verdict, eligible amount, rate, grant, and every reason with the call's article. */
import type { EligibilityReport } from '../../../../../shared/eligibility/report';
import { formatCents } from '../../../lib/format';

const VERDICT_LABEL = {
  eligible: 'Eligible',
  partly: 'Partly eligible',
  ineligible: 'Not eligible',
} as const;

interface Props {
  report: EligibilityReport;
  descriptions: Record<string, string>;
  included?: Set<string>;
  onToggle?: (lineId: string) => void;
}

export function ReportTable({ report, descriptions, included, onToggle }: Props) {
  return (
    <table className="report">
      <caption className="visually-hidden">Eligibility of each planned expense</caption>
      <thead>
        <tr>
          {onToggle && <th scope="col">In the plan</th>}
          <th scope="col">Expense</th>
          <th scope="col">Verdict</th>
          <th scope="col">Counts</th>
          <th scope="col">Grant</th>
          <th scope="col">Why</th>
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
                  aria-label={`Include ${descriptions[line.lineId] ?? line.lineId}`}
                />
              </td>
            )}
            <th scope="row">{descriptions[line.lineId] ?? line.lineId}</th>
            <td>{VERDICT_LABEL[line.verdict]}</td>
            <td>
              {formatCents(line.eligibleCents)} of {formatCents(line.requestedCents)}
            </td>
            <td>{formatCents(line.grantCents)}</td>
            <td>
              <ul className="reasons">
                {line.reasons.map((reason) => (
                  <li key={`${reason.ruleId}-${reason.code}`}>
                    {reason.message} <span className="article">({reason.article})</span>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
