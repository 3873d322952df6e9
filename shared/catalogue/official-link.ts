/**
 * `Link_istituzionale`: the official page or PDF. It is often a generic page (a town's home page,
 * https://www.comune.rutino.sa.it/), which is flagged so nobody reads it as the call's own page.
 */
import { type CatalogueWarning, warn } from './warnings';

export function readOfficialLink(raw: string | undefined): { url?: string; warnings: CatalogueWarning[] } {
  if (raw === undefined) return { warnings: [] };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { warnings: [warn('LINK_INVALID', { raw }, `Link_istituzionale "${raw}" is not a URL`)] };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { warnings: [warn('LINK_INVALID', { raw }, `Link_istituzionale "${raw}" is not a web address`)] };
  const generic = (url.pathname === '/' || url.pathname === '') && url.search === '';
  return {
    url: url.href,
    warnings: generic
      ? [
          warn(
            'LINK_GENERIC',
            { url: url.href },
            `Link_istituzionale ${url.href} is a home page, not the call's page`,
          ),
        ]
      : [],
  };
}
