import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser } from './support/browser';

const appUrl = inject('appUrl');
const EMAIL = 'paolo@associazione.example';

describe('first sign-in in Chromium: a user an administrator created chooses a password', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('asks for a new password under the pool policy, then signs in with it (and no longer with the old one)', async () => {
    const page = await browser.context.newPage();
    const signInWith = async (password: string) => {
      await page.goto(`${appUrl}/sign-in`);
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    };
    await signInWith('grantfit-demo');
    await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const chosen = page.getByLabel('New password', { exact: true });
    const repeat = page.getByLabel('Repeat the new password');
    const submit = page.getByRole('button', { name: 'Set the password and sign in' });
    await chosen.fill('Short-1');
    await repeat.fill('Short-2');
    await submit.click();
    await page.getByText('The two passwords differ.').waitFor();
    expect(await repeat.getAttribute('aria-invalid')).toBe('true');

    await repeat.fill('Short-1');
    await submit.click();
    expect(await page.getByRole('alert').textContent()).toContain('must have at least 12 characters');

    await chosen.fill('Paolo-Grants-2026');
    await repeat.fill('Paolo-Grants-2026');
    await submit.click();
    await page.waitForURL('**/association/calls');
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signInWith('grantfit-demo');
    expect(await page.getByRole('alert').textContent()).toBe('Email or password is wrong.');
    await signInWith('Paolo-Grants-2026');
    await page.waitForURL('**/association/calls');
    await page.close();
  });
});
