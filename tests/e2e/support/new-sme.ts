/**
 * A brand-new SME and a call of its own for a browser test: the SME signs up through the screens
 * (reading its code from the dev issuer's mailbox), enters a small company and a one-line consulting
 * plan; the call — open to any SME, funding half of consulting — is set up by an association through the
 * API and closed by the test when it ends, so no other test meets it open.
 */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays } from '../../../shared/time/calendar-date';
import { readIn } from './browser';
import { type Words, wordsIn } from './words';

const today = () => new Date().toISOString().slice(0, 10);

async function bearer(request: APIRequestContext, appUrl: string, email: string) {
  const answer = await request.post(`${appUrl}/dev-auth/sign-in`, {
    data: { email, password: 'grantfit-demo' },
  });
  return { authorization: `Bearer ${((await answer.json()) as { idToken: string }).idToken}` };
}

/**
 * A published first-come call for any SME paying 50 % of consulting (€1,000,000 unless `budgetCents`
 * says otherwise), with extra rules; `close` ends it.
 */
export async function consultingCall(
  request: APIRequestContext,
  appUrl: string,
  title: string,
  extraRules: Record<string, unknown> = {},
  budgetCents = 100_000_00,
): Promise<{ id: string; close: () => Promise<void> }> {
  const headers = await bearer(request, appUrl, 'anna@associazione.example');
  const created = await request.post(`${appUrl}/api/calls`, {
    headers,
    data: {
      title,
      description: 'Half of consulting costs.',
      closesAt: '2099-06-30T17:00:00+02:00',
      timeZone: 'Europe/Rome',
      budgetCents,
      rules: {
        schemaVersion: 1,
        family: `e2e-${randomUUID().slice(0, 8)}`,
        applicant: { article: 'Art. 2', sizeClasses: ['micro', 'small', 'medium'] },
        categories: [
          {
            id: 'consulting',
            label: { en: 'Consulting', it: 'Consulenza', nl: 'Advies' },
            article: 'Art. 4',
            taxonomy: ['consulting'],
          },
        ],
        spendWindow: { article: 'Art. 5' },
        totals: { article: 'Art. 6', rate: { defaultBp: 5000 } },
        allocation: { article: 'Art. 7', mode: 'first-come' },
        ...extraRules,
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await request.post(`${appUrl}/api/calls/${id}/publish`, { headers });
  expect(published.status()).toBe(200);
  const { revision } = (await published.json()) as { revision: number };
  const close = async () => {
    const closed = await request.post(`${appUrl}/api/calls/${id}/close`, { headers, data: { revision } });
    expect(closed.status()).toBe(200);
  };
  return { id, close };
}

/**
 * Signs a new SME up through the screens, in the language of `words` (picked with the page's language
 * switcher first, as a visitor does); it lands on its empty company page. `check` runs on each of the two
 * sign-up steps once filled in (e.g. the phone checks of a test at 390 px).
 */
export async function signUpNewSme(
  page: Page,
  appUrl: string,
  domain = 'new-sme.example',
  check: (step: string) => Promise<void> = async () => {},
  { t, language }: Words = wordsIn('en'),
): Promise<void> {
  const email = `sme-${randomUUID().slice(0, 8)}@${domain}`;
  await page.goto(`${appUrl}/sign-up`);
  await readIn(page, language);
  await page.getByRole('heading', { name: t('auth.signUpTitle') }).waitFor();
  await page.getByLabel(t('auth.email')).fill(email);
  await page.getByLabel(t('auth.password')).fill('Nuova-Impresa-2026');
  await check('sign-up');
  await page.getByRole('button', { name: t('auth.signUp') }).click();
  await page.getByText(t('auth.codeSent', { email })).waitFor();
  // The local stand-in for the email: the dev issuer's mailbox (reading the email, not an API shortcut).
  const mailbox = await page.request.get(`${appUrl}/dev-auth/mailbox?email=${encodeURIComponent(email)}`);
  const { code } = (await mailbox.json()) as { code: string };
  await page.getByLabel(t('auth.code')).fill(code);
  await check('sign-up confirmation');
  await page.getByRole('button', { name: t('auth.confirm') }).click();
  await page.waitForURL('**/company');
  await page.getByRole('heading', { name: t('company.title') }).waitFor();
}

/** A 12-person bakery in Bergamo, entered on the company page and saved. */
export async function enterBakery(page: Page): Promise<void> {
  await page.getByLabel('Company name').fill('Forno Bergamasco');
  await page.getByLabel('Province or region').selectOption({ label: 'Bergamo' });
  await page.getByRole('button', { name: 'Add this place' }).click();
  await page.getByLabel('Main activity (NACE/ATECO code)').fill('10.71');
  await page.getByLabel('Registered on').fill('2015-03-01');
  await page.getByLabel('Staff (annual work units)').fill('12');
  await page.getByLabel('Annual turnover (€)').fill('1200000');
  await page.getByLabel('Balance sheet total (€)').fill('600000');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByText('Profile saved.').waitFor();
}

/**
 * A plan with one €3,000 consulting line, written in the plan editor; returns the plan's id. The line's
 * invoice is expected in 30 days, or (`expectedOn` null) its date is left empty, as an SME that does not
 * know it yet would.
 */
export async function writeConsultingPlan(
  page: Page,
  title: string,
  line: string,
  expectedOn: string | null = addDays(today(), 30),
): Promise<string> {
  await page.getByRole('link', { name: 'Your plans' }).click();
  await page.getByRole('link', { name: 'Write a new plan' }).click();
  await page.getByRole('heading', { name: 'A new digitalisation plan' }).waitFor();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('From', { exact: true }).fill(today());
  await page.getByLabel('To', { exact: true }).fill(addDays(today(), 180));
  await page.getByLabel('Line 1: description', { exact: true }).fill(line);
  await page.getByLabel('Line 1: category', { exact: true }).selectOption('consulting');
  await page.getByLabel('Line 1: amount (€)', { exact: true }).fill('3000');
  if (expectedOn) {
    await page.getByLabel('Line 1: expected invoice date (optional)', { exact: true }).fill(expectedOn);
  }
  await page.getByRole('button', { name: 'Save plan' }).click();
  await page.waitForURL('**/plans');
  const edit = await page
    .getByRole('listitem')
    .filter({ hasText: title })
    .getByRole('link', { name: /Edit/ })
    .getAttribute('href');
  const planId = edit?.match(/\/plans\/([^/]+)\/edit/)?.[1];
  if (!planId) throw new Error(`no plan called ${title} in the list`);
  return planId;
}
