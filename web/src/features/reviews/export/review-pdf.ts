/**
 * The signed review as a PDF the consultant can file or send: the application, each line with the
 * engine's verdict and the call's articles, the consultant's overrides with reasons, the decision and
 * the signature with the content hash that freezes it. Loaded only when someone exports.
 */
import { jsPDF } from 'jspdf';
import type { Application } from '../../../../../shared/applications/application-schema';
import type { Review } from '../../../../../shared/reviews/review-schema';

const MARGIN = 15;
const WIDTH = 180;

/** The standard PDF fonts cover Latin-1 and the euro sign; anything else would print as garbage. */
const printable = (text: string) => text.replace(/[^\x20-\x7E\xA0-\xFF€]/g, '?');

export function reviewPdf(
  review: Review,
  application: Application,
  formatMoney: (cents: number) => string,
): Blob {
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

  write('Eligibility review', 16, 'bold');
  write(
    `Call: ${application.callTitle} (version ${application.callVersion}, rules ${application.report.rulesHash.slice(0, 12)})`,
  );
  write(
    `Applicant: ${application.companyId} - receipt no. ${application.receipt.receiptNo}, ${application.receipt.receivedAt}`,
  );
  write(`Engine ${application.report.engineVersion}, evaluated on ${application.report.evaluatedOn}`);
  y += 2;
  write('Lines', 12, 'bold');
  for (const line of application.report.lines) {
    const verdict = review.lines[line.lineId];
    write(
      `${line.lineId}${line.categoryId ? ` (${line.categoryId})` : ''}: ${line.verdict}, ${formatMoney(line.eligibleCents)} of ${formatMoney(line.requestedCents)} eligible`,
      10,
      'bold',
    );
    for (const reason of line.reasons) write(`- ${reason.message} (${reason.article})`, 9);
    if (verdict?.decision === 'accept') write('Consultant: accepted as computed.', 9);
    if (verdict?.decision === 'override') {
      write(
        `Consultant: overridden to ${formatMoney(verdict.eligibleCents ?? 0)} - ${verdict.reason ?? ''}`,
        9,
      );
    }
  }
  y += 2;
  write('Totals', 12, 'bold');
  const t = application.report.totals;
  write(
    `Requested ${formatMoney(t.requestedCents)}; eligible ${formatMoney(t.eligibleCents)}; grant ${formatMoney(t.grantCents)}; net cost ${formatMoney(t.netCostCents)}`,
  );
  y += 2;
  write('Decision', 12, 'bold');
  write(`${review.decision ?? 'none'}${review.note ? ` - ${review.note}` : ''}`);
  write(`Signed by ${review.signedBy ?? '-'} (${review.consultantOrgId}) at ${review.signedAt ?? '-'}`);
  write(`Content hash: ${review.contentHash ?? '-'}`, 9);
  return doc.output('blob');
}
