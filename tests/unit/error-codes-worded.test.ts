/**
 * Every error code the API can send has words in the web app, or is deliberately said by its status:
 * a new code added to a use case, a route or the edge fails here until someone decides what a reader is
 * told (ADR 0034). The codes are read from the source, as the API writes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_REFUSALS } from '../../web/src/features/auth/hooks/use-auth-step';
import { WORDED_CODES } from '../../web/src/lib/failure-words';

/** Codes whose status already says it all: a bad request, a busy or unavailable service. */
const SAID_BY_STATUS = new Set([
  'bad_request',
  'invalid_input',
  'method_not_allowed',
  'unsupported_media_type',
  'unprocessable',
  'unavailable',
  'busy',
]);

/** A code as a string literal ('code', "code" or `code`), then the comments that may come before it. */
const CODE = /['"`]([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)['"`]/.source;
const COMMENTS = /(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/.source;
const pattern = (before: string, flags = 'g') => new RegExp(`${before}${COMMENTS}${CODE}`, flags);

const SENDS_A_CODE = [
  // Any error class of ours, the status first or not (not the language's own, whose first argument is
  // a message).
  pattern(`new (?!(?:Type|Range|Syntax)?Error\\()\\w*Error\\(${COMMENTS}(?:\\d{3},)?`),
  pattern('errorBody\\('),
  // An error body written out, as the edge and the local sign-in write theirs.
  pattern('\\berror:\\s*\\{\\s*code:'),
  // A status table: `404: 'not_found',` or `[404, 'not_found']`.
  pattern('^\\s*\\d{3}:', 'gm'),
  pattern('\\[\\d{3},'),
  pattern('_CODE\\s*=\\s*'),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('in-memory'))
    .map((name) => join(dir, name));
}

function codesSent(): Set<string> {
  const codes = new Set<string>();
  for (const file of [...sourceFiles('functions'), ...sourceFiles('shared'), ...sourceFiles('infra')]) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of SENDS_A_CODE) for (const match of text.matchAll(pattern)) codes.add(match[1] ?? '');
  }
  return codes;
}

describe('the API’s error codes, as a reader is told them', () => {
  const sent = codesSent();

  it('finds the codes the API sends', () => {
    // The scan itself must work: a pattern that matched nothing would pass every code below.
    for (const code of [
      'not_found',
      'conflict',
      'call_closed',
      'rate_limited',
      'busy',
      'unavailable',
      'invalid_credentials',
    ])
      expect(sent).toContain(code);
  });

  it('has words for each, or says it by its status on purpose', () => {
    // Sign-in's and sign-up's refusals have words of their own (auth.errors), the rest failureWords'.
    const worded = new Set([...WORDED_CODES, ...KNOWN_REFUSALS]);
    const unsaid = [...sent].filter((code) => !worded.has(code) && !SAID_BY_STATUS.has(code)).sort();
    expect(unsaid).toEqual([]);
  });
});
