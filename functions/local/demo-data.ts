/** Demo data for `npm start`: fixed ids make seeding idempotent, so restarts never duplicate it. */
import type { Call } from '../../shared/calls/call-schema';
import { type Company, companySchema } from '../../shared/companies/company-schema';
import { type Consultancy, consultancySchema } from '../../shared/consultancies/consultancy-schema';
import { callRulesSchema } from '../../shared/eligibility/call-rules-schema';
import { classifySize } from '../../shared/eligibility/size-class';
import {
  kmoPortefeuille2025Rules,
  kmoPortefeuille2026Rules,
  miseVoucherRules,
  mitFeasibilityRules,
  pidLombardiaRules,
  slimRules,
} from '../../shared/fixtures/schemes';
import { type Plan, planSchema } from '../../shared/plans/plan-schema';
import { addDays } from '../../shared/time/calendar-date';
import { zonedWallTimeToIso } from '../../shared/time/zoned-date-time';
import type { BudgetStore } from '../applications/application-ports';
import type { CallStore } from '../calls/call-store';
import type { CompanyStore } from '../companies/company-store';
import type { ConsultancyStore } from '../consultancies/consultancy-store';
import { ConflictError } from '../data/store-errors';
import type { PlanStore } from '../plans/plan-store';
import { demoUsers } from './demo-users';

const orgOf = (role: string) => demoUsers.find((u) => u.role === role)?.orgId ?? `${role}-demo`;

/** Noon local time on the last day of the month `monthsAhead` from `now`, so demo calls start open. */
function noonAtMonthEnd(now: Date, monthsAhead: number, timeZone: string): string {
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead + 1, 0));
  return zonedWallTimeToIso(`${lastDay.toISOString().slice(0, 10)}T12:00`, timeZone);
}

const day = (now: Date, offset: number) => addDays(now.toISOString().slice(0, 10), offset);

/** The real schemes' rules, with spend windows moved around the demo's "today". */
export function demoWindow(now: Date) {
  return { from: day(now, -30), to: day(now, 365) };
}

/**
 * The other two real schemes, the 2025 KMO-portefeuille and SLIM, open so a new SME can check the public worked
 * examples against them: the rules as encoded, spend windows moved around "today" as above (the worked
 * examples keep their arithmetic when their dates move with the window).
 */
function workedExampleCalls(
  now: Date,
  base: Pick<Call, 'ownerOrgId' | 'status' | 'revision' | 'version'>,
): Call[] {
  const stamp = now.toISOString();
  const shifted = (rules: typeof miseVoucherRules) =>
    callRulesSchema.parse({ ...rules, spendWindow: { ...rules.spendWindow, ...demoWindow(now) } });
  return [
    {
      ...base,
      id: '01DEMOCALL0000000000000004',
      title: 'Voucher per la digitalizzazione delle PMI — MISE (demo)',
      description:
        'Vouchers of 50 % (at most €10,000) for micro, small and medium enterprises anywhere in Italy: hardware, ' +
        'software, specialist consulting, broadband activation and ICT training. Subscriptions and fees are not eligible.',
      closesAt: noonAtMonthEnd(now, 4, 'Europe/Rome'),
      timeZone: 'Europe/Rome',
      budgetCents: 10_000_000_00,
      rules: shifted(miseVoucherRules),
      questions: [],
      createdAt: stamp,
      publishedAt: stamp,
    },
    {
      ...base,
      id: '01DEMOCALL0000000000000005',
      // The publisher's own page of the scheme.
      officialUrl:
        'https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/kmo-portefeuille-steun-voor-opleiding-en-advies',
      title: 'KMO-portefeuille 2025 — opleiding en advies (demo)',
      description:
        'The 2025 rules of the KMO-portefeuille: training and advice (general advice included) from registered ' +
        'providers, 30 % for small and 20 % for medium enterprises, 45 % / 35 % for cybersecurity.',
      closesAt: noonAtMonthEnd(now, 5, 'Europe/Brussels'),
      timeZone: 'Europe/Brussels',
      budgetCents: 500_000_000,
      rules: shifted(kmoPortefeuille2025Rules),
      questions: [],
      createdAt: stamp,
      publishedAt: stamp,
    },
    {
      ...base,
      id: '01DEMOCALL0000000000000006',
      // The publisher's own page of the scheme.
      officialUrl:
        'https://www.rvo.nl/subsidie-en-financieringswijzer/mit-regeling/aanvragen/haalbaarheidsprojecten',
      title: 'MIT haalbaarheidsprojecten (demo)',
      description:
        'Dutch SMEs: 40 % of a feasibility study (at most €20,000), with at least 60 % of the project being the study.',
      closesAt: noonAtMonthEnd(now, 3, 'Europe/Amsterdam'),
      timeZone: 'Europe/Amsterdam',
      budgetCents: 200_000_000,
      rules: callRulesSchema.parse(mitFeasibilityRules),
      questions: [],
      createdAt: stamp,
      publishedAt: stamp,
    },
    {
      ...base,
      id: '01DEMOCALL0000000000000007',
      title: 'SLIM — leren en ontwikkelen in het mkb (demo)',
      description:
        'Dutch SMEs: 60 % of learning-and-development activities (training-needs analysis, development plans, ' +
        'career advice; not course fees) on eligible costs from €5,000 to €24,999; de minimis aid.',
      closesAt: noonAtMonthEnd(now, 4, 'Europe/Amsterdam'),
      timeZone: 'Europe/Amsterdam',
      budgetCents: 300_000_000,
      rules: shifted(slimRules),
      questions: [],
      createdAt: stamp,
      publishedAt: stamp,
    },
  ];
}

