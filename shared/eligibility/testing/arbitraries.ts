/**
 * fast-check arbitraries for call rules, companies and plans: valid by construction (checked by the
 * schemas), varied enough to reach every rule. Test and benchmark support only; never imported by app code.
 */
import fc from 'fast-check';
import { type Company, companySchema } from '../../companies/company-schema';
import { type Plan, planSchema } from '../../plans/plan-schema';
import { type CallRules, callRulesSchema } from '../call-rules-schema';
import { spendTaxonomySchema } from '../taxonomy';

const TAXONOMY = spendTaxonomySchema.options;
const TAGS = [
  'cybersecurity',
  'technology:crm',
  'technology:ai',
  'smartphone',
  'e-commerce',
  'maintenance',
] as const;
const DAYS = Array.from(
  { length: 24 },
  (_, i) => `2026-${String((i % 12) + 1).padStart(2, '0')}-${i < 12 ? '05' : '20'}`,
);

const bp = fc.integer({ min: 0, max: 10_000 });
const cents = (max: number) => fc.integer({ min: 0, max });
/** Present one time in four: optional rules should bite sometimes, not block almost every case. */
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const mostlyFalse = fc.constantFrom(false, false, false, true);
const rate = fc.record({
  defaultBp: bp,
  bySizeClass: fc.record({ micro: bp, small: bp, medium: bp }, { requiredKeys: [] }),
});

const category = (index: number) =>
  fc.record({
    id: fc.constant(`cat-${index}`),
    label: fc.constant({ en: `Category ${index}` }),
    article: fc.constant(`art. ${index}`),
    taxonomy: fc.uniqueArray(fc.constantFrom(...TAXONOMY), { minLength: 2, maxLength: 7 }),
    requiresAllTags: fc.constantFrom([], [], [], ['cybersecurity']),
    requiresAnyTag: fc.constantFrom([], [], [], ['technology:crm', 'technology:ai']),
    rate: maybe(rate),
    capCents: maybe(cents(5_000_000)),
    capShareBp: maybe(fc.integer({ min: 1000, max: 10_000 })),
    minLineCents: maybe(cents(100_000)),
    accreditationList: maybe(fc.constant('list-a')),
    recurring: fc.constantFrom('ineligible', 'within-project-period', 'eligible'),
    unitPriceCap: maybe(
      fc.record({ centsPerUnit: fc.integer({ min: 1, max: 10_000 }), unit: fc.constant('person-day') }),
    ),
  });

