/**
 * Every error code the API can send has words in the web app, or is deliberately said by its status:
 * a new code added to a use case, a route or the edge fails here until someone decides what a reader is
 * told (ADR 0034). The codes are read from the source, as the API writes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

const SENDS_A_CODE = [
  /new (?:NotFound|StateConflict|RuleRefusal|InvalidRequest)Error\(\s*'([a-z_]+)'/g,
  /new ApiError\(\s*\d{3},\s*'([a-z_]+)'/g,
  /errorBody\(\s*'([a-z_]+)'/g,
  /^\s*\d{3}: '([a-z_]+)',$/gm,
  /_CODE = '([a-z_]+)'/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('in-memory'))
    .map((name) => join(dir, name));
}

function codesSent(): Set<string> {
  const codes = new Set<string>();
  for (const file of [...sourceFiles('functions'), ...sourceFiles('shared/hosting')]) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of SENDS_A_CODE) for (const match of text.matchAll(pattern)) codes.add(match[1] ?? '');
  }
  return codes;
}

describe('the API’s error codes, as a reader is told them', () => {
  const sent = codesSent();

  it('finds the codes the API sends', () => {
    // The scan itself must work: a pattern that matched nothing would pass every code below.
    for (const code of ['not_found', 'conflict', 'call_closed', 'rate_limited', 'busy', 'unavailable'])
      expect(sent).toContain(code);
  });

  it('has words for each, or says it by its status on purpose', () => {
    const worded = new Set(WORDED_CODES);
    const unsaid = [...sent].filter((code) => !worded.has(code) && !SAID_BY_STATUS.has(code)).sort();
    expect(unsaid).toEqual([]);
  });
});
