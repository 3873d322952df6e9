/**
 * The signed review as a PDF the consultant can file or send: the application, each line with the
 * engine's verdict and the call's articles, the consultant's overrides with reasons, the decision and
 * the signature with the content hash that freezes it, in the consultant's language. Loaded only when
 * someone exports.
 */
import type { TFunction } from 'i18next';
import { jsPDF } from 'jspdf';
import type { Application } from '../../../../../shared/applications/application-schema';
import type { Reason } from '../../../../../shared/eligibility/report';
import { type Review, verdictOf } from '../../../../../shared/reviews/review-schema';

const MARGIN = 15;
const WIDTH = 180;

/** The standard PDF fonts cover Latin-1 and the euro sign; anything else would print as garbage. */
const printable = (text: string) => text.replace(/[^\x20-\x7E\xA0-\xFF€]/g, '?');

/** How the document words things: the page's translations, money and the engine's reasons. */
export interface PdfWording {
  t: TFunction;
  money: (cents: number) => string;
  reason: (reason: Reason) => string;
}

export function reviewPdf(review: Review, application: Application, { t, money, reason }: PdfWording): Blob {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.setProperties({
    title: `GrantFit review ${review.id}`,
    subject: `Application ${application.id}, call ${application.callTitle} v${application.callVersion}`,
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
  const { report, receipt } = application;

  write(t('reviews.pdfDoc.title'), 16, 'bold');
  write(
    t('reviews.pdfDoc.call', {
      title: application.callTitle,
      version: application.callVersion,
      rules: report.rulesHash.slice(0, 12),
    }),
  );
  write(
    t('reviews.pdfDoc.applicant', {
      company: application.companyId,
      receipt: receipt.receiptNo,
      receivedAt: receipt.receivedAt,
    }),
  );
  write(t('reviews.pdfDoc.engine', { engine: report.engineVersion, date: report.evaluatedOn }));
  y += 2;
  write(t('reviews.pdfDoc.lines'), 12, 'bold');
  for (const line of report.lines) {
    const verdict = verdictOf(review, line.lineId);
    write(
      t('reviews.pdfDoc.line', {
        line: `${line.lineId}${line.categoryId ? ` (${line.categoryId})` : ''}`,
        verdict: t(`report.verdicts.${line.verdict}`),
        eligible: money(line.eligibleCents),
        requested: money(line.requestedCents),
      }),
      10,
      'bold',
    );
    for (const cited of line.reasons) write(`- ${reason(cited)} (${cited.article})`, 9);
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
  const totals = report.totals;
  write(
    t('reviews.pdfDoc.totalsLine', {
      requested: money(totals.requestedCents),
      eligible: money(totals.eligibleCents),
      grant: money(totals.grantCents),
      netCost: money(totals.netCostCents),
    }),
  );
  y += 2;
  write(t('reviews.pdfDoc.decision'), 12, 'bold');
  const decision = review.decision
    ? t(`reviews.outcomes.${review.decision}`)
    : t('reviews.pdfDoc.noDecision');
  write(`${decision}${review.note ? ` - ${review.note}` : ''}`);
  write(
    t('reviews.pdfDoc.signedBy', {
      name: review.signedBy ?? '-',
      organisation: review.consultantOrgId,
      at: review.signedAt ?? '-',
    }),
  );
  write(t('reviews.pdfDoc.contentHash', { hash: review.contentHash ?? '-' }), 9);
  // What the API found when it recomputed the hash for this export: never simply "signed".
  if (review.integrity === 'tampered') write(t('reviews.pdfDoc.integrityTampered'), 12, 'bold');
  else if (review.integrity === 'verified') write(t('reviews.pdfDoc.integrityVerified'), 9);
  return doc.output('blob');
}