export function demoCalls(now: Date): Call[] {
  const base = { ownerOrgId: orgOf('association'), status: 'published', revision: 2, version: 1 } as const;
  const stamp = now.toISOString();
  const pidRules = callRulesSchema.parse({
    ...pidLombardiaRules,
    spendWindow: { ...pidLombardiaRules.spendWindow, ...demoWindow(now) },
  });
  const kmoRules = callRulesSchema.parse({
    ...kmoPortefeuille2026Rules,
    spendWindow: { ...kmoPortefeuille2026Rules.spendWindow, ...demoWindow(now) },
  });
  return [
    {
      ...base,
      id: '01DEMOCALL0000000000000001',
      // The publisher's own page of the scheme.
      officialUrl: 'https://www.milomb.camcom.it/en/bando-voucher-digitali-4.0-lombardia-2025',
      title: 'Voucher Digitali I4.0 — Lombardia (demo)',
      description:
        'Grants of 50 % on consulting, training and technology for Industry 4.0 projects of micro, small and ' +
        'medium enterprises with a seat or operating site in the provinces of the participating Chambers of ' +
        'Commerce: Milano, Monza Brianza, Lodi, Brescia, Como, Lecco, Cremona, Mantova, Pavia and Varese ' +
        '(not Bergamo or Sondrio). Minimum investment €4,000; grant at most €10,000.',
      closesAt: noonAtMonthEnd(now, 3, 'Europe/Rome'),
      timeZone: 'Europe/Rome',
      budgetCents: 339_800_000,
      rules: pidRules,
      questions: [
        {
          id: 'technologies',
          label: 'Which 4.0 technologies does the project introduce, and why?',
          required: true,
          maxLength: 2000,
        },
        {
          id: 'supplier-choice',
          label: 'How did you choose your suppliers?',
          required: false,
          maxLength: 1000,
        },
      ],
      createdAt: stamp,
      publishedAt: stamp,
    },
    {
      ...base,
      id: '01DEMOCALL0000000000000002',
      // The publisher's own page of the scheme.
      officialUrl:
        'https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/kmo-portefeuille-steun-voor-opleiding-en-advies',
      title: 'KMO-portefeuille — opleiding en advies (demo)',
      description:
        'Subsidy for training and advice from registered providers for SMEs in the Flemish Region: 30 % for small ' +
        'and 20 % for medium enterprises, 45 % / 35 % for cybersecurity; at most €7,500 per year.',
      closesAt: noonAtMonthEnd(now, 5, 'Europe/Brussels'),
      timeZone: 'Europe/Brussels',
      budgetCents: 500_000_000,
      rules: kmoRules,
      questions: [
        {
          id: 'training-goal',
          label: 'Wat wilt u met de opleiding of het advies bereiken?',
          required: true,
          maxLength: 2000,
        },
      ],
      createdAt: stamp,
      publishedAt: stamp,
    },
    ...workedExampleCalls(now, base),
  ];
}

/** A draft with real rules the demo association can publish from the browser (a second window of the voucher). */
export function demoDraftCall(now: Date): Call {
  const [voucher] = demoCalls(now);
  if (!voucher) throw new Error('The demo voucher call is missing.');
  const { version: _v, publishedAt: _p, rulesHash: _h, ...draft } = voucher;
  return {
    ...draft,
    id: '01DEMOCALL0000000000000003',
    title: 'Voucher Digitali I4.0 — Lombardia, second window (demo draft)',
    status: 'draft',
    revision: 1,
    closesAt: noonAtMonthEnd(now, 4, 'Europe/Rome'),
    budgetCents: 100_000_000,
  };
}

export function demoCompany(): Company {
  return companySchema.parse({
    id: orgOf('sme'),
    name: 'Bottega Rossi srl',
    regionCodes: ['IT', 'IT-25', 'ITC4', 'IT-MI'],
    sectorCode: '47.19',
    registeredOn: '2012-04-02',
    figures: { staffAwu: 7, turnoverCents: 900_000_00, balanceSheetCents: 420_000_00 },
    declarations: [
      'tax-regular',
      'social-security-regular',
      'chamber-fee-paid',
      'no-supply-contract-with-issuer',
    ],
  });
}

