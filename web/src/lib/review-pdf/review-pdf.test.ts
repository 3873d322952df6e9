import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { type Company, companySchema } from '../../../../shared/companies/company-schema';
import { callRulesSchema } from '../../../../shared/eligibility/call-rules-schema';
import { evaluate } from '../../../../shared/eligibility/evaluate';
import * as schemes from '../../../../shared/fixtures/schemes';
import { type Plan, planSchema } from '../../../../shared/plans/plan-schema';
import type { Review } from '../../../../shared/reviews/review-schema';
import { reviewedReportOf } from '../../../../shared/reviews/reviewed-result';
import type { Language } from '../../i18n/languages';
import { messages as en } from '../../i18n/locales/en';
import { messages as engineEn } from '../../i18n/locales/engine/en';
import { messages as engineIt } from '../../i18n/locales/engine/it';
import { messages as it_ } from '../../i18n/locales/it';
import { messages as partsEn } from '../../i18n/locales/parts/en';
import { messages as partsIt } from '../../i18n/locales/parts/it';
import { messages as sizeEn } from '../../i18n/locales/size/en';
import { messages as sizeIt } from '../../i18n/locales/size/it';
import { pdfText } from '../../testing/pdf-text';
import { explain } from '../explain';
import { formatCalendarDate, formatCents, formatMoment } from '../format';
import { type ReviewedApplication, reviewPdf } from './review-pdf';

const input = {
  call: { id: 'call', version: 2, rules: callRulesSchema.parse(schemes.pidLombardiaRules) },
  company: companySchema.parse(schemes.milanRestaurant) as Company,
  plan: planSchema.parse(schemes.milanRestaurantPlan) as Plan,
  on: '2025-03-01',
};
const report = evaluate(input);
const firstLine = report.lines[0]?.lineId ?? '';

const application: ReviewedApplication = {
  id: 'APP',
  companyId: 'trattoria-milano',
  callTitle: 'Bando PID 2025',
  callVersion: 2,
  receipt: { receiptNo: 7, receivedAt: '2025-03-01T10:00:00+01:00' },
  report,
};

// The first line (CRM consulting, €3,000) overridden to €1,000: the engine re-run counts €4,100.
const overrides = new Map([[firstLine, 1_000_00]]);
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
      eligibleCents: 1_000_00,
      reason: 'Solo la parte e-commerce, art. 5(3).',
      by: 'giulia',
      at: '2025-03-04T09:00:00Z',
    },
  },
  reviewed: {
    status: 'computed',
    report: reviewedReportOf(evaluate({ ...input, eligibleOverrides: overrides })),
  },
  decision: 'approve',
  signedAt: '2025-03-05T09:00:00Z',
  signedBy: 'Giulia Bianchi',
  contentHash: `sha256:${'a'.repeat(64)}`,
  createdAt: '2025-03-02T09:00:00Z',
  revision: 3,
};

async function pdfIn(language: Language, signed: Review = review): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: {
      it: { translation: { ...it_, ...partsIt }, engine: engineIt, size: sizeIt },
      en: { translation: { ...en, ...partsEn }, engine: engineEn, size: sizeEn },
    },
    interpolation: { escapeValue: false },
  });
  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  const blob = reviewPdf(signed, application, {
    t: i18n.t,
    money: (cents) => formatCents(cents, locale),
    day: (date) => formatCalendarDate(date, locale),
    moment: (iso) => formatMoment(iso, locale),
    reason: (cited) => explain(i18n.getFixedT(language, ['engine', 'size']), language, 'reason', cited),
  });
  return pdfText(new Uint8Array(await blob.arrayBuffer()));
}

describe('reviewPdf', () => {
  it("writes the signed review in the reader's language, reasons and money included", async () => {
    const text = await pdfIn('it');
    expect(text).toContain('Verifica di ammissibilità');
    expect(text).toContain('Bando: Bando PID 2025 (versione 2');
    expect(text).toContain('Smartphone esclusi.');
    // The euro sign is a WinAnsi byte the latin1 reading above does not map.
    expect(text).toMatch(/Consulente: rettificata a 1\.?000,00.{0,3} - Solo la parte e-commerce/);
    expect(text).toContain('approvata');
    expect(text).toContain(`Impronta del contenuto: ${'a'.repeat(64)}`);
    expect(text).not.toMatch(/\{\{|reviews\.pdfDoc|reviewedTotals\./);
    // Days and instants in words, not as ISO strings.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('prints the engine’s totals beside the totals after the review, as the engine re-ran them', async () => {
    const text = await pdfIn('en');
    // €6,100 eligible → €4,100 with the consulting at €1,000 (consulting + training 49 %, within 30–70 %).
    expect(text).toMatch(/Eligible spend: .6,100\.00 as calculated, .4,100\.00 after the review/);
    expect(text).toMatch(/Grant: .3,050\.00 as calculated, .2,050\.00 after the review/);
    expect(text).toMatch(/Paid out: .2,928\.00 as calculated, .1,968\.00 after the review/);
    expect(text).not.toMatch(/\{\{|reviews\.pdfDoc|reviewedTotals\./);
  });

  it('says when the reviewed totals could not be computed, and shows only the engine’s', async () => {
    const text = await pdfIn('en', {
      ...review,
      reviewed: { status: 'not-computed', why: 'inputs-not-kept' },
    });
    expect(text).toMatch(/Grant: .3,050\.00 as calculated/);
    expect(text).not.toContain('after the review');
    expect(text).toContain('Not recalculated: this application was sent before GrantFit kept the plan');
  });
});
