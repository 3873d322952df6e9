import fc from 'fast-check';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/eligibility/evaluate';
import type { Reason } from '../../../shared/eligibility/report';
import { callRulesArb, companyArb, planArb } from '../../../shared/eligibility/testing/arbitraries';
import { LANGUAGES, type Language } from '../i18n/languages';
import { messages as en } from '../i18n/locales/engine/en';
import { messages as it_ } from '../i18n/locales/engine/it';
import { messages as nl } from '../i18n/locales/engine/nl';
import { messages as labelsEn } from '../i18n/locales/labels/en';
import { messages as labelsIt } from '../i18n/locales/labels/it';
import { messages as sizeEn } from '../i18n/locales/size/en';
import { messages as sizeIt } from '../i18n/locales/size/it';
import { messages as sizeNl } from '../i18n/locales/size/nl';
import { explain } from './explain';
import { labelsFrom } from './labels';

const translators = {} as Record<Language, TFunction<['engine', 'size']>>;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    ns: ['engine', 'size'],
    resources: {
      en: { engine: en, size: sizeEn },
      it: { engine: it_, size: sizeIt },
      nl: { engine: nl, size: sizeNl },
    },
    interpolation: { escapeValue: false },
  });
  for (const language of LANGUAGES) translators[language] = i18n.getFixedT(language, ['engine', 'size']);
});

const say = (language: Language, kind: 'reason' | 'hint' | 'size', item: Parameters<typeof explain>[3]) =>
  explain(translators[language], language, kind, item);

const shareCap: Reason = {
  code: 'CATEGORY_SHARE_CAP',
  ruleId: 'categories.consulting.capShareBp',
  article: 'art. 4',
  message: 'Consulting is 62.5 % of eligible spend, cap 50 %: €2,500 not eligible.',
  params: {
    category: { en: 'Consulting', it: 'Consulenza' },
    actualBp: 6250,
    capBp: 5000,
    overCents: 250_000,
  },
};

