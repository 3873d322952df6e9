import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../../../../shared/applications/application-schema';
import { type Company, companySchema } from '../../../../../shared/companies/company-schema';
import { callRulesSchema } from '../../../../../shared/eligibility/call-rules-schema';
import { evaluate } from '../../../../../shared/eligibility/evaluate';
import * as schemes from '../../../../../shared/fixtures/schemes';
import { type Plan, planSchema } from '../../../../../shared/plans/plan-schema';
import type { Review } from '../../../../../shared/reviews/review-schema';
import { messages as engineIt } from '../../../i18n/locales/engine/it';
import { messages as it_ } from '../../../i18n/locales/it';
import { messages as partsIt } from '../../../i18n/locales/parts/it';
import { explain } from '../../../lib/explain';
import { formatCents } from '../../../lib/format';
import { pdfText } from '../../../testing/pdf-text';
import { reviewPdf } from './review-pdf';

const report = evaluate({
  call: { id: 'call', version: 2, rules: callRulesSchema.parse(schemes.pidLombardiaRules) },
  company: companySchema.parse(schemes.milanRestaurant) as Company,
  plan: planSchema.parse(schemes.milanRestaurantPlan) as Plan,
  on: '2025-03-01',
});
const firstLine = report.lines[0]?.lineId ?? '';

const application = {
  id: 'APP',
  companyId: 'trattoria-milano',
  callId: 'call',
  callTitle: 'Bando PID 2025',
  callVersion: 2,
  receipt: { receiptNo: 7, receivedAt: '2025-03-01T10:00:00+01:00' },
  report,
} as Application;

const review: Review = {
  id: 'REV',
  applicationId: 'APP',
  companyId: 'trattoria-milano',
  callId: 'call',
  consultantOrgId: 'studio-bianchi',
  status: 'signed',
  lines: {
    [firstLine]: {
      decision: 'override',
      eligibleCents: 100_000,
      reason: 'Solo la parte e-commerce, art. 5(3).',
    },
  },
  decision: 'approve',
  signedAt: '2025-03-05T09:00:00Z',
  signedBy: 'Giulia Bianchi',
  contentHash: `sha256:${'a'.repeat(64)}`,
  createdAt: '2025-03-02T09:00:00Z',
  revision: 3,
} as Review;

describe('reviewPdf', () => {
  it("writes the signed review in the consultant's language, reasons and money included", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'it',
      resources: { it: { translation: { ...it_, ...partsIt }, engine: engineIt } },
      interpolation: { escapeValue: false },
    });
    const blob = reviewPdf(review, application, {
      t: i18n.t,
      money: (cents) => formatCents(cents, 'it-IT'),
      reason: (cited) => explain(i18n.getFixedT('it', 'engine'), 'it', 'reason', cited),
    });
    const text = pdfText(new Uint8Array(await blob.arrayBuffer()));
    expect(text).toContain('Verifica di ammissibilità');
    expect(text).toContain('Bando: Bando PID 2025 (versione 2');
    expect(text).toContain('Smartphone esclusi.');
    // The euro sign is a WinAnsi byte the latin1 reading above does not map.
    expect(text).toMatch(/Consulente: rettificata a 1\.?000,00.{0,3} - Solo la parte e-commerce/);
    expect(text).toContain('approvata');
    expect(text).toContain(`Impronta del contenuto: sha256:${'a'.repeat(64)}`);
    expect(text).not.toMatch(/\{\{|reviews\.pdfDoc/);
  });
});
