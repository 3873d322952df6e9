/**
 * `npm run screenshots`: starts a throwaway local stack with the demo data, signs in as each role in
 * Debian's Chromium and saves the main screens to docs/screenshots/ (the README shows them).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildWebIfNeeded } from '../functions/local/build-web-if-needed';
import { DEMO_PASSWORD, demoUsers } from '../functions/local/demo-users';
import { startLocalStack } from '../functions/local/local-stack';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/browser';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots');
mkdirSync(outDir, { recursive: true });
const stack = await startLocalStack({ port: 0, webDist: await buildWebIfNeeded(root) });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

async function tokenFor(role: string): Promise<string> {
  const user = demoUsers.find((u) => u.role === role);
  const response = await fetch(`${stack.url}/dev-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user?.email, password: DEMO_PASSWORD }),
  });
  return ((await response.json()) as { idToken: string }).idToken;
}

async function shoot(name: string, path: string, token?: string, waitFor?: string, language = 'en') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  if (token) await context.addInitScript((t) => localStorage.setItem('grantfit.idToken', t), token);
  await context.addInitScript((l) => localStorage.setItem('grantfit.language', l), language);
  const page = await context.newPage();
  await page.goto(`${stack.url}${path}`, { waitUntil: 'networkidle' });
  if (waitFor) await page.getByText(waitFor).first().waitFor();
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: false });
  await context.close();
  console.log(`docs/screenshots/${name}.png`);
}

try {
  const sme = await tokenFor('sme');
  const association = await tokenFor('association');
  const plan = '01DEMOPLAN0000000000000001';
  const call = '01DEMOCALL0000000000000001';
  await shoot('open-calls', '/calls', undefined, 'Voucher Digitali');
  await shoot('matches', `/plans/${plan}/matches`, sme, 'Voucher Digitali');
  await shoot('eligibility-report', `/plans/${plan}/calls/${call}`, sme, 'Smartphones are excluded goods.');
  await shoot('apply', `/plans/${plan}/calls/${call}/apply`, sme, 'Send the application');
  await shoot('association-calls', '/association/calls', association, 'second window');
  // The demo association's draft call: its key figures and rules.
  await shoot(
    'call-rules',
    '/association/calls/01DEMOCALL0000000000000003/rules',
    association,
    'Key figures',
  );
  await shoot('eligibility-report-it', `/plans/${plan}/calls/${call}`, sme, 'Smartphone esclusi.', 'it');
} finally {
  await browser.close();
  await stack.stop();
}