describe('explain', () => {
  it("says a reason in the reader's language, with money, percentages and the call's own label localised", () => {
    expect(say('en', 'reason', shareCap)).toBe(
      'Consulting is 62.5% of eligible spend, cap 50%: €2,500.00 not eligible.',
    );
    expect(say('it', 'reason', shareCap)).toMatch(
      /^Consulenza è il 62,5\s?% della spesa ammissibile, tetto 50\s?%: 2\.?500,00\s€ non ammissibili\.$/,
    );
    // The call has no Dutch label: its English one stands in.
    expect(say('nl', 'reason', shareCap)).toMatch(/^Consulting is 62,5\s?% van de subsidiabele uitgaven/);
  });

  it('picks the variant the reason names, and formats dates and size classes', () => {
    const excluded: Reason = {
      code: 'REGION',
      ruleId: 'applicant.regions.exclude',
      article: 'art. 2',
      message: 'Region ITC4 is excluded.',
      params: { context: 'excluded', region: 'ITC4' },
    };
    expect(say('it', 'reason', excluded)).toBe('La regione Lombardia è esclusa.');
    const size: Reason = {
      code: 'SIZE_CLASS',
      ruleId: 'applicant.sizeClasses',
      article: 'art. 2',
      message: 'A medium enterprise cannot apply; the call is for micro, small.',
      params: { sizeClass: 'medium', sizeClasses: ['micro', 'small'] },
    };
    expect(say('nl', 'reason', size)).toBe(
      'Een middelgrote onderneming kan niet deelnemen; de oproep is voor: micro-onderneming, kleine onderneming.',
    );
    const late: Reason = {
      code: 'APPLIED_TOO_LATE',
      ruleId: 'applyWithinDaysOfServiceStart',
      article: 'art. 6',
      message: 'Must be applied for within 14 days of the service start (2026-01-05).',
      params: { days: 14, serviceStartDate: '2026-01-05' },
    };
    expect(say('en', 'reason', late)).toBe(
      'Must be applied for within 14 days of the service start (5 Jan 2026).',
    );
  });

  it('names tags, declarations, places, sectors and provider lists in words, never by their codes', () => {
    const reasons: Reason[] = [
      {
        code: 'TAGS_MISSING',
        ruleId: 'categories.goods.requiresAnyTag',
        article: 'art. 5',
        message: '',
        params: { category: { en: 'Goods' }, tags: ['technology:crm', 'technology:digital-twin'] },
      },
      {
        code: 'DECLARATION_MISSING',
        ruleId: 'applicant.requiredDeclarations.chamber-fee-paid',
        article: 'art. 4',
        message: '',
        params: { declaration: 'chamber-fee-paid' },
      },
      {
        code: 'REGION',
        ruleId: 'applicant.regions.include',
        article: 'art. 4',
        message: '',
        params: { regions: ['IT', 'IT-25', 'ITC4', 'IT-BG'], callRegions: ['IT-MI', 'IT-MB'] },
      },
      {
        code: 'SECTOR',
        ruleId: 'applicant.sectors.include',
        article: 'art. 4',
        message: '',
        params: { sector: '47.78' },
      },
      {
        code: 'SUPPLIER_NOT_ACCREDITED',
        ruleId: 'categories.training.accreditationList',
        article: 'art. 6',
        message: '',
        params: { supplier: 'Freelance Trainer', list: 'kmo-portefeuille' },
      },
    ];
    const en_ = labelsFrom(labelsEn, 'en');
    const texts = reasons.map((r) => explain(translators.en, 'en', 'reason', r, en_));
    expect(texts[0]).toBe(
      'Goods counts only for spend tied to one of: Customer management and bookings (CRM), Digital twin.',
    );
    expect(texts[1]).toContain('The yearly Chamber of Commerce fee is paid');
    expect(texts[2]).toBe(
      "Neither the seat nor an operating site (Bergamo) is in the call's area (Milan, Monza and Brianza).",
    );
    expect(texts[3]).toContain('Retail trade (47.78)');
    expect(texts[4]).toBe('Freelance Trainer is not registered on the KMO-portefeuille list.');
    const unknown = { ...reasons[4], params: { supplier: '', list: 'kmo-portefeuille' } } as Reason;
    expect(explain(translators.en, 'en', 'reason', unknown, en_)).toBe(
      'The provider (not chosen yet) is not registered on the KMO-portefeuille list.',
    );
    for (const text of texts)
      expect(text).not.toMatch(/technology:|IT-[A-Z]{2}|kmo-portefeuille|chamber-fee/);
    const it = labelsFrom(labelsIt, 'it');
    expect(explain(translators.it, 'it', 'reason', reasons[2] as Reason, it)).toContain('Milano');
  });

  it('keeps the English sentence of a report saved before reasons carried their values', () => {
    const { params: _, ...legacy } = shareCap;
    expect(say('it', 'reason', legacy)).toBe(shareCap.message);
  });

  it('leaves no placeholder unfilled in any language, for whatever the engine writes', () => {
    fc.assert(
      fc.property(callRulesArb, companyArb, planArb(), (rules, company, plan) => {
        const report = evaluate({ call: { id: 'c', version: 1, rules }, company, plan, on: '2026-03-01' });
        const items = [
          ...report.applicant.sizeClassReasons.map((item) => ['size', item] as const),
          ...[...report.applicant.reasons, ...report.blockers, ...report.limits].map(
            (item) => ['reason', item] as const,
          ),
          ...report.lines.flatMap((line) => line.reasons.map((item) => ['reason', item] as const)),
          ...report.hints.map((item) => ['hint', item] as const),
        ];
        for (const [kind, item] of items) {
          expect(item.params, item.code).toBeDefined();
          for (const language of LANGUAGES) {
            const text = say(language, kind, item);
            expect(text, `${language} ${kind}.${item.code}`).not.toMatch(/\{\{|\}\}|undefined|NaN|^$/);
          }
        }
      }),
      { numRuns: 150 },
    );
    // 150 generated reports worded in three languages: seconds, more on a loaded machine.
  }, 60_000);
});
