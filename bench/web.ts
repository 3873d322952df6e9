/**
 * bench:web — for each main route of the built web app: the JavaScript a first visit loads (gzip, as
 * CloudFront serves it), against the 150 KB budget; and Lighthouse 12 (mobile, simulated throttling)
 * scores for the main pages, the median of several runs with min and max. Runs on a throwaway local
 * stack (in-memory DynamoDB Local, demo data) in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { buildWebIfNeeded } from '../functions/local/build-web-if-needed';
import { DEMO_PASSWORD, demoUsers } from '../functions/local/demo-users';
import { startLocalStack } from '../functions/local/local-stack';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser';
import { summarise, writeResult } from './stats';

const root = resolve(import.meta.dirname, '..');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
process.env.CHROME_PATH = CHROME_PATH;
const INITIAL_JS_BUDGET = 150 * 1024;
// Five: Lighthouse's own advice on variability (its docs/variability.md) is the median of five runs,
// which it finds halves the spread of one run; three let one slow run in a busy minute move a median.
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
// To look into one page: e.g. LIGHTHOUSE_PAGES=matches runs Lighthouse on the pages whose name holds it.
const LIGHTHOUSE_PAGES = process.env.LIGHTHOUSE_PAGES?.split(',');
// To see why a score moved: LIGHTHOUSE_REPORTS=/some/dir keeps each run's full report (JSON) there.
const LIGHTHOUSE_REPORTS = process.env.LIGHTHOUSE_REPORTS;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

// Before this bench adds its own: other work on the machine (a second local stack, a test run) lowers
// the scores more than any change measured here (BENCHMARKS.md).
const [loadBefore] = loadavg();
const webDist = await buildWebIfNeeded(root);
const stack = await startLocalStack({ port: 0, webDist });
const base = stack.url;

async function tokenFor(role: string): Promise<string> {
  const user = demoUsers.find((u) => u.role === role);
  const response = await fetch(`${base}/dev-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user?.email, password: DEMO_PASSWORD }),
  });
  return ((await response.json()) as { idToken: string }).idToken;
}

const sme = await tokenFor('sme');
const association = await tokenFor('association');
const plans = (await (
  await fetch(`${base}/api/plans`, { headers: { authorization: `Bearer ${sme}` } })
).json()) as {
  items: { plan: { id: string } }[];
};
const calls = (await (await fetch(`${base}/api/calls`)).json()) as { items: { id: string }[] };
const catalogue = (await (await fetch(`${base}/api/catalogue`)).json()) as { items?: { sourceId: string }[] };
const planId = plans.items[0]?.plan.id;
const callId = calls.items[0]?.id;
const sourceId = catalogue.items?.[0]?.sourceId;
if (!planId || !callId || !sourceId)
  throw new Error('The demo data has no plan, no open call or no catalogue record.');

interface Page {
  name: string;
  path: string;
  token?: string;
  lighthouse: boolean;
}
// Lighthouse scores the public and SME pages (issue #13's targets are set for those routes) but the
// receipt, which the demo SME has no application to show; the association's page is measured for its
// initial JavaScript only.
const pages: Page[] = [
  { name: 'landing (public)', path: '/', lighthouse: true },
  { name: 'open calls (public)', path: '/calls', lighthouse: true },
  { name: 'a call (public)', path: `/calls/${callId}`, lighthouse: true },
  { name: 'catalogue (public)', path: '/catalogue', lighthouse: true },
  { name: 'a catalogue record (public)', path: `/catalogue/${sourceId}`, lighthouse: true },
  { name: 'readiness (public)', path: '/readiness', lighthouse: true },
  { name: 'sign-in', path: '/sign-in', lighthouse: true },
  { name: 'sign-up', path: '/sign-up', lighthouse: true },
  { name: 'plans', path: '/plans', token: sme, lighthouse: true },
  { name: 'company', path: '/company', token: sme, lighthouse: true },
  { name: 'new plan', path: '/plans/new', token: sme, lighthouse: true },
  { name: 'plan editor', path: `/plans/${planId}/edit`, token: sme, lighthouse: true },
  { name: 'matches', path: `/plans/${planId}/matches`, token: sme, lighthouse: true },
  { name: 'eligibility report', path: `/plans/${planId}/calls/${callId}`, token: sme, lighthouse: true },
  { name: 'apply', path: `/plans/${planId}/calls/${callId}/apply`, token: sme, lighthouse: true },
  { name: 'my applications', path: '/applications', token: sme, lighthouse: true },
  { name: 'association calls', path: '/association/calls', token: association, lighthouse: false },
];

const gzipBytes = (file: string) => gzipSync(readFileSync(join(webDist, file)), { level: 9 }).length;

/** The same-origin scripts a fresh browser loads to show the route, once the network is idle. */
async function initialJs(): Promise<Record<string, { files: string[]; gzipBytes: number }>> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  const result: Record<string, { files: string[]; gzipBytes: number }> = {};
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      if (page.token) {
        await context.addInitScript((token) => localStorage.setItem('grantfit.idToken', token), page.token);
      }
      const tab = await context.newPage();
      const files = new Set<string>();
      tab.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === new URL(base).origin && url.pathname.endsWith('.js'))
          files.add(url.pathname.slice(1));
      });
      await tab.goto(`${base}${page.path}`, { waitUntil: 'networkidle' });
      const list = [...files].sort();
      result[page.name] = { files: list, gzipBytes: list.reduce((sum, f) => sum + gzipBytes(f), 0) };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The audits the performance score is made of, so a low score says which part of the load is slow. */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;
type Metric = keyof typeof METRICS;
const METRIC_NAMES = Object.keys(METRICS) as Metric[];

