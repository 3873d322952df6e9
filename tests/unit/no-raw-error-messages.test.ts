/**
 * No page shows an error's own message: the API's is English and for developers, the browser's
 * ("Failed to fetch") and Cognito's too. Pages say why something failed with `failureWords` or words of
 * their own (ADR 0034). This reads the web app's source for the ways a message reaches a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `error.message`, `caught.message`, `(error as Error).message`, `String(error)`, `${error}`. */
const SHOWS_A_MESSAGE = [
  /\b\w*(?:error|Error|caught|failure)\)?\??\.message\b/g,
  /\bString\(\s*(?:error|caught|failure)\s*\)/g,
  /\$\{\s*(?:error|caught|failure)\s*\}/g,
];

/** Where reading a message is the point, each for the reason given. */
const ALLOWED = new Map([
  // Defines the error: the message is kept for developers and logs.
  ['web/src/lib/api-error.ts', 'the error class itself'],
  // The browser's JSON message is read for the position it names; the editor says where in words.
  ['web/src/features/call-editor/components/rules-check.ts', 'where typed rules stop being JSON'],
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => join(dir, name).replaceAll('\\', '/'));
}

function rawMessagesIn(text: string): string[] {
  return SHOWS_A_MESSAGE.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

describe('an error’s own message never reaches a page', () => {
  it('finds each way a message can be shown', () => {
    expect(rawMessagesIn('<p>{save.error.message}</p>')).toEqual(['error.message']);
    expect(rawMessagesIn("t('x', { message: query.error?.message })")).toEqual(['error?.message']);
    expect(rawMessagesIn('setError(caught.message)')).toEqual(['caught.message']);
    expect(rawMessagesIn('{(error as Error).message}')).toEqual(['Error).message']);
    expect(rawMessagesIn('{serverError.message}')).toEqual(['serverError.message']);
    expect(rawMessagesIn('<p>{String(error)}</p>')).toEqual(['String(error)']);
    const placeholder = ['$', '{error}'].join('');
    expect(rawMessagesIn(`\`failed: ${placeholder}\``)).toEqual([placeholder]);
    expect(rawMessagesIn('failureWords(error)')).toEqual([]);
  });

  it('is not in the web app’s source', () => {
    const found = sources('web/src')
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) => rawMessagesIn(readFileSync(file, 'utf8')).map((shown) => `${file}: ${shown}`));
    expect(found).toEqual([]);
  });
});
