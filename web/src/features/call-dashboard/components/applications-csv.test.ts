import { describe, expect, it } from 'vitest';
import type { Application } from '../../../../../shared/applications/application-schema';
import { applicationsCsv, type CsvWords } from './applications-csv';

const application = (over: Partial<Application>): Application =>
  ({
    id: 'a1',
    companyId: 'sme-1',
    companyName: 'Forno Bergamasco',
    receipt: { receiptNo: 1, receivedAt: '2026-03-01T09:00:00.000Z' },
    status: 'reserved',
    requestedGrantCents: 3_050_00,
    reservedCents: 3_050_00,
    ...over,
  }) as Application;

const words: CsvWords = {
  header: (column) => `[${column}]`,
  company: (a) => a.companyName ?? '?',
  region: () => 'Lombardia',
  status: (a) => `status ${a.status}`,
  review: (a) => (a.review ? `signed ${a.review.decision}` : ''),
};

describe('applicationsCsv', () => {
  it('writes one row per application in the reader’s words, amounts in euros with a dot', () => {
    const csv = applicationsCsv(
      [application({ review: { decision: 'approve' } as Application['review'] })],
      words,
    );
    expect(csv.split('\r\n')).toEqual([
      '[receiptNo],[receivedAt],[company],[region],[status],[requestedGrant],[reserved],[review],[reviewedGrant]',
      '1,2026-03-01T09:00:00.000Z,Forno Bergamasco,Lombardia,status reserved,3050.00,3050.00,signed approve,',
    ]);
  });

  it('writes the grant after a signed review, which the consultant’s amounts may lower', () => {
    const review = { decision: 'approve', grantCents: 2_500_00 } as Application['review'];
    const csv = applicationsCsv([application({ review })], words);
    expect(csv.split('\r\n')[1]).toBe(
      '1,2026-03-01T09:00:00.000Z,Forno Bergamasco,Lombardia,status reserved,3050.00,3050.00,signed approve,2500.00',
    );
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    const csv = applicationsCsv([application({ companyName: '=HYPERLINK("x"),1' })], words);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x""),1"`);
    // A leading tab or carriage return can start a formula too.
    const tab = applicationsCsv([application({ companyName: '\t=1+1' })], words);
    expect(tab.split('\r\n')[1]).toContain(`"'\t=1+1"`);
    const cr = applicationsCsv([application({ companyName: '\r=1+1' })], words);
    expect(cr).toContain(`"'\r=1+1"`);
  });
});
