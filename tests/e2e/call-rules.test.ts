import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');
const CALL = 'KMO-portefeuille — opleiding en advies (demo)';

/**
 * Signs the demo association in, saves a draft of its own (so no other test's call moves under it) and
 * opens its rules; returns the draft's title.
 */
async function openOwnDraftRules(page: Page, name: string): Promise<string> {
  await signIn(page, appUrl, 'anna@associazione.example');
  await page.waitForURL('**/association/calls');
  const title = `${name} ${Date.now().toString(36)}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Closing date').fill('2099-06-30');
  await page.getByLabel('Budget (€)').fill('100000');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('link', { name: `Rules ${title}` }).click();
  await page.getByRole('heading', { name: `Rules of ${title}` }).waitFor();
  return title;
}

describe('call rules in Chromium: check with paths, preview for a sample company, erratum as a new version', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('names every problem, previews the real scheme’s worked example, and issues an erratum', async () => {
    const page = await browser.context.newPage();
    page.on('dialog', (dialog) => dialog.accept());
    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    await page.getByRole('link', { name: `Rules ${CALL}` }).click();
    await page.getByRole('heading', { name: `Rules of ${CALL}` }).waitFor();

    const json = page.getByLabel('Rules (JSON)');
    const rules = JSON.parse(await json.inputValue());
    await json.fill(JSON.stringify({ ...rules, totals: { ...rules.totals, rate: { defaultBp: -5 } } }));
    await page.getByRole('button', { name: 'Check the rules' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'to fix' });
    // Where, as the JSON names it, and what to write there in words (not the schema's "Too small…").
    expect(await problems.textContent()).toContain('totals.rate.defaultBp: Write 0 or more.');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Start over from the real PID rules: the sample Milan restaurant gets the bando's €3,050.
    await page.getByLabel('Start from a real scheme').selectOption('pid-lombardia-2025');
    await page.getByRole('button', { name: 'Check the rules' }).click();
    await page.getByRole('heading', { name: 'The rules are valid: preview' }).waitFor();
    expect(await page.getByTestId('rules-preview').textContent()).toContain('€3,050.00');

    // The key-figures form writes into the same rules: a lower maximum grant caps the preview.
    const maxGrant = page.getByLabel('Maximum grant (€)');
    await maxGrant.fill('lots');
    await page.getByText('Enter an amount in euros, e.g. 1500 or 1.500,50.').waitFor();
    expect(await maxGrant.getAttribute('aria-invalid')).toBe('true');
    await maxGrant.fill('2.000');
    expect(JSON.parse(await json.inputValue()).totals.maxGrantCents).toBe(200_000);
    await page.getByRole('button', { name: 'Check the rules' }).click();
    await page
      .getByTestId('rules-preview')
      .getByText(/€2,000\.00/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Rules the call states in words, asked in words and written into the same JSON.
    await page
      .getByLabel('The minimum and maximum project cost are measured on')
      .selectOption({ label: 'the whole project as the applicant submits it' });
    await page
      .getByLabel('May a cost this call pays for also carry other public aid?')
      .selectOption({ label: 'Yes, while all aid on the cost together stays within a maximum share' });
    await page.getByLabel('All aid on one cost together at most (% of the cost)').fill('60');
    await page
      .getByRole('group', { name: 'Other aid on the same cost' })
      .getByLabel('Article of the call that says this')
      .fill('Bando PID 2025, art. 9');
    await page.getByLabel('The project must not have started before the application').check();
    await page.getByLabel('Apply within this many days of a service starting').fill('two weeks');
    await page.getByText('Enter a whole number of days from 0 to 3650, or leave it empty.').waitFor();
    await page.getByLabel('Apply within this many days of a service starting').fill('14');
    await page
      .getByLabel('When a plan is outside the range “Consulting + training”')
      .selectOption({ label: 'count the spend only up to the range' });
    await page.getByLabel('At most this share of eligible spend (%; empty = 100)').fill('80');
    const least = page.getByLabel('At least this share of eligible spend (%; empty = 0)');
    await least.fill('90');
    await page.getByText('The least share must not be above the greatest.').waitFor();
    await least.fill('30');
    await page.getByText('The least share must not be above the greatest.').waitFor({ state: 'detached' });
    const stated = JSON.parse(await json.inputValue());
    expect(stated.totals.projectCostBasis).toBe('requested');
    expect(stated.cumulation).toEqual({
      article: 'Bando PID 2025, art. 9',
      policy: 'max-intensity',
      maxIntensityBp: 6000,
    });
    expect(stated.applicationTiming).toEqual([
      { id: 'not-started-before-application', date: 'start', fromDay: 0, article: 'Bando PID 2025, art. 6' },
    ]);
    expect(stated.applyWithinDaysOfServiceStart).toEqual({ article: 'Bando PID 2025, art. 6', days: 14 });
    expect(stated.shareRanges[0]).toMatchObject({ onOutside: 'cap', maxBp: 8000 });

    // De minimis in words: the older regulation, refused past the headroom, and its road-freight
    // ceiling (Reg. (EU) 1407/2013 art. 3(2): €100,000 for NACE 49.41) with the sector read by name.
    await page.getByLabel('Is the grant de minimis aid?').selectOption({
      label: 'Yes, under Regulation (EU) 1407/2013 (until 2023; €200,000 over three fiscal years)',
    });
    await page
      .getByLabel('When the grant would pass the company’s headroom')
      .selectOption({ label: 'refuse the application' });
    await page.getByRole('button', { name: 'Add a lower ceiling for some sectors' }).click();
    const sectors = page.getByLabel('Sectors (NACE/ATECO codes, separated by commas)');
    await sectors.fill('road freight');
    await page.getByText('Enter at least one sector code, like 49.41, separated by commas.').waitFor();
    expect(await sectors.getAttribute('aria-invalid')).toBe('true');
    await sectors.fill('49.41');
    // Read back by name (the division's, as NACE names 49.41 no more finely here).
    await page.getByText('Reads as: 49.41 Land transport').waitFor();
    const ceiling = page.getByLabel('Ceiling over the three years (€)');
    await page.getByText('Enter the ceiling in euros, e.g. 100.000.').waitFor();
    await ceiling.fill('250.000');
    await page.getByText('A lower ceiling must be below the regulation’s own €200,000.00.').waitFor();
    expect(await ceiling.getAttribute('aria-invalid')).toBe('true');
    await ceiling.fill('100.000');
    await page
      .getByLabel('Article that sets this ceiling (empty: the one above)')
      .fill('Reg. (UE) 1407/2013, art. 3(2)');
    expect(JSON.parse(await json.inputValue()).deMinimis).toEqual({
      article: 'Bando PID 2025, art. 3',
      regulation: 'EU-1407/2013',
      onExcess: 'refuse',
      sectorCeilings: [{ article: 'Reg. (UE) 1407/2013, art. 3(2)', sectors: ['49.41'], cents: 100_000_00 }],
    });
    // "Not de minimis" and back restores the rule as it was, ceilings included.
    const regulation = page.getByLabel('Is the grant de minimis aid?');
    await regulation.selectOption({ label: 'No, or the call does not say so' });
    expect(JSON.parse(await json.inputValue()).deMinimis).toBeUndefined();
    await regulation.selectOption({
      label: 'Yes, under Regulation (EU) 1407/2013 (until 2023; €200,000 over three fiscal years)',
    });
    expect(JSON.parse(await json.inputValue()).deMinimis.sectorCeilings).toHaveLength(1);
    await page.getByRole('button', { name: 'Check the rules' }).click();
    await page.getByRole('heading', { name: 'The rules are valid: preview' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Sample company and plan').selectOption('gent-printer');
    expect(await page.getByTestId('rules-preview').textContent()).toBe('This sample cannot apply.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Start from a real scheme').selectOption('kmo-portefeuille-2026');
    await page.getByRole('button', { name: 'Check the rules' }).click();
    await page
      .getByLabel('Call description after the erratum')
      .fill('From 1 February: advice only on cybersecurity.');
    await page.getByRole('button', { name: 'Issue the erratum' }).click();
    await page.getByText('Erratum issued: the call is now at version 2.').waitFor();

    // A second erratum straight after, from the same page: it stands on the version the first one made
    // (not on the one the page was loaded at, which would answer 409).
    // The rules stay the KMO-portefeuille's own (later tests apply to this call); only the words change.
    await page
      .getByLabel('Call description after the erratum')
      .fill('From 1 February: advice only on cybersecurity, training on any topic.');
    await page.getByRole('button', { name: 'Issue the erratum' }).click();
    await page.getByText('Erratum issued: the call is now at version 3.').waitFor();
  });

  it('asks every text of the rules in Italian, Dutch and English before publishing, naming the missing ones', async () => {
    const page = await browser.context.newPage();
    page.on('dialog', (dialog) => dialog.accept());
    const title = await openOwnDraftRules(page, 'Rules in three languages');
    await page.getByLabel('Start from a real scheme').selectOption('pid-lombardia-2025');
    // The first category named in English and Italian only.
    const json = page.getByLabel('Rules (JSON)');
    const rules = JSON.parse(await json.inputValue());
    const [first, ...others] = rules.categories;
    const { nl: _dutch, ...label } = first.label;
    await json.fill(JSON.stringify({ ...rules, categories: [{ ...first, label }, ...others] }));
    await page.getByRole('button', { name: 'Check the rules' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Before publishing' });
    expect(await notice.textContent()).toContain('categories.0.label: missing in Dutch');
    // Valid for a draft: it is saved, and previewed.
    await page.getByRole('heading', { name: 'The rules are valid: preview' }).waitFor();
    await page.getByRole('button', { name: 'Save the rules in the draft' }).click();
    await page.getByText('Rules saved in the draft.').waitFor();

    await page.getByRole('link', { name: 'Your calls' }).click();
    await page.getByRole('button', { name: `Publish ${title}` }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'cannot be published yet' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      '1 text of its rules (a category’s name, a reason) is not given in Italian, Dutch and English',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await refused.getByRole('link', { name: 'Open its rules to add them' }).click();
    await page.getByRole('heading', { name: `Rules of ${title}` }).waitFor();
    await page.close();
  });

  it('keeps rules typed on a call saved elsewhere meanwhile, and saves them on the call as it is', async () => {
    const page = await browser.context.newPage();
    await openOwnDraftRules(page, 'Rules raced');
    const rulesUrl = page.url();
    await page.getByLabel('Start from a real scheme').selectOption('kmo-portefeuille-2026');
    await page.getByRole('button', { name: 'Check the rules' }).click();

    // Meanwhile another window saves the draft's rules.
    const other = await browser.context.newPage();
    await other.goto(rulesUrl);
    await other.getByLabel('Start from a real scheme').selectOption('pid-lombardia-2025');
    await other.getByRole('button', { name: 'Check the rules' }).click();
    await other.getByRole('button', { name: 'Save the rules in the draft' }).click();
    await other.getByText('Rules saved in the draft.').waitFor();
    await other.close();

    // This window's rules, typed before, are saved after: refused, and nothing typed is lost.
    await page.getByRole('button', { name: 'Save the rules in the draft' }).click();
    const overtaken = page.getByRole('alert').filter({ hasText: 'The call changed since you opened it' });
    await overtaken.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await overtaken.getByRole('button', { name: 'Keep my rules on the call as it is now' }).click();
    await page.getByRole('button', { name: 'Save the rules in the draft' }).click();
    await page.getByText('Rules saved in the draft.').waitFor();
    expect(JSON.parse(await page.getByLabel('Rules (JSON)').inputValue()).allocation.article).toContain(
      'BVR',
    );
    await page.close();
  });
});
