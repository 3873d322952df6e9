/** One report line under review: the engine's verdict with its articles, and the consultant's accept or override. */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineResult } from '../../../../../shared/eligibility/report';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN } from '../../../../../shared/reviews/override-reason';
import type { LineReview } from '../../../../../shared/reviews/review-schema';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { useExplain } from '../../../lib/explain';
import { formatCents } from '../../../lib/format';
import { useLineReview } from '../api/reviews';
import { changeFailedWords } from './change-failed-words';

interface Props {
  reviewId: string;
  revision: number;
  line: LineResult;
  /** The expense in the SME's words, and its spend type and supplier when the application kept them. */
  name: string;
  detail?: string;
  verdict?: LineReview;
  editable: boolean;
}

export function LineReviewRow({ reviewId, revision, line, name, detail, verdict, editable }: Props) {
  const change = useLineReview(reviewId);
  const { t } = useTranslation();
  const explain = useExplain();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  // A field the API refused anyway is named in words; its own message is English, in cents.
  const refused = (path: string) =>
    change.error instanceof ApiRequestError && change.error.fieldMessage(path) !== undefined
      ? t('validation.rejected')
      : undefined;
  // Only a refusal said at one of the two fields is left to them; any other is said under the row.
  const refusedAField = refused('eligibleCents') !== undefined || refused('reason') !== undefined;

  // Checked here first, as the API checks them, so the consultant reads what to change in euros.
  const override = (event: FormEvent) => {
    event.preventDefault();
    const eligibleCents = parseEurosToCents(amount);
    const found = {
      amount:
        eligibleCents === undefined
          ? t('reviews.amountInvalid')
          : eligibleCents > line.requestedCents
            ? t('reviews.amountTooHigh', { amount: formatCents(line.requestedCents) })
            : undefined,
      reason:
        reason.trim().length < OVERRIDE_REASON_MIN
          ? t('reviews.reasonTooShort', { min: OVERRIDE_REASON_MIN })
          : reason.trim().length > OVERRIDE_REASON_MAX
            ? t('reviews.reasonTooLong', { max: OVERRIDE_REASON_MAX })
            : undefined,
    };
    setErrors(found);
    if (eligibleCents === undefined || found.amount || found.reason) return;
    change.mutate({ lineId: line.lineId, body: { decision: 'override', eligibleCents, reason, revision } });
  };
  const id = `line-${line.lineId}`;
  return (
    <tr className={`verdict-${line.verdict}`}>
      <th scope="row">
        {name}
        {detail && <span className="hint"> ({detail})</span>}
      </th>
      <td>
        {t('reviews.countsOf', {
          eligible: formatCents(line.eligibleCents),
          requested: formatCents(line.requestedCents),
        })}
        <ul className="reasons">
          {line.reasons.map((r) => (
            <li key={`${r.ruleId}-${r.code}`}>
              {explain('reason', r)} <span className="article">({r.article})</span>
            </li>
          ))}
        </ul>
      </td>
      <td data-testid={`${id}-verdict`}>
        {!verdict && t('reviews.notReviewed')}
        {verdict?.decision === 'accept' && t('reviews.accepted')}
        {verdict?.decision === 'override' &&
          t('reviews.overridden', {
            amount: formatCents(verdict.eligibleCents ?? 0),
            reason: verdict.reason,
          })}
      </td>
      <td>
        {editable && (
          <>
            <button
              type="button"
              disabled={change.isPending}
              onClick={() => {
                setErrors({});
                change.mutate({ lineId: line.lineId, body: { decision: 'accept', revision } });
              }}
            >
              {t('reviews.accept', { line: name })}
            </button>
            <details>
              <summary>{t('reviews.override', { line: name })}</summary>
              <form onSubmit={override} aria-label={t('reviews.override', { line: name })}>
                <Field
                  id={`${id}-amount`}
                  label={t('reviews.amount')}
                  error={errors.amount ?? refused('eligibleCents')}
                >
                  {(aria) => (
                    <input
                      {...aria}
                      inputMode="decimal"
                      value={amount}
                      onChange={(e) => setAmount(e.target.value)}
                    />
                  )}
                </Field>
                <Field
                  id={`${id}-reason`}
                  label={t('reviews.reason')}
                  error={errors.reason ?? refused('reason')}
                >
                  {(aria) => (
                    <textarea {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />
                  )}
                </Field>
                <button type="submit" disabled={change.isPending}>
                  {t('reviews.saveOverride')}
                </button>
              </form>
            </details>
            {change.isError && !refusedAField && <p role="alert">{changeFailedWords(change.error, t)}</p>}
          </>
        )}
      </td>
    </tr>
  );
}
