/** One report line under review: the engine's verdict with its articles, and the consultant's accept or override. */
import { type FormEvent, useState } from 'react';
import type { LineResult } from '../../../../../shared/eligibility/report';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import type { LineReview } from '../../../../../shared/reviews/review-schema';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { formatCents } from '../../../lib/format';
import { useLineReview } from '../api/reviews';

interface Props {
  reviewId: string;
  revision: number;
  line: LineResult;
  verdict?: LineReview;
  editable: boolean;
}

export function LineReviewRow({ reviewId, revision, line, verdict, editable }: Props) {
  const change = useLineReview(reviewId);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [amountError, setAmountError] = useState<string>();
  const serverError = change.error instanceof ApiRequestError ? change.error : undefined;

  const override = (event: FormEvent) => {
    event.preventDefault();
    const eligibleCents = parseEurosToCents(amount);
    setAmountError(
      eligibleCents === undefined ? 'Enter an amount in euros, e.g. 1200 or 1.200,50' : undefined,
    );
    if (eligibleCents === undefined) return;
    change.mutate({ lineId: line.lineId, body: { decision: 'override', eligibleCents, reason, revision } });
  };
  const id = `line-${line.lineId}`;
  return (
    <tr className={`verdict-${line.verdict}`}>
      <th scope="row">
        {line.lineId}
        {line.categoryId && <span className="hint"> ({line.categoryId})</span>}
      </th>
      <td>
        {formatCents(line.eligibleCents)} of {formatCents(line.requestedCents)}
        <ul className="reasons">
          {line.reasons.map((r) => (
            <li key={`${r.ruleId}-${r.code}`}>
              {r.message} <span className="article">({r.article})</span>
            </li>
          ))}
        </ul>
      </td>
      <td data-testid={`${id}-verdict`}>
        {!verdict && 'Not reviewed'}
        {verdict?.decision === 'accept' && 'Accepted as computed'}
        {verdict?.decision === 'override' && (
          <>
            Overridden to {formatCents(verdict.eligibleCents ?? 0)}: {verdict.reason}
          </>
        )}
      </td>
      <td>
        {editable && (
          <>
            <button
              type="button"
              disabled={change.isPending}
              onClick={() => change.mutate({ lineId: line.lineId, body: { decision: 'accept', revision } })}
            >
              Accept {line.lineId}
            </button>
            <details>
              <summary>Override {line.lineId}</summary>
              <form onSubmit={override} aria-label={`Override ${line.lineId}`}>
                <Field
                  id={`${id}-amount`}
                  label="Eligible amount (€)"
                  error={amountError ?? serverError?.fieldMessage('eligibleCents')}
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
                  label="Reason (cite the rule)"
                  error={serverError?.fieldMessage('reason')}
                >
                  {(aria) => (
                    <textarea {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />
                  )}
                </Field>
                <button type="submit" disabled={change.isPending}>
                  Save override
                </button>
              </form>
            </details>
            {serverError && !serverError.body.fields && <p role="alert">{serverError.message}</p>}
          </>
        )}
      </td>
    </tr>
  );
}
