/**
 * Downloads the signed review as a PDF, for the consultant's review page and the SME's receipt alike:
 * the review is read again first, so the API checks its signature for this very download, and the PDF
 * module (jsPDF) is loaded only when someone asks for it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../shared/reviews/review-schema';
import { useExplain } from '../explain';
import { failureWords } from '../failure-words';
import { formatCalendarDate, formatCents, formatMoment } from '../format';
import { orNoAnswer } from '../no-answer';
import { saveFile } from '../save-file';
import type { ReviewedApplication } from './review-pdf';

export function useReviewPdfDownload(
  readFresh: () => Promise<{ review: Review; application: ReviewedApplication }>,
): { download: () => Promise<void>; exporting: boolean; failure: string | undefined } {
  const { t } = useTranslation();
  const explain = useExplain();
  const [exporting, setExporting] = useState(false);
  // Why the last download failed, in words (no PDF is made from a review that could not be checked).
  const [failure, setFailure] = useState<string>();
  const download = async () => {
    setExporting(true);
    setFailure(undefined);
    try {
      const fresh = await readFresh();
      // A chunk that could not be downloaded is no answer, as a request would be.
      const { reviewPdf } = await orNoAnswer(() => import('./review-pdf'));
      saveFile(
        `grantfit-review-receipt-${fresh.application.receipt.receiptNo}.pdf`,
        reviewPdf(fresh.review, fresh.application, {
          t,
          money: (cents) => formatCents(cents),
          day: (date) => formatCalendarDate(date),
          moment: (iso) => formatMoment(iso),
          reason: (cited) => explain('reason', cited),
        }),
      );
    } catch (error) {
      setFailure(t('common.pdfFailed', { message: failureWords(error) }));
    } finally {
      setExporting(false);
    }
  };
  return { download, exporting, failure };
}
