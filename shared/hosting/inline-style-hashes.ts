/**
 * CSP sources for the inline <style> blocks of the built index.html (web/vite-plugins/inline-css.ts):
 * the browser applies a style whose SHA-256 the policy lists, so the CSP needs no 'unsafe-inline'.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (match) => `'sha256-${base64(sha256(utf8ToBytes(match[1] ?? '')))}'`,
  );
}
