/**
 * The site as CloudFront serves it: every response under the deployed security headers (the CSP the
 * CDK stack sends, computed by the same function), API errors passed through as JSON, the SPA shell
 * only for page paths, and sign-in through Cognito's protocol under that CSP.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STUB_COGNITO } from '../../functions/local/cognito-stub-routes';
import { inlineStyleHashes } from '../../shared/hosting/inline-style-hashes';
import { securityHeaders } from '../../shared/hosting/security-headers';
import { HASHED_ASSET_CACHE_CONTROL, SITE_FILE_CACHE_CONTROL } from '../../shared/hosting/site-cache-control';
import { COGNITO_ENDPOINT, launchBrowser } from './support/browser';

const appUrl = inject('appUrl');

/** Console errors about the CSP: an invalid source, or a blocked script, style or connection. */
function watchPolicyErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|invalid source/i.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

describe('the deployed configuration in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('sends the deployed security headers on pages and API answers alike', async () => {
    const page = await browser.context.newPage();
    const html = await (await page.request.get(`${appUrl}/`)).text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(style, 'the built index.html inlines its stylesheet').toBeTruthy();
    const expected = securityHeaders({
      styleHashes: inlineStyleHashes(html),
      cognitoRegion: STUB_COGNITO.region,
    });
    for (const path of ['/', '/calls', '/api/calls', '/api/nope']) {
      const response = await page.request.get(`${appUrl}${path}`);
      for (const [name, value] of expected)
        expect(response.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    await page.close();
  });

  it('lets the browser keep content-named files a year and ask again for the page and its config', async () => {
    const page = await browser.context.newPage();
    const seen = new Map<string, string | undefined>();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.startsWith('/api/')) seen.set(pathname, response.headers()['cache-control']);
    });
    await page.goto(`${appUrl}/calls`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const assets = [...seen].filter(([path]) => path.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThan(3);
    for (const [path, value] of assets) expect(value, path).toBe(HASHED_ASSET_CACHE_CONTROL);
    for (const path of ['/calls', '/config.json']) expect(seen.get(path), path).toBe(SITE_FILE_CACHE_CONTROL);
    await page.close();
  });

  it('signs in through Cognito under the CSP, with no policy error', async () => {
    const page = await browser.context.newPage();
    const policyErrors = watchPolicyErrors(page);
    const cognitoCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin === COGNITO_ENDPOINT)
        cognitoCalls.push(request.headers()['x-amz-target'] ?? request.method());
    });
    await page.goto(`${appUrl}/sign-in`);
    await page.getByLabel('Email').fill('marco@bottega-rossi.example');
    await page.getByLabel('Password').fill('grantfit-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/plans');
    await page.getByRole('heading', { name: 'Your digitalisation plans' }).waitFor();
    expect(cognitoCalls).toContain('AWSCognitoIdentityProviderService.InitiateAuth');
    expect(policyErrors).toEqual([]);
    await page.close();
  });

  it('lists every operation of the OpenAPI document on /api/docs', async () => {
    const page = await browser.context.newPage();
    const policyErrors = watchPolicyErrors(page);
    const doc = (await (await page.request.get(`${appUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    await page.goto(`${appUrl}/api/docs`);
    await page.locator('#ops > details').first().waitFor();
    expect(await page.locator('#ops > details').count()).toBe(operations);
    expect(policyErrors).toEqual([]);
    await page.close();
  });

  it('passes API errors through as JSON, and serves the web page only for page paths', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${appUrl}/calls`);
    // What the web app's API client sees: the API's own 404, not a 200 web page.
    const fromPage = await page.evaluate(async () => {
      const answers = [];
      for (const [method, path] of [
        ['GET', '/api/nope'],
        ['POST', '/api/nope'],
        ['GET', '/api/companies/mine'],
      ]) {
        const response = await fetch(path ?? '', { method });
        answers.push({
          status: response.status,
          type: response.headers.get('content-type'),
          body: await response.text(),
        });
      }
      return answers;
    });
    const [getNope, postNope, unauthenticated] = fromPage;
    expect(getNope?.status).toBe(404);
    expect(getNope?.type).toContain('application/json');
    expect(JSON.parse(getNope?.body ?? '{}').error.code).toBe('not_found');
    expect(postNope?.status).toBe(404);
    expect(JSON.parse(postNope?.body ?? '{}').error.code).toBe('not_found');
    expect(unauthenticated?.status).toBe(401);
    expect(JSON.parse(unauthenticated?.body ?? '{}').error.code).toBe('unauthenticated');

    const missingFile = await page.request.get(`${appUrl}/assets/missing-file.js`);
    expect(missingFile.status()).toBe(404);
    expect(missingFile.headers()['content-type'] ?? '').not.toContain('text/html');
    const deepLink = await page.request.get(`${appUrl}/calls/01ARZ3NDEKTSV4RRFFQ69G5FAV`);
    expect(deepLink.status()).toBe(200);
    expect(deepLink.headers()['content-type']).toContain('text/html');
    await page.close();
  });
});
