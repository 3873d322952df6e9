/**
 * No page shows an error's own message: the API's is English and for developers, the browser's
 * ("Failed to fetch") and Cognito's too. Pages say why something failed with `failureWords` or words of
 * their own (ADR 0034). This reads the web app's source, line by line, for any use of a `.message`, a
 * field's message from the API, or an error turned into text; each use that remains is listed below with
 * why it never reaches a page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webSources } from './support/web-sources';

/** A name that holds an error: `e`, `err`, `error`, `caught`, `failure`, `saveError`, `query.error`… */
const NAME = String.raw`(?:[\w?]+\.)*(?:e|ex|err\w*|\w*Err\w*|\w*error\w*|caught\w*|\w*fail\w*|\w*Fail\w*|reason|cause)`;
const ERROR = String.raw`${NAME}(?![\w.(])`;

const SHOWS_A_MESSAGE = [
  /\.message\b/,
  // A field's message is the API's English: only whether there is one may be asked.
  /fieldMessage\((?![^)]*\)\s*!==\s*undefined)/,
  // An error turned into text: String(err), `${error}`, err.toString(), 'x' + error, error + 'x'.
  new RegExp(String.raw`\bString\(\s*${ERROR}`),
  new RegExp(String.raw`\$\{\s*${ERROR}`),
  new RegExp(String.raw`(?<![\w.])${NAME}\??\.toString\(`),
  new RegExp(String.raw`\bJSON\.stringify\(\s*${ERROR}`),
  new RegExp(String.raw`['"\x60]\s*\+\s*\(?\s*${ERROR}`),
  new RegExp(String.raw`(?<![\w.])${ERROR}\s*\+\s*['"\x60]`),
  // A message taken out of an error by destructuring: const { message } = error (or error.body),
  // catch ({ message }), .catch(({ message }) => …).
  new RegExp(String.raw`\{[^}]*\bmessage\b[^}]*\}\s*=\s*${NAME}(?:\??\.\w+)*`),
  /catch\s*\(\s*\{[^}]*\bmessage\b/,
  /\(\s*\{[^}]*\bmessage\b[^}]*\}\s*\)\s*=>/,
];

/** Lines where a message is read, and why none of them reaches a page. */
const ALLOWED: readonly [file: string, line: string, why: string][] = [
  ['web/src/lib/api-error.ts', 'super(body.message);', 'the error keeps it for developers and logs'],
  [
    'web/src/lib/failure-words.ts',
    'return i18next.t(`failure.',
    "`reason` there is the key of the failure's words, not an error",
  ],
  ['web/src/lib/api-error.ts', 'fieldMessage(path: string)', 'where a field message is looked up'],
  ['web/src/lib/api-error.ts', '(f) => f.path === path)?.message', 'where a field message is looked up'],
  ['web/src/lib/sign-in.ts', 'answer.message ??', "Cognito's message, kept in the error for logs"],
  ['web/src/features/auth/api/sign-up.ts', 'answer.message ??', "Cognito's message, kept for logs"],
  [
    'web/src/lib/load-chunk.ts',
    'NOT_FETCHED.test(error.message)',
    "the browser's message, read for whether a chunk was fetched, never shown",
  ],
  [
    'web/src/lib/sign-in.ts',
    '? codeOfNotAuthorized(answer.message, notAuthorized)',
    "Cognito's message, read for which refusal it is (lib/cognito-errors.ts), never shown",
  ],
  [
    'web/src/features/auth/api/sign-up.ts',
    '? notAuthorized(answer.message)',
    "Cognito's message, read for which refusal it is (lib/cognito-errors.ts), never shown",
  ],
  [
    'web/src/features/auth/api/sign-up.ts',
    ": codeOfCognitoError(answer.__type, 'sign_up_failed', answer.message)",
    "Cognito's message, read for which refusal it is (lib/cognito-errors.ts), never shown",
  ],
  [
    'web/src/features/call-editor/components/rules-check.ts',
    'error instanceof Error ? error.message',
    "the JSON parser's message, read for the position it names",
  ],
  [
    'web/src/features/call-editor/components/rules-problem.ts',
    'BY_PATTERN_MESSAGE.get(issue.message',
    "a pattern check's message, read to know which pattern",
  ],
  [
    'web/src/lib/explain.ts',
    'item.message',
    "the engine's own sentence, for a reason stored before reasons carried their facts",
  ],
];

function showsAMessage(line: string): boolean {
  return SHOWS_A_MESSAGE.some((pattern) => pattern.test(line));
}

describe('an error’s own message never reaches a page', () => {
  it('finds each way a message can be shown', () => {
    const placeholder = ['$', '{query.error}'].join('');
    for (const line of [
      '<p>{save.error.message}</p>',
      "t('x', { message: query.error?.message })",
      'setError(caught.message)',
      '{(error as Error).message}',
      '{serverError.message}',
      '{error.body.message}',
      "setError(label + ': ' + field.message)",
      '{e?.message}',
      "error={serverError?.fieldMessage('reason')}",
      '<p>{String(query.error)}</p>',
      '<p>{String(err)}</p>',
      `\`failed: ${placeholder}\``,
      '{save.error?.toString()}',
      "setText('Failed: ' + err)",
      'const { message } = caught;',
      'const { code, message: said } = save.error;',
      "error + ' failed'",
      '} catch ({ message }) {',
      '<p>{String(e)}</p>',
      `\`${['$', '{e}'].join('')}\``,
      "String(query.error ?? '')",
      "'x' + (error)",
      'const { message } = error.body;',
      '<p>{String(reason)}</p>',
      'JSON.stringify(error)',
      '.catch(({ message }) => setText(message))',
      'onError: ({ message }) => alert(message),',
    ])
      expect(showsAMessage(line), line).toBe(true);
    for (const line of [
      'failureWords(error)',
      "error.fieldMessage('x') !== undefined",
      'messages.ok',
      'String(count)',
      "'x' + errors.length",
      'const { code } = error.body;',
      'String(error.body.code)',
      `\`${['$', '{e.id}'].join('')}\``,
      'String(value)',
      "'x' + errors.length",
    ])
      expect(showsAMessage(line), line).toBe(false);
  });

  it('is not in the web app’s source, but where listed', () => {
    const found = webSources().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => showsAMessage(line))
        .filter((line) => !ALLOWED.some(([where, what]) => where === file && line.includes(what)))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
