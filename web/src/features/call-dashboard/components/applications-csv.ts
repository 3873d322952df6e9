/**
 * The applications of a call as CSV (RFC 4180) for the association's own tools: headers, companies,
 * places, statuses and decisions in the reader's words; amounts in euros with a dot and times in
 * ISO 8601 (UTC), so any spreadsheet reads them as numbers and instants whatever its locale.
 */
import type { Application } from '../../../../../shared/applications/application-schema';

const euros = (cents: number) => (cents / 100).toFixed(2);

function cell(value: string | number): string {
  const text = String(value);
  // Quote everything that could break a row, and defuse spreadsheet formulas: a cell starting with
  // =, +, -, @, a tab or a carriage return may be read as one (OWASP, CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'receiptNo',
  'receivedAt',
  'company',
  'region',
  'status',
  'requestedGrant',
  'reserved',
  'review',
  'reviewedGrant',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** How the reader's language words each column's header and each coded value. */
export interface CsvWords {
  header(column: CsvColumn): string;
  company(application: Application): string;
  region(application: Application): string;
  status(application: Application): string;
  review(application: Application): string;
}

export function applicationsCsv(applications: readonly Application[], words: CsvWords): string {
  const rows = applications.map((a) => [
    a.receipt.receiptNo,
    a.receipt.receivedAt,
    words.company(a),
    words.region(a),
    words.status(a),
    euros(a.requestedGrantCents),
    euros(a.reservedCents),
    words.review(a),
    // Empty until a signed review computed the grant with the consultant's amounts.
    a.review?.grantCents === undefined ? '' : euros(a.review.grantCents),
  ]);
  return [CSV_COLUMNS.map(words.header), ...rows].map((row) => row.map(cell).join(',')).join('\r\n');
}
