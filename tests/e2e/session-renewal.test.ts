/**
 * A session renews before its ID token expires: the web app trades the sign-in's refresh token for a new
 * ID token through Cognito's REFRESH_TOKEN_AUTH (answered by the local stand-in), with no new sign-in.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COGNITO_ENDPOINT, launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');

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
});
