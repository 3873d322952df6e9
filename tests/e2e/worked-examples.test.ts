/**
 * Acceptance of #13, UI only: a brand-new SME signs up, enters a public worked example (M1 MISE voucher,
 * L1 PID Lombardia, K1 KMO-portefeuille, N1 MIT) as company and plan through the screens — no API calls,
 * no seeded tags or declarations — and the report shows the example's grant and paid-out amount to the
 * cent with each line's verdict; then every line refusal that has a next step is followed through its
 * link and the line becomes eligible. At 1280 × 800 in English, and at 390 × 844 in the SME's own language
 * (Italian for M1 and L1, Dutch for K1 and N1): every field is found and every figure read in the words and
 * money format that reader sees. The calls are the demo data's open calls, whose spend windows run from 30
 * days before today: the examples' dates move with them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../shared/time/calendar-date';
import { accessibilityViolations, launchBrowser } from './support/browser';
import { escapeRegExp, internalCodesIn } from './support/internal-codes';
import { signUpNewSme } from './support/new-sme';
import { visibleText } from './support/visible-text';
import { fillIn, plainSpaces, type Words, wordsIn } from './support/words';

const appUrl = inject('appUrl');
const today = new Date().toISOString().slice(0, 10);
const day = (offset: number) => addDays(today, offset);

interface Line {
  description: string;
  category: string;
  amount: string;
  date: string;
  supplier?: string;
  status?: 'estimate' | 'quote' | 'invoice' | 'paid';
  purposes?: string[];
  kinds?: string[];
  subscription?: { months: string; startsOn: string };
  registered?: boolean;
  units?: string;
  serviceStart?: string;
  /** A question no call the company may apply to asks of this line (its words' key): it must not be shown. */
  notAsked?: string;
  verdict: Verdict;
  /** The line refusal's next step, when it has one: what following it changes. */
  follow?: { purpose?: string; registered?: boolean };
}

/** The report's verdicts, by their words' key. */
type Verdict = 'eligible' | 'partly' | 'ineligible';

interface Example {
  name: string;
  /** The language its SME reads, at 390 × 844 (at 1280 × 800 every example runs in English). */
  language: 'it' | 'nl';
  call: string;
  company: {
    name: string;
    place: string;
    sector: string;
    registeredOn: string;
    staff: string;
    turnover: string;
    balanceSheet: string;
    declarations: string[];
  };
  plan: { title: string; from: string; to: string; lines: Line[] };
  grantCents: number;
  paidOutCents: number;
}

/** Codes stand for what the SME picks; the test finds each by its words in the page's language. */
const CRM = 'technology:crm';
const KMO = 'kmo-portefeuille';
const MISE_FROM = -30; // the demo's spend windows open 30 days before today

