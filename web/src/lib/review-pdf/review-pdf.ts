/**
 * The signed review as a PDF to file or send: the application, each line with the engine's verdict and
 * the call's articles, the consultant's overrides with reasons, the engine's totals beside the totals
 * after the review (the engine re-run with the consultant's amounts), the decision and the signature
 * with the content hash that freezes it, in the reader's language. The consultant exports it from the
 * review page and the SME from its receipt: the same document. Loaded only when someone downloads it.
 */
import type { TFunction } from 'i18next';
import { jsPDF } from 'jspdf';
import type { Application } from '../../../../shared/applications/application-schema';
import type { Reason } from '../../../../shared/eligibility/report';
import type { Review } from '../../../../shared/reviews/review-schema';
import { verdictOf } from '../../../../shared/reviews/review-verdicts';
import { expenseName } from '../expense-name';
import { fingerprint } from '../format';
import { compareTotals } from '../reviewed-totals';

const MARGIN = 15;
const WIDTH = 180;

/**
 * The standard PDF fonts cover Latin-1 and the euro sign; anything else would print as garbage.
 * Typographic quotes (common in the texts) become their plain forms first rather than '?'.
 */
const printable = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\x20-\x7E\xA0-\xFF€]/g, '?');

/** How the document words things: the page's translations, money, days, instants and the engine's reasons. */
export interface PdfWording {
  t: TFunction;
  money: (cents: number) => string;
  /** A calendar day (YYYY-MM-DD). */
  day: (date: string) => string;
  /** An instant (ISO-8601 with its offset), with its time zone. */
  moment: (iso: string) => string;
  reason: (reason: Reason) => string;
}

/** What the document needs of the application (neither reader gets the company's kept inputs here). */
export type ReviewedApplication = Pick<
  Application,
  'id' | 'companyId' | 'companyName' | 'callTitle' | 'callVersion' | 'receipt' | 'report'
>;

export function reviewPdf(
  review: Review,
  application: ReviewedApplication,
  { t, money, day, moment, reason }: PdfWording,
): Blob {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const { report, receipt } = application;
  // What a PDF viewer shows as the document's name: words, no ids.
  const call = t('reviews.pdfDoc.call', {
    title: application.callTitle,
    version: application.callVersion,
    rules: fingerprint(report.rulesHash),
  });
  doc.setProperties({
    title: `${t('reviews.pdfDoc.title')} - ${application.callTitle}`,
    subject: call,
    keywords: review.contentHash ?? '',
    creator: 'GrantFit',
  });
  let y = MARGIN;
  const write = (text: string, size = 10, style: 'normal' | 'bold' = 'normal') => {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    for (const row of doc.splitTextToSize(printable(text), WIDTH) as string[]) {
      if (y > 280) {
        doc.addPage();
        y = MARGIN;
      }
      doc.text(row, MARGIN, y);
      y += size * 0.45;
    }
    y += 1.5;
  };
  const cite = (cited: Reason) => `- ${reason(cited)}${cited.article ? ` (${cited.article})` : ''}`;

  write(t('reviews.pdfDoc.title'), 16, 'bold');
  write(call);
  write(
    t('reviews.pdfDoc.applicant', {
      // Names where they were kept; words, not ids, for records older than that.
      company: application.companyName ?? review.companyName ?? t('reviews.unnamedCompany'),
      receipt: receipt.receiptNo,
      receivedAt: moment(receipt.receivedAt),
    }),
  );
  write(t('reviews.pdfDoc.engine', { engine: report.engineVersion, date: day(report.evaluatedOn) }));
  y += 2;
  write(t('reviews.pdfDoc.lines'), 12, 'bold');
  for (const line of report.lines) {
    const verdict = verdictOf(review, line.lineId);
    write(
      t('reviews.pdfDoc.line', {
        line: expenseName(t, application, line.lineId),
        verdict: t(`report.verdicts.${line.verdict}`),
        eligible: money(line.eligibleCents),
        requested: money(line.requestedCents),
      }),
      10,
      'bold',
    );
    for (const cited of line.reasons) write(cite(cited), 9);
    if (verdict?.decision === 'accept') write(t('reviews.pdfDoc.accepted'), 9);
    if (verdict?.decision === 'override') {
      write(
        t('reviews.pdfDoc.overridden', {
          amount: money(verdict.eligibleCents ?? 0),
          reason: verdict.reason ?? '',
        }),
        9,
      );
    }
  }
  y += 2;
  write(t('reviews.pdfDoc.totals'), 12, 'bold');
  const comparison = compareTotals(report.totals, review.reviewed);
  for (const { row, engineCents, reviewedCents } of comparison.rows) {
    const label = t(`reviewedTotals.rows.${row}`);
    write(
      reviewedCents === undefined
        ? t('reviews.pdfDoc.totalEngineOnly', { label, engine: money(engineCents) })
        : t('reviews.pdfDoc.totalRow', { label, engine: money(engineCents), reviewed: money(reviewedCents) }),
    );
  }
  if (comparison.notComputed) write(t(`reviewedTotals.why.${comparison.notComputed}`), 9);
  else if (!review.reviewed) write(t('reviewedTotals.absent'), 9);
  if (review.reviewed?.status === 'computed') {
    // Why the reviewed totals are what they are: what refuses the plan, and the limits that applied.
    const { blockers, limits } = review.reviewed.report;
    if (blockers.length > 0) write(t('reviewedTotals.blockers'), 10, 'bold');
    for (const cited of blockers) write(cite(cited), 9);
    if (limits.length > 0) write(t('reviewedTotals.limits'), 10, 'bold');
    for (const cited of limits) write(cite(cited), 9);
  }
  y += 2;
  write(t('reviews.pdfDoc.decision'), 12, 'bold');
  const decision = review.decision
    ? t(`reviews.outcomes.${review.decision}`)
    : t('reviews.pdfDoc.noDecision');
  write(`${decision}${review.note ? ` - ${review.note}` : ''}`);
  write(
    t('reviews.pdfDoc.signedBy', {
      // The signer's email as the sign-in gave it; reviews signed before it was kept show none.
      name: review.signedByEmail ?? '-',
      organisation: review.consultancyName ?? t('reviews.pdfDoc.unnamedConsultancy'),
      at: review.signedAt ? moment(review.signedAt) : '-',
    }),
  );
  write(
    t('reviews.pdfDoc.contentHash', { hash: review.contentHash ? fingerprint(review.contentHash, 64) : '-' }),
    9,
  );
  // What the API found when it recomputed the hash for this export: never simply "signed".
  if (review.integrity === 'tampered') write(t('reviews.pdfDoc.integrityTampered'), 12, 'bold');
  else if (review.integrity === 'verified') write(t('reviews.pdfDoc.integrityVerified'), 9);
  return doc.output('blob');
}
