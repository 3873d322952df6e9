/**
 * One call, line by line: the server's report, and what-if edits (leave an expense out) recomputed
 * in the browser with the same shared engine the API uses (useWhatIfReport).
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { PageFailure } from '../../../components/page-failure';
import { isNotFound } from '../../../lib/api-error';
import { useExplain } from '../../../lib/explain';
import { failureWords } from '../../../lib/failure-words';
import { fingerprint, formatCents } from '../../../lib/format';
import { useApplicationDraft } from '../api/eligibility';
import { useWhatIfReport } from '../hooks/use-what-if-report';
import { MoneyExplained, NextSteps } from './next-steps';
import { ReportTable } from './report-table';
import { SizeClassUsed } from './size-class-used';

export function EligibilityPage() {
  const { planId = '', callId = '' } = useParams();
  const draft = useApplicationDraft(planId, callId);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const { t } = useTranslation();
  const explain = useExplain();

  const whatIf = useWhatIfReport(draft.data, excluded);

  if (draft.isPending) return <p role="status">{t('report.loading')}</p>;
  if (draft.isError && draft.data === undefined)
    return (
      <PageFailure
        title={t('report.pageTitle')}
        message={
          isNotFound(draft.error)
            ? t('report.notOpen')
            : t('report.failed', { message: failureWords(draft.error) })
        }
      />
    );
  const report = draft.data.report;
  // Rows always follow the server's report, so a line left out can be put back.
  const shown = whatIf
    ? {
        ...whatIf,
        lines: report.lines.map(
          (line) =>
            whatIf.lines.find((l) => l.lineId === line.lineId) ?? {
              ...line,
              eligibleCents: 0,
              grantCents: 0,
              reasons: [],
            },
        ),
      }
    : report;
  // A Map: line ids are the SME's text, never looked up on a plain object.
  const descriptions = new Map(draft.data.plan.lines.map((l) => [l.id, l.description]));
  const totals = whatIf?.totals ?? report.totals;
  const included = new Set(report.lines.map((l) => l.lineId).filter((id) => !excluded.has(id)));
  const toggle = (lineId: string) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(lineId)) next.delete(lineId);
      else next.add(lineId);
      return next;
    });

  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{draft.data.title}</h1>
      <dl className="facts" aria-live="polite">
        <div>
          <dt>{t('report.eligibleSpend')}</dt>
          <dd>{formatCents(totals.eligibleCents)}</dd>
        </div>
        <div>
          <dt>{t('report.grant')}</dt>
          <dd>{formatCents(totals.grantCents + totals.bonusCents)}</dd>
        </div>
        <div>
          <dt>{t('report.paidOut')}</dt>
          <dd>{formatCents(totals.payoutCents)}</dd>
        </div>
        <div>
          <dt>{t('report.youPay')}</dt>
          <dd>{formatCents(totals.netCostCents)}</dd>
        </div>
      </dl>
      <MoneyExplained report={whatIf ?? report} vatCounts={draft.data.rules.exclusions.vatEligible} />
      {whatIf && <p className="hint">{t('report.whatIf')}</p>}
      {[...(whatIf ?? report).blockers, ...(whatIf ?? report).applicant.reasons].map((reason) => (
        <p key={reason.ruleId} className="error">
          {explain('reason', reason)} <span className="article">({reason.article})</span>
        </p>
      ))}
      {(whatIf ?? report).hints.map((hint) => (
        <p key={hint.code} className="hint">
          {explain('hint', hint)}
        </p>
      ))}
      {!whatIf && (
        <NextSteps
          report={report}
          lines={draft.data.plan.lines}
          planId={planId}
          callId={callId}
          rules={draft.data.rules}
        />
      )}
      <ReportTable report={shown} descriptions={descriptions} included={included} onToggle={toggle} />
      {(whatIf ?? report).limits.length > 0 && (
        <section aria-labelledby="report-limits">
          <h2 id="report-limits">{t('report.limits')}</h2>
          <ul className="reasons">
            {(whatIf ?? report).limits.map((limit) => (
              <li key={`${limit.ruleId}-${limit.code}`}>
                {explain('reason', limit)} <span className="article">({limit.article})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SizeClassUsed applicant={report.applicant} />
      <p className="hint">
        {t('report.provenance', {
          engine: report.engineVersion,
          version: report.callVersion,
          rules: fingerprint(report.rulesHash),
        })}
      </p>
      {/* A plan funded with €0 is refused on submit, unless the call takes such applications. */}
      {report.fundable &&
        excluded.size === 0 &&
        (report.totals.grantCents + report.totals.bonusCents > 0 || draft.data.takesUnfundedApplications) && (
          <p>
            <Link className="button-link" to={`/plans/${planId}/calls/${callId}/apply`}>
              {t('report.apply')}
            </Link>
          </p>
        )}
    </section>
  );
}
