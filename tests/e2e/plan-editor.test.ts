import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, openPlanEditor, signIn } from './support/browser';

const appUrl = inject('appUrl');
const DEMO_PLAN = 'Sell online and know our customers';

describe('plan editor in Chromium: write a plan with goals and spend lines; a concurrent edit loses nothing', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  /** The demo SME, signed in, in its plan's editor. */
  async function openDemoPlanEditor() {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await openPlanEditor(page, DEMO_PLAN);
    await page.getByRole('heading', { name: 'Edit your plan' }).waitFor();
    return page;
  }

  it('validates inline, saves a new plan, and resolves a 409 by keeping the SME’s own edits', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('link', { name: 'Write a new plan' }).click();
    await page.getByRole('heading', { name: 'A new digitalisation plan' }).waitFor();
    await page.getByLabel('Title').fill('Cybersecurity basics');
    await page.getByLabel('Where do you want to go?').fill('No more lost days to ransomware.');
    await page.getByLabel('Who pulls the cart?').fill('Marco, the owner');
    await page.getByLabel('From').fill('2026-12-01');
    // An end before the start: our own check, said in plain words, not "Check this value".
    await page.getByLabel('To', { exact: true }).fill('2026-11-30');
    await page.getByLabel('Goal 1: what').fill('Back up every till and laptop');
    await page.getByLabel('Goal 1: KPI').fill('Machines backed up daily');
    await page.getByLabel('Line 1: description').fill('Security assessment');
    await page.getByLabel('Line 1: supplier').fill('Sicura Srl');
    await page.getByLabel('Line 1: expected invoice date').fill('2026-12-15');
    await page.getByRole('button', { name: 'Save plan' }).click();
    // No amount yet: the field says so and nothing is sent (once the form's reading code has arrived).
    await expect.poll(() => page.getByLabel('Line 1: amount (€)').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('End on or after the start date.', { exact: true }).waitFor();
    await page.getByLabel('To', { exact: true }).fill('2027-06-30');
    await page.getByLabel('Line 1: amount (€)').fill('2.400');
    await page.getByRole('button', { name: 'Add a spend line' }).click();
    await page.getByLabel('Line 2: description').fill('Backup NAS');
    await page.getByLabel('Line 2: category').selectOption('hardware');
    await page.getByLabel('Line 2: supplier').fill('Elettronica Milano');
    await page.getByLabel('Line 2: amount (€)').fill('800');
    await page.getByLabel('Line 2: expected invoice date').fill('2027-01-10');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.waitForURL('**/plans');
    const card = page.getByRole('listitem').filter({ hasText: 'Cybersecurity basics' });
    await card.waitFor();
    expect(await card.textContent()).toContain('€2,400.00');

    // Two tabs edit the same plan; the second save meets the first.
    await card.getByRole('link', { name: /Edit/ }).click();
    await page.getByRole('heading', { name: 'Edit your plan' }).waitFor();
    const editUrl = page.url();
    const other = await browser.context.newPage();
    await other.goto(editUrl);
    await other.getByLabel('Title').fill('Cybersecurity basics (v2)');
    await other.getByRole('button', { name: 'Save plan' }).click();
    await other.waitForURL('**/plans');
    await other.close();

    await page.getByLabel('Line 2: amount (€)').fill('950');
    await page.getByRole('button', { name: 'Save plan' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'saved elsewhere' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Cybersecurity basics (v2)');
    expect(await page.getByLabel('Line 2: amount (€)').inputValue()).toBe('950');
    expect(await accessibilityViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await page.waitForURL('**/plans');
    const saved = page.getByRole('listitem').filter({ hasText: 'Cybersecurity basics' });
    await saved.getByText('€950.00').waitFor();
  });

  it('shows the plan the address names when it moves from one plan’s editor straight to another’s', async () => {
    const page = await openDemoPlanEditor();
    const first = new URL(page.url()).pathname;
    const firstTitle = await page.getByLabel('Title').inputValue();
    // A second plan, a copy under another title (the SME's own session, as the page would send it).
    const second = await page.evaluate(
      async ({ path, title }) => {
        const headers = {
          authorization: `Bearer ${localStorage.getItem('grantfit.idToken')}`,
          'content-type': 'application/json',
        };
        type Stored = { plan: Record<string, unknown> & { id: string } };
        const stored = (await (
          await fetch(`/api${path.replace(/\/edit$/, '')}`, { headers })
        ).json()) as Stored;
        const { id, companyId, ...plan } = stored.plan;
        const created = await fetch('/api/plans', {
          method: 'POST',
          headers,
          body: JSON.stringify({ ...plan, title }),
        });
        return ((await created.json()) as Stored).plan.id;
      },
      { path: first, title: 'A second plan, apart' },
    );
    await page.getByLabel('Title').fill(`${firstTitle} — typed, not saved`);
    // The app's own navigation (as a link would), with no page in between.
    await page.evaluate((id) => {
      history.pushState(null, '', `/plans/${id}/edit`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, second);
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('A second plan, apart');
    // And back: the first plan's unsaved title is its own draft, not the second plan's.
    await page.goBack();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(`${firstTitle} — typed, not saved`);
  });

  it('says when the calls’ questions for each line could not be loaded, and loads them on request', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    const openCalls = '**/api/calls?limit=100';
    await page.route(openCalls, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Write a new plan' }).click();
    await page.getByRole('heading', { name: 'A new digitalisation plan' }).waitFor();
    await page.getByLabel('Line 1: category', { exact: true }).selectOption('consulting');
    const failed = page
      .getByRole('alert')
      .filter({ hasText: 'The questions the calls ask about each line could not be loaded' });
    await failed.waitFor();
    expect(await failed.textContent()).toContain('GrantFit could not be reached.');
    // Without the rules, no question is asked: the alert is what tells the SME why.
    const purpose = page.getByRole('group', { name: /Line 1: which technology or purpose does it serve\?/ });
    expect(await purpose.count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.unroute(openCalls);
    await failed.getByRole('button', { name: 'Load the questions again' }).click();
    await purpose.waitFor();
    expect(await failed.count()).toBe(0);
    await page.close();
  });

  it('asks on each line what the calls of the company’s area check, and what the call it came from checks', async () => {
    const page = await openDemoPlanEditor();
    await page.getByRole('button', { name: 'Add a spend line' }).click();
    const n = await page.getByLabel(/^Line \d+: category$/).count();
    await page.getByLabel(`Line ${n}: category`, { exact: true }).selectOption('training');
    // A shop in Milan: the Lombard call asks which technology the training serves…
    await page
      .getByRole('group', { name: `Line ${n}: which technology or purpose does it serve?` })
      .waitFor();
    // …and the Flemish KMO-portefeuille, open to companies in Flanders only, asks nothing.
    const kmoList = page.getByLabel(`Line ${n}: the provider is registered on the KMO-portefeuille list`);
    expect(await kmoList.count()).toBe(0);

    // Opened from the KMO-portefeuille's report, its own questions are asked, wherever the company is.
    const open = (await (await page.request.get(`${appUrl}/api/calls?limit=100`)).json()) as {
      items: { id: string; title: string }[];
    };
    const kmo = open.items.find((c) => c.title.startsWith('KMO-portefeuille'));
    const planId = new URL(page.url()).pathname.split('/')[2];
    await page.goto(`${appUrl}/plans/${planId}/edit?call=${kmo?.id}`);
    await page.getByRole('heading', { name: 'Edit your plan' }).waitFor();
    const lines = await page.getByLabel(/^Line \d+: category$/).count();
    await page.getByRole('button', { name: 'Add a spend line' }).click();
    await page.getByLabel(`Line ${lines + 1}: category`, { exact: true }).selectOption('training');
    await page
      .getByLabel(`Line ${lines + 1}: the provider is registered on the KMO-portefeuille list`)
      .waitFor();
    // Cybersecurity advice is funded at a higher rate for cybersecurity: choosing that spend type ticks
    // the purpose the call asks, rather than refusing the line as "not tied to cybersecurity".
    await page.getByLabel(`Line ${lines + 1}: category`, { exact: true }).selectOption('cybersecurity');
    const purpose = page
      .getByRole('group', { name: `Line ${lines + 1}: which technology or purpose does it serve?` })
      .getByRole('checkbox', { name: 'Cybersecurity', exact: true });
    expect(await purpose.isChecked()).toBe(true);
    await page.close();
  });

  it('keeps unsaved edits across navigation, says so, and lets the SME discard them', async () => {
    const page = await openDemoPlanEditor();
    const card = page.getByRole('listitem').filter({ hasText: DEMO_PLAN });
    const saved = await page.getByLabel('Title').inputValue();
    await page.getByLabel('Title').fill(`${saved} — draft`);
    await page.getByRole('link', { name: 'Your company' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your company' }).waitFor();
    await page.getByRole('link', { name: 'Your plans' }).click();
    await card.getByRole('link', { name: /Edit/ }).click();
    await page.getByRole('heading', { name: 'Edit your plan' }).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'unsaved changes from earlier' });
    await notice.waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe(`${saved} — draft`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A reload keeps it too; discarding puts the saved plan back, and the notice does not come again.
    await page.reload();
    await notice.waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe(`${saved} — draft`);
    await notice.getByRole('button', { name: 'Discard my unsaved changes' }).click();
    expect(await page.getByLabel('Title').inputValue()).toBe(saved);
    await page.reload();
    await page.getByRole('heading', { name: 'Edit your plan' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await notice.count()).toBe(0);
    expect(await page.getByLabel('Title').inputValue()).toBe(saved);

    // A draft made on an older version never overwrites a newer one unseen: its save meets the 409.
    const who = page.getByLabel('Who pulls the cart?');
    const whoSaved = await who.inputValue();
    await who.fill('Marco, with Giulia from the shop');
    await page.getByRole('link', { name: 'Your company' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your company' }).waitFor();
    const other = await browser.context.newPage(); // another tab: its own drafts
    await other.goto(page.url().replace(/\/company$/, '/plans'));
    await openPlanEditor(other, DEMO_PLAN);
    await other.getByLabel('Where do you want to go?').fill('Sell online, and know who comes back.');
    await other.getByRole('button', { name: 'Save plan' }).click();
    await other.waitForURL('**/plans');
    await other.close();
    await page.getByRole('link', { name: 'Your plans' }).click();
    await card.getByRole('link', { name: /Edit/ }).click();
    // A reload reads the newer version (this tab's cache could still hold the older one).
    await page.reload();
    await notice.waitFor();
    await page.getByRole('button', { name: 'Save plan' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'saved elsewhere' });
    await conflict.waitFor();
    expect(await who.inputValue()).toBe('Marco, with Giulia from the shop');
    // Put the demo plan back as the other journeys expect it.
    await who.fill(whoSaved);
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await page.waitForURL('**/plans');
  });
});
