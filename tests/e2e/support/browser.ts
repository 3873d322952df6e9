/** Debian's Chromium driven by playwright-core; never a downloaded browser. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { STUB_COGNITO } from '../../../functions/local/cognito-stub-routes';
import { cognitoEndpoint } from '../../../shared/hosting/security-headers';
import type { Language } from '../../../web/src/i18n/languages';
import { type Words, wordsIn } from './words';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium floods the closed network with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'grantfit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/Rome',
    args: CHROMIUM_ARGS,
  });
  await routeCognitoToStub(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The region's Cognito endpoint, as the web app calls it under the deployed CSP. */
export const COGNITO_ENDPOINT = cognitoEndpoint(STUB_COGNITO.region);

/**
 * The stack under test serves the deployed configuration (config.json names Cognito in a region): the
 * browser's requests to that region's Cognito endpoint, once the page's CSP has let them out, are
 * answered by the local stand-in that speaks Cognito's protocol (functions/local/cognito-stub-routes.ts).
 */
async function routeCognitoToStub(context: BrowserContext): Promise<void> {
  const stub = `${inject('appUrl')}/dev-auth/cognito`;
  await context.route(
    (url) => url.origin === COGNITO_ENDPOINT,
    async (route) => route.fulfill({ response: await route.fetch({ url: stub }) }),
  );
}

/** WCAG 2.2 AA rules from axe-core; returns a readable list of violations (empty when clean). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  // Target size (2.5.8) is off by default in axe; the wcag22aa tag turns it on. Prove it ran.
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable];
  const missing = ran.some((rule) => rule.id === 'target-size') ? [] : ['target-size: the rule did not run'];
  return [
    ...missing,
    ...result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ];
}

/**
 * Picks the reader's language with the header's switcher, as a visitor does (the switcher is named in the
 * page's language of the moment), and waits until the page reads in it; the browser remembers it.
 */
export async function readIn(page: Page, language: Language): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|Lingua|Taal)$/ }).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Signs a demo account in through the form, read in the page's language (`words`, English unless told). */
export async function signIn(
  page: Page,
  appUrl: string,
  email: string,
  { t }: Words = wordsIn('en'),
): Promise<void> {
  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel(t('auth.email')).fill(email);
  await page.getByLabel(t('auth.password')).fill('grantfit-demo');
  await page.getByRole('button', { name: t('auth.submit') }).click();
}

/** From the SME's list of plans, opens the matches of the plan with this title. */
export async function openPlanMatches(page: Page, planTitle: string): Promise<void> {
  await page
    .getByRole('listitem')
    .filter({ hasText: planTitle })
    .getByRole('link', { name: 'See the calls that fit this plan' })
    .click();
}

/** From the SME's list of plans, opens the editor of the plan with this title. */
export async function openPlanEditor(page: Page, planTitle: string): Promise<void> {
  await page.getByRole('listitem').filter({ hasText: planTitle }).getByRole('link', { name: /Edit/ }).click();
}

/** How wide the page is against the screen, with the first elements that stick out (scroll areas aside). */
export function pageWidth(page: Page): Promise<{ scroll: number; inner: number; wide: string[] }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((e) => !e.closest('.table-scroll, .visually-hidden, .skip-link'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`),
  }));
}

/** Holds back the requests `page` makes to `url` (as `page.route` matches it) until the answer is called. */
export async function holdRequests(page: Page, url: Parameters<Page['route']>[0]): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