export const callRulesArb: fc.Arbitrary<CallRules> = fc
  .integer({ min: 1, max: 6 })
  .chain((count) =>
    fc.record({
      schemaVersion: fc.constant(1),
      family: fc.constantFrom('family-a', 'family-b'),
      applicant: fc.record({
        article: fc.constant('art. 1'),
        sizeClasses: fc.constantFrom(
          ['micro', 'small', 'medium'],
          ['micro', 'small', 'medium', 'large'],
          ['small', 'medium'],
        ),
        regions: fc.record({
          include: fc.constantFrom([], [], [], [], ['IT'], ['BE-VLG']),
          exclude: fc.constantFrom([], [], [], ['IT-MI']),
        }),
        sectors: fc.record({ include: fc.constant([]), exclude: fc.constantFrom([], [], ['01']) }),
        requiredDeclarations: fc.constantFrom([], ['tax-regular']),
        excludePreviousBeneficiaries: mostlyFalse,
      }),
      categories: fc.tuple(...Array.from({ length: count }, (_, i) => category(i))),
      exclusions: fc.record({
        article: fc.constant('art. 2'),
        vatEligible: mostlyFalse,
        usedGoods: fc.boolean(),
        linkedSuppliers: fc.boolean(),
        untraceablePayments: fc.boolean(),
        rules: fc.constantFrom(
          [],
          [{ id: 'phones', article: 'art. 2(a)', tagsAny: ['smartphone'], reason: { en: 'No phones.' } }],
          [
            {
              id: 'subs',
              article: 'art. 2(b)',
              taxonomy: ['saas-cloud'],
              recurring: true,
              reason: { en: 'No subscriptions.' },
            },
          ],
        ),
      }),
      spendWindow: fc.record({
        article: fc.constant('art. 3'),
        from: maybe(fc.constantFrom('2026-01-01', '2026-03-01')),
        // 31 May: a period over by the evaluation day (15 June), which refuses a line not dated yet.
        to: maybe(fc.constantFrom('2026-05-31', '2026-10-31', '2026-12-31')),
      }),
      applyWithinDaysOfServiceStart: maybe(
        fc.record({ article: fc.constant('art. 4'), days: fc.integer({ min: 0, max: 400 }) }),
      ),
      applicationTiming: maybe(
        fc.constantFrom(
          [{ id: 'not-started', article: 'art. 4(2)', date: 'start', fromDay: -120 }],
          [{ id: 'costs-after', article: 'art. 4(3)', date: 'invoice', fromDay: -150 }],
          [{ id: 'window', article: 'art. 4(4)', date: 'start', fromDay: -200, toDay: 100 }],
        ),
      ),
      cumulation: maybe(
        fc.oneof(
          fc.constant({ article: 'art. 4(5)', policy: 'none' }),
          fc.constant({ article: 'art. 4(5)', policy: 'general-tax-incentives-only' }),
          fc.record({
            article: fc.constant('art. 4(5)'),
            policy: fc.constant('max-intensity'),
            maxIntensityBp: fc.integer({ min: 2000, max: 10_000 }),
          }),
        ),
      ),
      shareRanges: fc.constantFrom(
        [],
        [],
        [],
        [
          {
            id: 'group',
            article: 'art. 5',
            label: { en: 'Group' },
            categories: ['cat-0'],
            minBp: 1000,
            maxBp: 9000,
          },
        ],
        [
          {
            id: 'capped',
            article: 'art. 5(2)',
            label: { en: 'Capped group' },
            categories: ['cat-0'],
            minBp: 500,
            maxBp: 7000,
            onOutside: 'cap',
          },
        ],
      ),
      totals: fc.record({
        article: fc.constant('art. 6'),
        rate,
        minProjectCents: maybe(cents(2_000_000)),
        maxProjectCents: maybe(cents(100_000_000)),
        projectCostBasis: maybe(fc.constantFrom('eligible', 'requested')),
        maxEligibleCents: maybe(cents(20_000_000)),
        maxGrantCents: maybe(cents(10_000_000)),
        rounding: fc.constantFrom('cent-down', 'euro-down', 'euro-nearest'),
        bonuses: fc.constantFrom(
          [],
          [
            {
              id: 'legality',
              article: 'art. 7',
              label: { en: 'Legality rating' },
              cents: 25_000,
              when: 'legality-rating',
            },
          ],
        ),
        withholdingBp: fc.constantFrom(0, 400),
      }),
      perCompanyYearCeiling: maybe(
        fc.record({ article: fc.constant('art. 8'), cents: fc.integer({ min: 1, max: 5_000_000 }) }),
      ),
      deMinimis: maybe(
        fc.record({
          article: fc.constant('art. 9'),
          regulation: fc.constantFrom('EU-2023/2831', 'EU-1407/2013'),
          onExcess: fc.constantFrom('refuse', 'cut'),
          sectorCeilings: maybe(
            fc.constant([{ article: 'art. 9(2)', sectors: ['47.19'], cents: 10_000_000 }]),
          ),
        }),
      ),
      allocation: fc.record({
        article: fc.constant('art. 10'),
        mode: fc.constantFrom('first-come', 'ranking', 'pro-rata'),
      }),
    }),
  )
  .map((raw) => callRulesSchema.parse(raw));

