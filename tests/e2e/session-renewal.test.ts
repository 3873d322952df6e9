/**
 * A session renews before its ID token expires: the web app trades the sign-in's refresh token for a new
 * ID token through Cognito's REFRESH_TOKEN_AUTH (answered by the local stand-in), with no new sign-in.
 * When the API refuses the sign-in anyway, the edits a failed save kept wait for the same person to sign
 * in again; a sign-out by choice drops them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COGNITO_ENDPOINT, launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');

/** Signs the demo SME in and opens its company page; answers the company name's field. */
async function openCompanyAsDemoSme(page: Page) {
  await signIn(page, appUrl, 'marco@bottega-rossi.example');
  await page.waitForURL('**/plans');
  await page.getByRole('link', { name: 'Your company' }).click();
  const name = page.getByLabel('Company name');
  await name.waitFor();
  return name;
}

describe('session renewal in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('renews a token close to expiry with the refresh token, and the SME stays signed in', async () => {
    const page = await browser.context.newPage();
    await page.clock.install();
    const flows: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(COGNITO_ENDPOINT) && request.method() === 'POST')
        flows.push(String((JSON.parse(request.postData() ?? '{}') as { AuthFlow?: string }).AuthFlow));
    });
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('heading', { name: 'Sell online and know our customers' }).waitFor();
    expect(flows).toEqual(['USER_PASSWORD_AUTH']);
    const stored = () =>
      page.evaluate(() => ({
        token: localStorage.getItem('grantfit.idToken'),
        renewal: JSON.parse(localStorage.getItem('grantfit.renewal') ?? 'null') as { renewAt: number } | null,
        now: Date.now(),
      }));
    const before = await stored();
    expect(before.renewal?.renewAt).toBeGreaterThan(before.now);
    const exp = JSON.parse(Buffer.from(before.token?.split('.')[1] ?? '', 'base64url').toString()).exp * 1000;
    expect(exp - (before.renewal?.renewAt ?? 0)).toBeGreaterThan(0);

    // The page's clock moves to a minute past the renewal time, a few minutes before the token expires.
    await page.clock.fastForward((before.renewal?.renewAt ?? 0) - before.now + 60_000);
    await expect.poll(() => flows).toEqual(['USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH']);
    await expect
      .poll(async () => (await stored()).renewal?.renewAt ?? 0)
      .toBeGreaterThan(before.renewal?.renewAt ?? 0);

    // Still signed in, and the API takes the renewed token.
    await page.getByRole('link', { name: 'Your company' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your company' }).waitFor();
    await page.getByLabel('Company name').waitFor();
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    expect(flows).toEqual(['USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH']);
  });

  it('keeps the edits a save refused for an expired sign-in, for the same person signing in again', async () => {
    const page = await browser.context.newPage();
    const name = await openCompanyAsDemoSme(page);
    await name.fill('Bottega Rossi, edited before lunch');
    // The API refuses the sign-in (expired or revoked on the server; this device's clock does not know).
    await page.route('**/api/companies/mine', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 401,
            json: {
              error: { code: 'unauthenticated', message: 'Your sign-in is not valid or has expired.' },
            },
          })
        : route.fallback(),
    );
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page
      .getByText('Not saved: Your sign-in has expired. Sign in again. Your changes are still in the form.')
      .waitFor();

    // Out, and in again as the same person: the edits the page said it kept are there.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.unroute('**/api/companies/mine');
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('link', { name: 'Your company' }).click();
    await expect.poll(() => name.inputValue()).toBe('Bottega Rossi, edited before lunch');
    await page.close();
  });

  it('drops unsaved edits on a deliberate sign-out, even for the same person signing in again', async () => {
    const page = await browser.context.newPage();
    const name = await openCompanyAsDemoSme(page);
    const stored = await name.inputValue();
    await name.fill('Bottega Rossi, left on a shared computer');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('link', { name: 'Your company' }).click();
    await expect.poll(() => name.inputValue()).toBe(stored);
    expect(await page.getByRole('status').filter({ hasText: 'unsaved changes from earlier' }).count()).toBe(
      0,
    );
    await page.close();
  });
});