export function demoPlan(now: Date): Plan {
  const tech = ['technology:crm', 'technology:cloud'];
  return planSchema.parse({
    id: '01DEMOPLAN0000000000000001',
    companyId: orgOf('sme'),
    title: 'Sell online and know our customers',
    whereWeWantToGo: 'Half of our sales online within two years, with customers who come back.',
    whoPullsTheCart: 'Marco Rossi, owner, with his daughter Sara for the online shop.',
    howWeTellTheStory: 'Newsletter and shop-window QR codes: "the shop you know, now open at night".',
    goals: [
      { text: 'Open an online shop linked to the till', kpi: 'Share of sales online', target: '50 %' },
      { text: 'Know returning customers', kpi: 'Customers in the CRM', target: '2,000' },
    ],
    projectPeriod: { from: day(now, 0), to: day(now, 364) },
    lines: [
      {
        id: 'crm-consulting',
        category: 'consulting',
        description: 'CRM and online-shop integration consulting',
        supplier: { name: 'Digitale Srl' },
        amountCents: 3_000_00,
        date: day(now, 20),
        tags: ['technology:crm'],
      },
      {
        id: 'crm-training',
        category: 'training',
        description: 'Staff CRM training',
        supplier: { name: 'Digitale Srl' },
        amountCents: 1_000_00,
        date: day(now, 45),
        tags: ['technology:crm'],
      },
      {
        id: 'crm-licence',
        category: 'saas-cloud',
        description: '12-month CRM licence',
        supplier: { name: 'CRM Cloud' },
        amountCents: 1_200_00,
        date: day(now, 15),
        tags: tech,
        recurring: { months: 12, startsOn: day(now, 15) },
      },
      {
        id: 'tablets',
        category: 'hardware',
        description: '2 tablets for the shop floor',
        supplier: { name: 'Elettronica Milano' },
        amountCents: 900_00,
        date: day(now, 10),
        tags: ['technology:crm'],
      },
      {
        id: 'smartphone',
        category: 'hardware',
        description: "Owner's smartphone",
        supplier: { name: 'Elettronica Milano' },
        amountCents: 600_00,
        date: day(now, 10),
        tags: ['smartphone'],
      },
      {
        id: 'website',
        category: 'web-ecommerce',
        description: 'Website redesign and SEO',
        supplier: { name: 'Web Agency' },
        amountCents: 1_500_00,
        date: day(now, 60),
      },
    ],
  });
}

/**
 * The directory an SME picks from: the demo consultant's own studio (its user signs in as
 * giulia@studio-bianchi.example) and two more where the demo schemes are, in Flanders and the Netherlands.
 */
export function demoConsultancies(): Consultancy[] {
  return [
    {
      id: orgOf('consultant'),
      name: 'Studio Bianchi',
      place: 'Milano, Lombardia',
      languages: ['it', 'en'],
      description:
        'Grant advice for shops and workshops in Lombardy: regional 4.0 vouchers, MISE vouchers and de minimis checks.',
    },
    {
      id: 'consultant-adviesbureau-peeters',
      name: 'Adviesbureau Peeters',
      place: 'Gent, Vlaanderen',
      languages: ['nl', 'fr', 'en'],
      description:
        'Registered KMO-portefeuille provider: advice and training subsidies for Flemish SMEs, from plan to payment.',
    },
    {
      id: 'consultant-van-dijk-subsidies',
      name: 'Van Dijk Subsidieadvies',
      place: 'Utrecht',
      languages: ['nl', 'en'],
      description: 'MIT feasibility studies and innovation subsidies for Dutch SMEs.',
    },
  ].map((listing) => consultancySchema.parse(listing));
}

async function ignoreExisting(write: Promise<void>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

/** Writes each demo item unless it is there already; returns how many calls were new. */
export async function seedDemoData(
  stores: {
    calls: CallStore;
    companies: CompanyStore;
    plans: PlanStore;
    budgets: BudgetStore;
    consultancies: ConsultancyStore;
  },
  now: Date,
): Promise<number> {
  let created = 0;
  for (const call of demoCalls(now)) {
    await stores.budgets.open(call.id, call.budgetCents);
    await ignoreExisting(stores.calls.saveVersion(call));
    if (await ignoreExisting(stores.calls.create(call))) created += 1;
  }
  await ignoreExisting(stores.calls.create(demoDraftCall(now)));
  const company = demoCompany();
  const stamp = now.toISOString();
  await ignoreExisting(
    stores.companies.put({ company, sizeClass: classifySize(company), revision: 1, updatedAt: stamp }, 0),
  );
  await ignoreExisting(stores.plans.put({ plan: demoPlan(now), revision: 1, updatedAt: stamp }, 0));
  for (const consultancy of demoConsultancies()) {
    await ignoreExisting(stores.consultancies.put({ consultancy, revision: 1, updatedAt: stamp }, 0));
  }
  return created;
}
