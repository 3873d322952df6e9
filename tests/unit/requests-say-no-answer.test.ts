/**
 * Every request the web app sends says so when no answer came: a bare `fetch` rejects with a plain
 * TypeError, which the pages would say as a failure on GrantFit's side instead of "check your
 * connection" (ADR 0034). Each way the app asks the network is run here with a network that never
 * answers, and must fail with a `NoAnswerError`; the source scan then keeps new requests on the wrapper.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWebConfig, type WebConfig } from '../../web/src/config/web-config';
import { confirmSignUp, signUp } from '../../web/src/features/auth/api/sign-up';
import { createApiClient } from '../../web/src/lib/api-client';
import { unwrap } from '../../web/src/lib/api-error';
import { NoAnswerError } from '../../web/src/lib/no-answer';
import { chooseNewPassword, renewIdToken, signIn } from '../../web/src/lib/sign-in';
import { webSources } from './support/web-sources';

const DEV: WebConfig = { auth: { kind: 'dev', url: '/dev-auth' } };
const COGNITO: WebConfig = { auth: { kind: 'cognito', region: 'eu-south-1', userPoolClientId: 'web' } };

/** Each way the web app asks the network, and whether it reads the answer's body when it succeeds. */
const REQUESTS: [string, () => Promise<unknown>][] = [
  [
    'the typed API client',
    async () => unwrap(await createApiClient(() => undefined).api.calls.$get({ query: {} })),
  ],
  ['config.json', () => loadWebConfig()],
  ...[DEV, COGNITO].flatMap((config): [string, () => Promise<unknown>][] => [
    [`sign-in (${config.auth.kind})`, () => signIn(config, 'a@b.example', 'pw')],
    [`a new password (${config.auth.kind})`, () => chooseNewPassword(config, 'a@b.example', 's', 'pw')],
    [`renewing the session (${config.auth.kind})`, () => renewIdToken(config, 'refresh')],
    [`sign-up (${config.auth.kind})`, () => signUp(config, 'a@b.example', 'pw')],
    [`confirming the email (${config.auth.kind})`, () => confirmSignUp(config, 'a@b.example', '123456')],
  ]),
];
/** The dev issuer's sign-up and confirmation answer nothing the app reads. */
const READS_THE_ANSWER = REQUESTS.filter(([name]) => !/^(sign-up|confirming the email) \(dev\)$/.test(name));

/** A 200 answer whose connection is cut half way (the browser then rejects the read with a TypeError). */
function cutAnswer(): Response {
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"items":['));
      controller.error(new TypeError('network error'));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('every way the web app asks the network says when no answer came', () => {
  beforeEach(() => {
    vi.stubGlobal('window', { location: { origin: 'http://localhost:3000' } });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(REQUESTS)('%s', async (_, request) => {
    await expect(request()).rejects.toBeInstanceOf(NoAnswerError);
  });

  it.each(READS_THE_ANSWER)('%s, when the answer is cut while it is read', async (_, request) => {
    vi.stubGlobal('fetch', () => Promise.resolve(cutAnswer()));
    await expect(request()).rejects.toBeInstanceOf(NoAnswerError);
  });
});

/** A use of the browser's fetch (called, passed on, or bound), or a second typed client. */
const BARE_FETCH = new RegExp(
  [
    // fetch called, passed on or bound, on its own or as anything's property (window?.fetch…)
    String.raw`(?<![\w$])fetch(?![\w$])(?!\s*:)`,
    // taken out of an object under another name: const { fetch: send } = window
    String.raw`\{[^}]*\bfetch\s*:\s*[\w$]+[^}]*\}\s*=`,
    // a typed client made anywhere else: hc(…), or Hono's client imported for its values
    String.raw`(?<![\w$])hc\s*[<(]`,
    String.raw`^\s*import\s+(?!type\b)[^;]*from\s+['"]hono/client['"]`,
    String.raw`^\s*\}\s*from\s+['"]hono/client['"]`,
  ].join('|'),
);
const ALLOWED = new Set(['web/src/lib/no-answer.ts', 'web/src/lib/api-client.ts']);

/** The code of a line, without its comment. */
const codeOf = (line: string) => (/^\s*(?:\*|\/\*|\/\/)/.test(line) ? '' : line.replace(/(?<!:)\/\/.*$/, ''));

describe('every request goes through the wrapper', () => {
  it('finds a bare fetch however it is used, and only that', () => {
    for (const line of [
      "await fetch('/config.json')",
      'window.fetch(url, init)',
      'return fetch (input)',
      'fetch.call(window, url)',
      'const send = fetch;',
      '(0, fetch)(url)',
      '{ fetch: window.fetch }',
      'hc<ApiApp>(origin)',
      'window?.fetch(u)',
      'document.defaultView?.fetch(u)',
      'const { fetch: send } = window;',
      "import { hc as client } from 'hono/client';",
      "load('https://x.example/', fetch)",
    ])
      expect(BARE_FETCH.test(codeOf(line)), line).toBe(true);
    for (const line of [
      'await query.refetch()',
      'fetchOrNoAnswer(url)',
      'client.prefetchQuery(x)',
      'fetch: fetchOrNoAnswer,',
      '// fetch rejects with a TypeError',
      ' * the browser fetch, said in words',
      "import type { ClientResponse } from 'hono/client';",
    ])
      expect(BARE_FETCH.test(codeOf(line)), line).toBe(false);
  });

  it('has no bare fetch in the web app but in the wrapper, and one typed client', () => {
    const found = webSources()
      .filter((file) => !ALLOWED.has(file) && !file.includes('/i18n/locales/'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => BARE_FETCH.test(codeOf(line)))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