const EXAMPLES: Example[] = [
  {
    name: 'M1 MISE voucher 2018, micro retailer in Padova',
    language: 'it',
    call: 'Voucher per la digitalizzazione delle PMI — MISE (demo)',
    company: {
      name: 'Micro retailer, Padova',
      place: 'IT-PD',
      sector: '47.19',
      registeredOn: '2010-05-01',
      staff: '6',
      turnover: '800000',
      balanceSheet: '400000',
      declarations: ['not-in-liquidation'],
    },
    plan: {
      title: 'Open the shop online',
      from: day(MISE_FROM),
      to: day(MISE_FROM + 322),
      lines: [
        {
          description: '2 notebooks',
          category: 'hardware',
          amount: '1800',
          date: day(MISE_FROM + 26),
          supplier: 'PC Veneto',
          verdict: 'eligible',
        },
        {
          description: 'Perpetual e-commerce licence',
          category: 'software-licence',
          amount: '3500',
          date: day(MISE_FROM + 36),
          supplier: 'ShopSoft',
          verdict: 'eligible',
        },
        {
          description: 'E-commerce set-up consulting',
          category: 'consulting',
          amount: '2000',
          date: day(MISE_FROM + 61),
          supplier: 'Studio Web',
          verdict: 'eligible',
        },
        {
          description: 'Cloud storage, 12-month subscription',
          category: 'saas-cloud',
          amount: '600',
          date: day(MISE_FROM + 47),
          supplier: 'CloudBox',
          // No call a shop in Padua may apply to asks whether cloud storage is a subscription (the
          // voucher refuses cloud services outright; the Lombard call that asks is for Lombardy): the
          // editor does not ask it.
          notAsked: 'spendLine.howBought',
          verdict: 'ineligible',
        },
        {
          description: 'Fibre one-off activation + router',
          category: 'connectivity',
          amount: '400',
          date: day(MISE_FROM + 78),
          supplier: 'FibraNet',
          verdict: 'eligible',
        },
        {
          description: 'Fibre monthly fee 6 × 40',
          category: 'connectivity',
          amount: '240',
          date: day(MISE_FROM + 78),
          supplier: 'FibraNet',
          subscription: { months: '6', startsOn: day(MISE_FROM + 78) },
          verdict: 'ineligible',
        },
        // Bought two weeks before the spending period opened: invoiced, so no next step can move it.
        {
          description: 'POS terminal',
          category: 'hardware',
          amount: '700',
          date: day(MISE_FROM - 14),
          supplier: 'PC Veneto',
          status: 'invoice',
          verdict: 'ineligible',
        },
      ],
    },
    grantCents: 3_850_00,
    paidOutCents: 3_850_00,
  },
  {
    name: 'L1 PID Lombardia 2025, micro restaurant in Milano',
    language: 'it',
    call: 'Voucher Digitali I4.0 — Lombardia (demo)',
    company: {
      name: 'Micro restaurant, Milano',
      place: 'IT-MI',
      sector: '56.10',
      registeredOn: '2015-09-01',
      staff: '8',
      turnover: '900000',
      balanceSheet: '350000',
      declarations: ['social-security-regular', 'chamber-fee-paid', 'no-supply-contract-with-issuer'],
    },
    plan: {
      title: 'Bookings and customers in one CRM',
      from: day(0),
      to: day(364),
      lines: [
        {
          description: 'CRM + booking integration consulting',
          category: 'consulting',
          amount: '3000',
          date: day(14),
          supplier: 'Digitale Srl',
          purposes: [CRM],
          verdict: 'eligible',
        },
        {
          description: 'Staff CRM training',
          category: 'training',
          amount: '1000',
          date: day(40),
          supplier: 'Digitale Srl',
          purposes: [CRM],
          verdict: 'eligible',
        },
        {
          description: '12-month CRM licence',
          category: 'saas-cloud',
          amount: '1200',
          date: day(0),
          supplier: 'CRM Cloud',
          purposes: [CRM],
          subscription: { months: '12', startsOn: day(0) },
          verdict: 'eligible',
        },
        {
          description: '2 tablets for table bookings',
          category: 'hardware',
          amount: '900',
          date: day(19),
          supplier: 'Elettronica Milano',
          purposes: [CRM],
          verdict: 'eligible',
        },
        {
          description: "Manager's smartphone",
          category: 'hardware',
          amount: '600',
          date: day(19),
          supplier: 'Elettronica Milano',
          kinds: ['smartphone'],
          verdict: 'ineligible',
        },
        {
          description: 'Website redesign / SEO',
          category: 'web-ecommerce',
          amount: '1500',
          date: day(61),
          supplier: 'Web Agency',
          verdict: 'ineligible',
          follow: { purpose: 'technology:cloud' },
        },
      ],
    },
    grantCents: 3_050_00,
    paidOutCents: 2_928_00,
  },
  {
    name: 'K1 KMO-portefeuille 2025, small printer in Gent',
    language: 'nl',
    call: 'KMO-portefeuille 2025 — opleiding en advies (demo)',
    company: {
      name: 'Small printer, Gent',
      place: 'BE-VOV',
      sector: '18.12',
      registeredOn: '2008-01-15',
      staff: '20',
      turnover: '3500000',
      balanceSheet: '2000000',
      declarations: [],
    },
    plan: {
      title: 'Data and security skills',
      from: day(-10),
      to: day(290),
      lines: [
        {
          description: 'Power BI training',
          category: 'training',
          amount: '1200',
          date: day(-4),
          serviceStart: day(-4),
          supplier: 'Opleidingscentrum Gent',
          registered: true,
          verdict: 'eligible',
        },
        {
          description: 'Cybersecurity training',
          category: 'training',
          amount: '2000',
          date: day(-2),
          serviceStart: day(-2),
          supplier: 'Opleidingscentrum Gent',
          registered: true,
          purposes: ['cybersecurity'],
          verdict: 'eligible',
        },
        {
          description: 'ERP-selection advice',
          category: 'consulting',
          amount: '6000',
          date: day(-9),
          serviceStart: day(-9),
          supplier: 'Adviesbureau Noord',
          registered: true,
          verdict: 'eligible',
        },
        {
          description: 'Catering 2 days × 5 people × €30',
          category: 'catering',
          amount: '300',
          date: day(-4),
          serviceStart: day(-4),
          supplier: 'Opleidingscentrum Gent',
          registered: true,
          units: '10',
          verdict: 'partly',
        },
        {
          description: 'Software licence',
          category: 'software-licence',
          amount: '800',
          date: day(-4),
          supplier: 'SoftCo',
          verdict: 'ineligible',
        },
        {
          description: 'Training by an unregistered provider',
          category: 'training',
          amount: '500',
          date: day(-4),
          serviceStart: day(-4),
          supplier: 'Freelance Trainer',
          verdict: 'ineligible',
          follow: { registered: true },
        },
      ],
    },
    grantCents: 3_135_00,
    paidOutCents: 3_135_00,
  },
  {
    name: 'N1 MIT feasibility, small software firm in Utrecht',
    language: 'nl',
    call: 'MIT haalbaarheidsprojecten (demo)',
    company: {
      name: 'Small software firm, Utrecht',
      place: 'NL-UT',
      sector: '62.01',
      registeredOn: '2020-06-01',
      staff: '12',
      turnover: '1500000',
      balanceSheet: '800000',
      declarations: [],
    },
    plan: {
      title: 'Is predictive maintenance for bakeries feasible?',
      from: day(10),
      to: day(280),
      lines: [
        {
          description: 'Feasibility study',
          category: 'feasibility-study',
          amount: '40000',
          date: day(30),
          supplier: 'Kennisinstituut',
          verdict: 'eligible',
        },
      ],
    },
    grantCents: 16_000_00,
    paidOutCents: 16_000_00,
  },
];