/**
 * One Lighthouse run in a fresh Chromium (empty HTTP cache and profile): a signed-in page gets the token
 * in localStorage first, from a visit to robots.txt that loads none of the app's scripts, and Lighthouse
 * keeps storage (the session) but nothing cached from an earlier run.
 */
async function lighthouseRun(page: Page) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    if (page.token) {
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const [context] = cdp.contexts();
      if (!context) throw new Error('Chromium opened without a default context.');
      const tab = await context.newPage();
      await tab.goto(`${base}/robots.txt`);
      await tab.evaluate((token) => localStorage.setItem('grantfit.idToken', token), page.token);
      await tab.close();
      await cdp.close();
    }
    const result = await lighthouse(`${base}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableStorageReset: Boolean(page.token),
    });
    const audits = result?.lhr.audits ?? {};
    if (LIGHTHOUSE_REPORTS && result) {
      mkdirSync(LIGHTHOUSE_REPORTS, { recursive: true });
      const file = `${page.name.replace(/\W+/g, '-')}-${new Date().toISOString().replace(/\W/g, '')}.json`;
      writeFileSync(join(LIGHTHOUSE_REPORTS, file), JSON.stringify(result.lhr));
    }
    return {
      // Lighthouse's own measure of the CPU it ran on (higher is faster): a busy machine shows here.
      benchmarkIndex: result?.lhr.environment.benchmarkIndex ?? Number.NaN,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>,
      metrics: Object.fromEntries(
        METRIC_NAMES.map((m) => [m, audits[METRICS[m]]?.numericValue ?? Number.NaN]),
      ) as Record<Metric, number>,
    };
  } finally {
    chrome.kill();
  }
}

async function lighthouseScores(page: Page) {
  const samples: Record<Category, number[]> = {
    performance: [],
    accessibility: [],
    'best-practices': [],
    seo: [],
  };
  const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, [] as number[]])) as Record<
    Metric,
    number[]
  >;
  const benchmarkIndex: number[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const measured = await lighthouseRun(page);
    benchmarkIndex.push(measured.benchmarkIndex);
    for (const category of CATEGORIES) samples[category].push(measured.scores[category]);
    for (const metric of METRIC_NAMES) metrics[metric].push(measured.metrics[metric]);
  }
  return {
    // A run that failed has no index: the median is of those that have one.
    benchmarkIndex: summarise(benchmarkIndex.filter((index) => !Number.isNaN(index))),
    ...(Object.fromEntries(CATEGORIES.map((c) => [c, summarise(samples[c])])) as Record<
      Category,
      ReturnType<typeof summarise>
    >),
    metrics: Object.fromEntries(METRIC_NAMES.map((m) => [m, summarise(metrics[m])])) as Record<
      Metric,
      ReturnType<typeof summarise>
    >,
  };
}

try {
  const js = await initialJs();
  console.log('\nInitial JavaScript per route (first visit, gzip -9), budget 150 KB\n');
  console.log('| route | scripts | gzip | budget |');
  console.log('|---|---|---|---|');
  for (const page of pages) {
    const entry = js[page.name];
    if (!entry) continue;
    const verdict = entry.gzipBytes <= INITIAL_JS_BUDGET ? 'ok' : 'over';
    console.log(
      `| ${page.name} | ${entry.files.length} | ${(entry.gzipBytes / 1024).toFixed(1)} KB | ${verdict} |`,
    );
  }

  const scores: Record<string, Awaited<ReturnType<typeof lighthouseScores>>> = {};
  const measured = pages.filter(
    (p) => p.lighthouse && (!LIGHTHOUSE_PAGES || LIGHTHOUSE_PAGES.some((name) => p.name.includes(name))),
  );
  for (const page of measured) scores[page.name] = await lighthouseScores(page);
  console.log(`\nLighthouse 12, mobile (simulated throttling), median of ${LIGHTHOUSE_RUNS} runs (min–max)`);
  console.log('targets: performance ≥ 95, accessibility 100, best practices ≥ 95\n');
  console.log('| page | performance | accessibility | best practices | SEO |');
  console.log('|---|---|---|---|---|');
  const cell = (s: ReturnType<typeof summarise>) => `${s.median} (${s.min}–${s.max})`;
  for (const [name, s] of Object.entries(scores)) {
    console.log(
      `| ${name} | ${cell(s.performance)} | ${cell(s.accessibility)} | ${cell(s['best-practices'])} | ${cell(s.seo)} |`,
    );
  }
  console.log('\nWhat the performance score is made of (median of the runs; times in ms), and the CPU');
  console.log('Lighthouse measured it on (its benchmark index, median; lower on a busy machine)\n');
  console.log(`| page | ${METRIC_NAMES.join(' | ')} | CPU index |`);
  console.log(`|---|${METRIC_NAMES.map(() => '---').join('|')}|---|`);
  for (const [name, s] of Object.entries(scores)) {
    const value = (m: Metric) =>
      m === 'CLS' ? s.metrics[m].median.toFixed(3) : Math.round(s.metrics[m].median).toString();
    console.log(
      `| ${name} | ${METRIC_NAMES.map(value).join(' | ')} | ${Math.round(s.benchmarkIndex.median)} |`,
    );
  }
  console.log(
    `\nload average over the minute before the bench: ${loadBefore?.toFixed(2)} on ${cpus().length} cores`,
  );
  console.log(
    `written to ${writeResult('web', { initialJsBudgetBytes: INITIAL_JS_BUDGET, loadBefore, js, lighthouse: scores })}`,
  );
} finally {
  await stack.stop();
}
