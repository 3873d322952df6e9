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
      'Kon dit niet laden: Niet gevonden: het adres is misschien fout, of het werd verwijderd.',
    );
    // What the API said is for developers: it does not reach the page.
    expect(said).not.toContain(server.error.message);
    await page.close();
  });
});