async function noSideways(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** What every page of the journey must pass: axe's WCAG 2.2 AA rules and no sideways scroll. */
async function pageChecks(page: Page, where: string): Promise<void> {
  expect(await accessibilityViolations(page), where).toEqual([]);
  await noSideways(page, where);
}

/** The report as people read it (folds opened) holds no internal code; the line ids are user data. */
async function expectNoCodes(page: Page, where: string): Promise<void> {
  expect(internalCodesIn(await visibleText(page)), where).toEqual([]);
}

/** Whether the report shows a next step for this line's refusal. */
async function hasNextStep(page: Page, description: string): Promise<boolean> {
  const steps = await page.locator('.next-steps li').allInnerTexts();
  return steps.some((text) => text.startsWith(`${description}:`));
}

async function enterCompany(page: Page, { t, labels }: Words, company: Example['company']): Promise<void> {
  await page.getByLabel(t('company.name')).fill(company.name);
  await page.getByLabel(t('company.placePick')).selectOption({ label: labels.region(company.place) });
  await page.getByRole('button', { name: t('company.addPlace') }).click();
  await page.getByLabel(t('company.sector')).fill(company.sector);
  await page.getByLabel(t('company.registeredOn')).fill(company.registeredOn);
  await page.getByLabel(t('company.staff')).fill(company.staff);
  await page.getByLabel(t('company.turnover')).fill(company.turnover);
  await page.getByLabel(t('company.balanceSheet')).fill(company.balanceSheet);
  for (const declaration of company.declarations) {
    await page.getByRole('checkbox', { name: labels.declaration(declaration) }).check();
  }
  await pageChecks(page, 'company page');
  await page.getByRole('button', { name: t('company.save') }).click();
  await page.getByText(t('company.saved')).waitFor();
}

async function enterLine(page: Page, { t, labels }: Words, n: number, line: Line): Promise<void> {
  const field = (key: string, values: Record<string, string> = {}) =>
    page.getByLabel(t(key, { n, ...values }), { exact: true });
  await field('planEditor.lineDescription').fill(line.description);
  await field('planEditor.lineCategory').selectOption({ label: labels.taxonomy(line.category) });
  await field('planEditor.lineAmount').fill(line.amount);
  await field('spendLine.status').selectOption({ label: labels.lineStatus(line.status ?? 'estimate') });
  const invoiced = line.status === 'invoice' || line.status === 'paid';
  await field(invoiced ? 'planEditor.lineDate' : 'spendLine.expectedDate').fill(line.date);
  if (line.supplier) {
    const supplier = t('planEditor.lineSupplier', { n });
    await page
      .getByLabel(invoiced ? supplier : `${supplier} ${t('common.optional')}`, { exact: true })
      .fill(line.supplier);
  }
  for (const purpose of line.purposes ?? []) {
    await page
      .getByRole('group', { name: t('spendLine.purpose', { n }) })
      .getByRole('checkbox', { name: labels.tag(purpose), exact: true })
      .check();
  }
  for (const kind of line.kinds ?? []) {
    await page
      .getByRole('group', { name: t('spendLine.kind', { n }) })
      .getByRole('checkbox', { name: labels.tag(kind), exact: true })
      .check();
  }
  if (line.subscription) {
    await page
      .getByRole('group', { name: t('spendLine.howBought', { n }) })
      .getByRole('radio', { name: t('spendLine.subscription') })
      .check();
    await field('spendLine.months').fill(line.subscription.months);
    await field('spendLine.startsOn').fill(line.subscription.startsOn);
  }
  if (line.registered) {
    await page
      .getByRole('checkbox', { name: t('spendLine.registered', { n, list: labels.list(KMO) }) })
      .check();
  }
  if (line.notAsked) {
    // The calls' questions are there (the first line, hardware, is asked whether it was bought used):
    // this one is not.
    await field('spendLine.used', { n: '1' }).waitFor();
    expect(await page.getByRole('group', { name: t(line.notAsked, { n }) }).count()).toBe(0);
  }
  if (line.units) await field('spendLine.units', { unit: labels.unit('person-day') }).fill(line.units);
  if (line.serviceStart) await field('spendLine.serviceStart').fill(line.serviceStart);
}

async function enterPlan(page: Page, words: Words, plan: Example['plan']): Promise<void> {
  const { t } = words;
  await page.getByRole('link', { name: t('nav.yourPlans') }).click();
  await page.getByRole('link', { name: t('plans.new') }).click();
  await page.getByRole('heading', { name: t('planEditor.newTitle') }).waitFor();
  await page.getByLabel(t('planEditor.title'), { exact: true }).fill(plan.title);
  await page.getByLabel(t('planEditor.from'), { exact: true }).fill(plan.from);
  await page.getByLabel(t('planEditor.to'), { exact: true }).fill(plan.to);
  for (const [i, line] of plan.lines.entries()) {
    if (i > 0) await page.getByRole('button', { name: t('planEditor.addLine') }).click();
    await enterLine(page, words, i + 1, line);
  }
  await pageChecks(page, 'plan editor');
  await page.getByRole('button', { name: t('planEditor.save') }).click();
  await page.waitForURL('**/plans');
  await page.getByRole('heading', { name: t('plans.title') }).waitFor();
  await pageChecks(page, 'plans list');
  await expectNoCodes(page, 'plans list');
}

/** From the list of plans, the matches of the example's plan; there, its call's report. */
async function openReport(
  page: Page,
  { t, money }: Words,
  example: Example,
  grantCents?: number,
): Promise<void> {
  await page
    .getByRole('listitem')
    .filter({ hasText: example.plan.title })
    .getByRole('link', { name: t('plans.matches') })
    .click();
  await page.waitForURL('**/matches');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: example.call }) });
  await card.waitFor();
  if (grantCents !== undefined)
    expect(plainSpaces((await card.textContent()) ?? ''), 'the matches card').toContain(money(grantCents));
  await pageChecks(page, 'matches');
  await card.getByRole('link', { name: new RegExp(`^${escapeRegExp(t('matches.check'))}`) }).click();
  await page.waitForURL(/\/calls\/[0-9A-Z]{26}$/);
  await page.getByRole('heading', { name: example.call }).waitFor();
}

