import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyleHashes } from './inline-style-hashes';

describe('inlineStyleHashes', () => {
  it('lists the SHA-256 of every inline style as a CSP source, as browsers compute it', () => {
    const css = 'body{margin:0;content:"é"}';
    const html = `<html><head><style>${css}</style></head><body><style></style></body></html>`;
    const expected = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineStyleHashes(html)).toEqual([expected(css), expected('')]);
  });
});
