import { describe, expect, it } from 'vitest';
import { HASHED_ASSET_CACHE_CONTROL, SITE_FILE_CACHE_CONTROL, siteCacheControl } from './site-cache-control';

describe('how long browsers keep the site’s files', () => {
  it('keep content-named files a year, and ask again for the rest', () => {
    expect(siteCacheControl('/assets/react-CS2LCDfW.js')).toBe(HASHED_ASSET_CACHE_CONTROL);
    for (const path of [
      '/',
      '/index.html',
      '/config.json',
      '/favicon.svg',
      '/calls/01ABC',
      '/assetsx/a.js',
      '/assets/',
      '/assets/plans',
    ])
      expect(siteCacheControl(path), path).toBe(SITE_FILE_CACHE_CONTROL);
  });
});