/** A figure of the report's summary, by its words' key. */
async function fact(page: Page, { t }: Words, key: string): Promise<string> {
  const facts = page.locator('dl.facts').first();
  await facts.waitFor();
  const figure = await facts
    .locator('div')
    .filter({ has: page.getByText(t(key), { exact: true }) })
    .locator('dd')
    .textContent();
  return plainSpaces(figure ?? '');
}

/** "What the figures mean" under the report: what is withheld and paid out, and what the SME pays first and in the end. */
async function expectMoneyExplained(
  page: Page,
  { labels, money, percent }: Words,
  example: Example,
): Promise<void> {
  const said = plainSpaces((await page.locator('.money-explained').textContent()) ?? '');
  const withheld = example.grantCents - example.paidOutCents;
  const requested = example.plan.lines.reduce((sum, line) => sum + Number(line.amount) * 100, 0);
  expect(said).toContain(
    fillIn(labels.reportMoney(withheld > 0 ? 'withholding' : 'noWithholding'), {
      withholding: money(withheld),
      rate: percent(withheld / example.grantCents),
      payout: money(example.paidOutCents),
    }),
  );
  expect(said).toContain(
    fillIn(labels.reportMoney('payFirst'), {
      requested: money(requested),
      netCost: money(requested - example.grantCents),
    }),
  );
}

