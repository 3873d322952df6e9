/**
 * How long browsers keep the site's files. Vite names every built file under /assets/ after its
 * content, so those never change and are kept a year without asking again; everything else (index.html,
 * config.json, the icon) keeps its name across deploys and is asked again every time, so a new deploy
 * reaches the next page load, and a kept old page never points at files a deploy replaced. Shared so the
 * CDK stack's uploads (S3 object metadata, passed on by CloudFront) and the local server agree.
 */
import { isPagePath } from './page-path';

export const HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const SITE_FILE_CACHE_CONTROL = 'no-cache';

/** The folder of the content-named files, as Vite builds it (build.assetsDir). */
export const HASHED_ASSETS_FOLDER = 'assets';

/** A page path under /assets/ (`/assets/`, `/assets/x`) is answered with index.html, which must not be kept. */
export function siteCacheControl(path: string): string {
  return path.startsWith(`/${HASHED_ASSETS_FOLDER}/`) && !isPagePath(path)
    ? HASHED_ASSET_CACHE_CONTROL
    : SITE_FILE_CACHE_CONTROL;
}
