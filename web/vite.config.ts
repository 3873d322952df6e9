/** Vite builds the SPA into web/dist; in dev it proxies API and sign-in calls to the local server. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { HASHED_ASSETS_FOLDER } from '../shared/hosting/site-cache-control';
import { inlineCss } from './vite-plugins/inline-css';
import { retryChunkImports } from './vite-plugins/retry-chunk-imports';

const apiTarget = process.env.GRANTFIT_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), inlineCss(), retryChunkImports()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The deploy keeps this folder's content-named files a year (ADR 0032): one name for both.
    assetsDir: HASHED_ASSETS_FOLDER,
    sourcemap: true,
    // React (with ReactDOM and its scheduler) and TanStack Query in chunks of their own, apart from the
    // app's entry (ADR 0028): a first visit fetches mid-sized scripts side by side instead of one large
    // one, which lowered the simulated largest paint in `npm run bench:web`; and a release that changes
    // only the app usually leaves their names (not when the bundler's runtime chunk changes: ADR 0028).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/dev-auth': apiTarget,
      '/config.json': apiTarget,
    },
  },
});
