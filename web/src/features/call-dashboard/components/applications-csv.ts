/** The applications of a call as CSV (RFC 4180, amounts in euros with a dot), for the association's own tools. */
import type { Application } from '../../../../../shared/applications/application-schema';
import { regionOf } from './breakdowns';

const euros = (cents: number) => (cents / 100).toFixed(2);

function cell(value: string | number): string {
  const text = String(value);
  // Quote everything that could break a row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function applicationsCsv(applications: readonly Application[]): string {
  const header = [
    'receipt_no',
    'received_at',
    'company',
    'region',
    'status',
    'requested_grant_eur',
    'reserved_eur',
    'review',
  ];
  const rows = applications.map((a) => [
    a.receipt.receiptNo,
    a.receipt.receivedAt,
    a.companyId,
    regionOf(a.companyRegionCodes),
    a.status,
    euros(a.requestedGrantCents),
    euros(a.reservedCents),
    a.review?.decision ?? '',
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n');
}
