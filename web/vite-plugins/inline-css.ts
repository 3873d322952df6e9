/**
 * Inlines the app's stylesheet into index.html. The page frame in index.html then paints as soon as the
 * HTML arrives instead of after a stylesheet round trip (first paint on slow mobile networks). The CSP
 * allows exactly this style by its hash (infra/lib/inline-style-hashes.ts), not 'unsafe-inline'.
 */
import type { Plugin } from 'vite';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g;

export function inlineCss(): Plugin {
  return {
    name: 'grantfit-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(STYLESHEET_LINK, (link, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return link;
          return `<style>${String(asset.source).trim()}</style>`;
        });
      },
    },
  };
}
