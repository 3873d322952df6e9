/**
 * Issue #13's budget, kept by a test and not only reported by `npm run bench:web`: every public and SME
 * route's first load carries at most 150 KB of JavaScript, gzip. Counted as the bench counts it: the
 * same-origin scripts a browser with nothing cached loads to show the route, once the network is idle.
 * A size, not a time, so it holds on a busy machine. (A schema library pulled into a first load by one
 * import once added 25 KB to the report and the matches unnoticed.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');
const BUDGET_BYTES = 150 * 1024;

async function bearer(page: Page): Promise<string> {
  const answer = await page.request.post(`${appUrl}/dev-auth/sign-in`, {
    data: { email: 'marco@bottega-rossi.example', password: 'grantfit-demo' },
  });
  return ((await answer.json()) as { idToken: string }).idToken;
}

/** The web app the e2e stack serves (built by the global set-up, as `npm start` builds it). */
const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

/** The gzip size of each same-origin script the route loads from an empty cache (read from the build). */
async function initialJs(page: Page, path: string): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const files = new Set<string>();
  const onResponse = (response: { url(): string }) => {
    const url = new URL(response.url());
    if (url.origin === new URL(appUrl).origin && url.pathname.endsWith('.js'))
      files.add(url.pathname.slice(1));
  };
  page.on('response', onResponse);
  await page.goto(`${appUrl}${path}`, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  await cdp.detach();
  return new Map(
    [...files].map((file) => [file, gzipSync(readFileSync(join(WEB_DIST, file)), { level: 9 }).length]),
  );
}

describe('initial JavaScript of the public and SME routes', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('stays within 150 KB gzip on every route, signed out and signed in as an SME', async () => {
    const page = await browser.context.newPage();
    const headers = { authorization: `Bearer ${await bearer(page)}` };
    const plans = (await (await page.request.get(`${appUrl}/api/plans`, { headers })).json()) as {
      items: { plan: { id: string } }[];
    };
    const calls = (await (await page.request.get(`${appUrl}/api/calls`)).json()) as {
      items: { id: string }[];
    };
    const catalogue = (await (await page.request.get(`${appUrl}/api/catalogue`)).json()) as {
      items: { sourceId: string }[];
    };
    const planId = plans.items[0]?.plan.id;
    const callId = calls.items[0]?.id;
    const sourceId = catalogue.items[0]?.sourceId;
    expect([planId, callId, sourceId].every(Boolean)).toBe(true);

    const over: string[] = [];
    const measure = async (path: string) => {
      const scripts = await initialJs(page, path);
      const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
      expect(scripts.size, path).toBeGreaterThan(0);
      if (total > BUDGET_BYTES) {
        const largest = [...scripts].sort((a, b) => b[1] - a[1]).slice(0, 3);
        over.push(
          `${path}: ${(total / 1024).toFixed(1)} KB (largest ${largest.map(([f, s]) => `${f} ${(s / 1024).toFixed(1)} KB`).join(', ')})`,
        );
      }
    };
    for (const path of [
      '/',
      '/calls',
      `/calls/${callId}`,
      '/catalogue',
      `/catalogue/${sourceId}`,
      '/readiness',
      '/sign-in',
      '/sign-up',
    ]) {
      await measure(path);
    }
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    for (const path of [
      '/plans',
      '/company',
      '/plans/new',
      `/plans/${planId}/edit`,
      `/plans/${planId}/matches`,
      `/plans/${planId}/calls/${callId}`,
      `/plans/${planId}/calls/${callId}/apply`,
      '/applications',
    ]) {
      await measure(path);
    }
    expect(over).toEqual([]);
    await page.close();
  }, 180_000);
});
