/**
 * A page that could not load says why in the reader's language: never the API's English message (which
 * may name an internal id) nor the browser's "Failed to fetch" (ADR 0034).
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');
/** A well-formed application id that no application has. */
const NO_SUCH_APPLICATION = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('why a page failed, in words', () => {
  // Each test in a browser of its own: the language one chooses is remembered for the next.
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser.close());

  it('says a call that could not be reached was not reached, not that it may not exist', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${appUrl}/calls`);
    await page.getByLabel('Language').selectOption('it');
    const link = page.locator('main li a').first();
    const callId = new URL((await link.getAttribute('href')) ?? '', appUrl).pathname.split('/').pop();
    // The network drops as the person follows the link: no answer comes at all.
    await page.route(`**/api/calls/${callId}`, (route) => route.abort('internetdisconnected'));
    await link.click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Impossibile caricare questo bando: Impossibile raggiungere GrantFit. Controlla la connessione e riprova.',
    );
    await page.close();
  });

  it('says a receipt that is not there was not found, in Dutch, without the server’s words', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Uw digitaliseringsplannen' }).waitFor();
    const answered = page.waitForResponse(`**/api/applications/${NO_SUCH_APPLICATION}`);
    await page.goto(`${appUrl}/applications/${NO_SUCH_APPLICATION}`);
    const server = await (await answered).json();
    await page.getByRole('heading', { level: 1, name: 'Uw aanvraag' }).waitFor();
    const said = await page.getByRole('alert').textContent();
    expect(said).toBe(
      'Kon dit niet laden: Het werd niet gevonden. Het adres is misschien fout, of het werd verwijderd.',
    );
    // What the API said is for developers: it does not reach the page.
    expect(said).not.toContain(server.error.message);
    await page.close();
  });

  const NOT_FOUND = 'It was not found. The address may be wrong, or it has been removed.';
  const NOT_OPEN =
    'This call is not open to applications, or this plan is not yours: the call may have closed, or the address may be wrong.';
  const PLAN = '/plans/01DEMOPLAN0000000000000001';
  it.each([
    ['marco@bottega-rossi.example', `${PLAN}/calls/${NO_SUCH_APPLICATION}`, 'Eligibility report', NOT_OPEN],
    ['marco@bottega-rossi.example', `${PLAN}/calls/${NO_SUCH_APPLICATION}/apply`, 'Apply', NOT_OPEN],
    [
      'giulia@studio-bianchi.example',
      `/reviews/${NO_SUCH_APPLICATION}`,
      'Review',
      `Could not load the review: ${NOT_FOUND}`,
    ],
    [
      'anna@associazione.example',
      `/association/calls/${NO_SUCH_APPLICATION}`,
      'Applications and budget',
      `Could not load the call: ${NOT_FOUND}`,
    ],
    [
      'anna@associazione.example',
      `/association/calls/${NO_SUCH_APPLICATION}/rules`,
      'Rules of a call',
      'You have no call with this id.',
    ],
    [
      'anna@associazione.example',
      '/catalogue/999999999',
      'Catalogue record',
      'There is no call with this number in the catalogue.',
    ],
  ])('as %s, names the page at %s and says why it is empty', async (email, path, title, said) => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, email);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto(`${appUrl}${path}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await alert.textContent()).toBe(said);
    await page.close();
  });
});
