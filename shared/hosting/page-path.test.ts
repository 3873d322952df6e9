import { describe, expect, it } from 'vitest';
import { isPagePath } from './page-path';

describe('isPagePath', () => {
  it.each(['/', '/calls', '/calls/01ABC', '/plans/', '/sign-in', '/apiary', '/a.b/c'])(
    '%s is a page',
    (path) => expect(isPagePath(path)).toBe(true),
  );

  it.each([
    '/api',
    '/api/',
    '/api/nope',
    '/api/calls/01ABC',
    '/assets/index-abc.js',
    '/robots.txt',
    '/favicon.ico',
    '/config.json',
  ])('%s is not a page', (path) => expect(isPagePath(path)).toBe(false));
});