export const companyArb: fc.Arbitrary<Company> = fc
  .record({
    id: fc.constant('company'),
    name: fc.constant('Company'),
    regionCodes: fc.constantFrom(['IT', 'IT-RM'], ['IT', 'IT-MI'], ['BE', 'BE-VLG'], ['NL']),
    sectorCode: fc.constantFrom('47.19', '47.19', '01.11', 'C18.12'),
    registeredOn: fc.constantFrom('2010-01-01', '2025-06-01'),
    figures: fc.record({
      staffAwu: fc.integer({ min: 0, max: 300 }),
      turnoverCents: cents(3_000_000_000),
      balanceSheetCents: cents(3_000_000_000),
    }),
    declarations: fc.constantFrom([], ['tax-regular'], ['tax-regular'], ['tax-regular']),
    legalityRating: fc.boolean(),
    figuresYear: fc.constant(2025),
    figuresByYear: maybe(
      fc.uniqueArray(
        fc.record({
          year: fc.constantFrom(2022, 2023, 2024),
          staffAwu: fc.integer({ min: 0, max: 300 }),
          turnoverCents: cents(3_000_000_000),
          balanceSheetCents: cents(3_000_000_000),
        }),
        { maxLength: 3, selector: (y) => y.year },
      ),
    ),
    deMinimisReceived: fc.array(
      fc
        .record({
          grantedOn: fc.constantFrom('2023-06-15', '2023-06-16', '2024-01-10', '2025-05-01', '2026-02-01'),
          cents: cents(15_000_000),
          kind: maybe(fc.constantFrom('de-minimis', 'gber', 'general-tax-incentive')),
          costsCovered: maybe(
            fc.constantFrom(
              [{ planId: 'plan', lineId: 'line-000' }],
              [{ planId: 'plan', lineId: 'line-001', cents: 50_000 }],
            ),
          ),
        })
        // An aid pays at most itself on a cost (the company schema says so).
        .map((aid) => ({
          ...aid,
          costsCovered: aid.costsCovered?.map((cost) =>
            'cents' in cost && cost.cents > aid.cents ? { planId: cost.planId, lineId: cost.lineId } : cost,
          ),
        })),
      { maxLength: 2 },
    ),
    fiscalYearEnd: maybe(fc.constantFrom('06-30', '03-31')),
    related: fc.constantFrom(
      [],
      [],
      [],
      [
        {
          name: 'Subsidiary',
          sharePct: 60,
          staffAwu: 5,
          turnoverCents: 50_000_000,
          balanceSheetCents: 50_000_000,
          deMinimisReceived: [{ grantedOn: '2025-05-01', cents: 5_000_000 }],
          related: [
            {
              name: 'Its partner',
              sharePct: 30,
              staffAwu: 20,
              turnoverCents: 100_000_000,
              balanceSheetCents: 0,
            },
          ],
        },
      ],
      [
        {
          name: 'Partner',
          sharePct: 30,
          staffAwu: 40,
          turnoverCents: 400_000_000,
          balanceSheetCents: 100_000_000,
          related: [
            {
              name: "Partner's subsidiary",
              sharePct: 80,
              staffAwu: 10,
              turnoverCents: 0,
              balanceSheetCents: 0,
            },
          ],
        },
      ],
    ),
    grantsThisYear: fc.array(
      fc.record({
        callFamily: fc.constantFrom('family-a', 'family-b'),
        year: fc.constant(2026),
        cents: cents(3_000_000),
      }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((raw) => companySchema.parse(raw));

export const spendLineArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    category: fc.constantFrom(...TAXONOMY),
    description: fc.constant(`Line ${id}`),
    supplier: fc.record({
      name: fc.constant('Supplier'),
      linked: mostlyFalse,
      accreditations: fc.constantFrom([], ['list-a'], ['list-a']),
    }),
    amountCents: fc.integer({ min: 1, max: 5_000_000 }),
    vatCents: cents(1_000_000),
    // Now and then not dated yet: an estimate whose invoice date the SME does not know.
    date: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...DAYS) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
    usedGoods: mostlyFalse,
    payment: fc.constantFrom('bank-transfer', 'card', 'bank-transfer', 'cash'),
    recurring: maybe(
      fc.record({ months: fc.integer({ min: 1, max: 24 }), startsOn: fc.constantFrom(...DAYS) }),
    ),
    units: fc.option(fc.record({ count: fc.integer({ min: 1, max: 50 }), unit: fc.constant('person-day') }), {
      nil: undefined,
    }),
    serviceStartsOn: maybe(fc.constantFrom(...DAYS)),
    otherAid: maybe(
      fc.array(
        fc.oneof(
          fc.record({
            kind: fc.constantFrom('de-minimis', 'gber', 'other-state-aid', 'general-tax-incentive'),
            cents: cents(2_000_000),
          }),
          fc.record({
            kind: fc.constantFrom('gber', 'general-tax-incentive'),
            status: fc.constant('requested'),
            intensityBp: fc.integer({ min: 0, max: 8000 }),
          }),
        ),
        { minLength: 1, maxLength: 2 },
      ),
    ),
  });

export const planArb = (maxLines = 12, minLines = 1): fc.Arbitrary<Plan> =>
  fc
    .integer({ min: minLines, max: maxLines })
    .chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => spendLineArb(`line-${String(i).padStart(3, '0')}`))),
    )
    .map((lines) =>
      planSchema.parse({
        id: 'plan',
        companyId: 'company',
        title: 'Plan',
        projectPeriod: { from: '2026-02-01', to: '2026-10-31' },
        lines,
      }),
    );
