import { describe, expect, it } from 'vitest';
import type { Application } from '../../../../../shared/applications/application-schema';
import { applicationsCsv } from './applications-csv';

const application = (over: Partial<Application>): Application =>
  ({
    id: 'a1',
    companyId: 'sme-1',
    receipt: { receiptNo: 1, receivedAt: '2026-03-01T09:00:00.000Z' },
    status: 'reserved',
    requestedGrantCents: 3_050_00,
    reservedCents: 3_050_00,
    ...over,
  }) as Application;

describe('applicationsCsv', () => {
  it('writes one row per application in euros, with the review decision', () => {
    const csv = applicationsCsv([application({ review: { decision: 'approve' } as Application['review'] })]);
    expect(csv.split('\r\n')).toEqual([
      'receipt_no,received_at,company,region,status,requested_grant_eur,reserved_eur,review',
      '1,2026-03-01T09:00:00.000Z,sme-1,unknown,reserved,3050.00,3050.00,approve',
    ]);
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    const csv = applicationsCsv([application({ companyId: '=HYPERLINK("x"),1' })]);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x""),1"`);
  });
});