async function verdictOf(page: Page, description: string): Promise<string> {
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: description, exact: true }) });
  await row.waitFor();
  return (await row.locator('td').nth(1).textContent()) ?? '';
}

/** A per-line text ('Line {{n}}: …') as a pattern that matches it on any line. */
function anyLine(t: Words['t'], key: string): RegExp {
  const [before, after] = t(key, { n: '\u0000' }).split('\u0000').map(escapeRegExp);
  return new RegExp(`^${before}\\d+${after}$`);
}

for (const size of [
  { width: 1280, height: 800, language: (_: Example) => 'en' as const },
  { width: 390, height: 844, language: (example: Example) => example.language },
]) {
  describe(`the public worked examples, entered by new SMEs at ${size.width} × ${size.height}`, () => {
    let browser: Awaited<ReturnType<typeof launchBrowser>>;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser.close());

    for (const example of EXAMPLES) {
      const words = wordsIn(size.language(example));
      const { t, money } = words;
      it(`${example.name}, in ${words.language}: grant ${money(example.grantCents)}, paid out ${money(example.paidOutCents)}, each line's verdict; next steps make lines eligible`, async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize(size);
        try {
          await signUpNewSme(page, appUrl, 'worked-example.example', (step) => pageChecks(page, step), words);
          await enterCompany(page, words, example.company);
          await enterPlan(page, words, example.plan);
          await openReport(page, words, example, example.grantCents);

          expect(await fact(page, words, 'report.grant')).toBe(money(example.grantCents));
          expect(await fact(page, words, 'report.paidOut')).toBe(money(example.paidOutCents));
          await expectMoneyExplained(page, words, example);
          for (const line of example.plan.lines) {
            expect(await verdictOf(page, line.description), line.description).toBe(
              t(`report.verdicts.${line.verdict}`),
            );
          }
          await pageChecks(page, 'report');
          await expectNoCodes(page, 'report');
          // Again with every fold open, as reading the codes left them: the folded explanations too.
          await pageChecks(page, 'report, folds open');
          // The refusals the worked example leaves without a next step (a smartphone, subscriptions, a
          // licence, a capped catering line) show none; every other one does, and is followed below.
          for (const line of example.plan.lines.filter((l) => l.verdict !== 'eligible')) {
            expect(await hasNextStep(page, line.description), `next step for ${line.description}`).toBe(
              Boolean(line.follow),
            );
          }

          // Every line refusal with a next step: follow its link, change the field it focuses, and the line counts.
          for (const line of example.plan.lines.filter((l) => l.follow)) {
            const step = page
              .locator('.next-steps li')
              .filter({ hasText: `${line.description}:` })
              .getByRole('link');
            await step.click();
            await page.waitForURL(/\/edit\?call=/);
            await page.getByRole('heading', { name: t('planEditor.editTitle') }).waitFor();
            const focused = page.locator(':focus');
            await focused.waitFor();
            if (line.follow?.purpose) {
              const group = page
                .getByRole('group', { name: anyLine(t, 'spendLine.purpose') })
                .filter({ has: focused });
              await group
                .getByRole('checkbox', { name: words.labels.tag(line.follow.purpose), exact: true })
                .check();
            }
            if (line.follow?.registered) {
              expect(await focused.getAttribute('type')).toBe('checkbox');
              await focused.check();
            }
            await pageChecks(page, 'plan editor opened from a next step');
            await page.getByRole('button', { name: t('planEditor.save') }).click();
            // Saved, the SME is back on the report it came from.
            await page.waitForURL(/\/plans\/[0-9A-Z]{26}\/calls\/[0-9A-Z]{26}$/);
            await page.getByRole('heading', { name: example.call }).waitFor();
            // The report refetches after the save: wait for the new verdict, not the cached one.
            await expect
              .poll(() => verdictOf(page, line.description), { timeout: 20_000 })
              .toBe(t('report.verdicts.eligible'));
            // Done: the step it followed is no longer offered.
            expect(await hasNextStep(page, line.description), `next step left for ${line.description}`).toBe(
              false,
            );
            await pageChecks(page, 'report after the next step');
            await expectNoCodes(page, 'report after the next step');
          }
        } finally {
          await page.close();
        }
      }, 240_000);
    }
  });
}
