import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STUB_COGNITO } from '../../functions/local/cognito-stub-routes';
import { accessibilityViolations, launchBrowser } from './support/browser';

const appUrl = inject('appUrl');

describe('SME sign-up in Chromium: account, emailed code, first steps', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('creates an SME account under the password policy, confirms the email code, and opens the company profile', async () => {
    const page = await browser.context.newPage();
    const email = `owner-${randomUUID().slice(0, 8)}@new-sme.example`;
    await page.goto(`${appUrl}/sign-in`);
    await page.getByRole('link', { name: 'New here? Create an SME account' }).click();
    await page.getByRole('heading', { name: 'Create an SME account' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create the account' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Password: must have at least 12 characters');

    await page.getByLabel('Password').fill('Nuova-Impresa-2026');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByText(`We sent a 6-digit code to ${email}.`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The local stand-in for the email: the dev issuer's mailbox.
    const mailbox = await page.request.get(`${appUrl}/dev-auth/mailbox?email=${encodeURIComponent(email)}`);
    const { code } = (await mailbox.json()) as { code: string };
    const codeField = page.getByLabel('Confirmation code');
    await codeField.fill(code === '111111' ? '222222' : '111111');
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'The code is not the one we sent to this email.',
    );
    await codeField.fill(code);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.waitForURL('**/company');
    await page.getByRole('heading', { name: 'Your company' }).waitFor();
    expect(await page.getByRole('link', { name: 'Your plans' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();

    // The same email cannot sign up twice.
    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Nuova-Impresa-2026');
    await page.getByRole('button', { name: 'Create the account' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'This email already has an account: sign in with it. If it was never confirmed, signing in asks for its code.',
    );
    await page.close();
  });

  it('confirms an account whose code step was lost (a reload), from the sign-in, with a new code', async () => {
    const page = await browser.context.newPage();
    const email = `stuck-${randomUUID().slice(0, 8)}@new-sme.example`;
    const mailbox = async () => {
      const answer = await page.request.get(`${appUrl}/dev-auth/mailbox?email=${encodeURIComponent(email)}`);
      return ((await answer.json()) as { code: string }).code;
    };
    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Nuova-Impresa-2026');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByText(`We sent a 6-digit code to ${email}.`).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Create an SME account' }).waitFor();

    // Signing in with the right password asks for the code, instead of refusing with no way on.
    await page.goto(`${appUrl}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Nuova-Impresa-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    await page
      .getByText(`This account is not confirmed yet. Enter the 6-digit code we sent to ${email}`)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A new code: the one sent before stops working.
    const first = await mailbox();
    await page.getByRole('button', { name: 'Send a new code' }).click();
    await page
      .getByText(`We sent a new 6-digit code to ${email}. The earlier code no longer works.`)
      .waitFor();
    const second = await mailbox();
    const codeField = page.getByLabel('Confirmation code');
    if (first !== second) {
      await codeField.fill(first);
      await page.getByRole('button', { name: 'Confirm and sign in' }).click();
      expect(await page.getByRole('alert').textContent()).toBe(
        'The code is not the one we sent to this email.',
      );
    }
    await codeField.fill(second);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.waitForURL('**/company');
    await page.getByRole('heading', { name: 'Your company' }).waitFor();
    await page.close();
  });

  it('signs in an account already confirmed in another tab instead of refusing its code', async () => {
    const page = await browser.context.newPage();
    const email = `twice-${randomUUID().slice(0, 8)}@new-sme.example`;
    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Nuova-Impresa-2026');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByText(`We sent a 6-digit code to ${email}.`).waitFor();
    const mailbox = await page.request.get(`${appUrl}/dev-auth/mailbox?email=${encodeURIComponent(email)}`);
    const { code } = (await mailbox.json()) as { code: string };

    // The other tab: the same code sent to Cognito (its local stand-in) first.
    const elsewhere = await page.request.post(`${appUrl}/dev-auth/cognito`, {
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.ConfirmSignUp',
      },
      data: JSON.stringify({
        ClientId: STUB_COGNITO.userPoolClientId,
        Username: email,
        ConfirmationCode: code,
      }),
    });
    expect(elsewhere.status()).toBe(200);

    await page.getByLabel('Confirmation code').fill(code);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.waitForURL('**/company');
    await page.getByRole('heading', { name: 'Your company' }).waitFor();
    await page.close();
  });
});
