/** Vite builds the SPA into web/dist; in dev it proxies API and sign-in calls to the local server. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineCss } from './vite-plugins/inline-css';

const apiTarget = process.env.GRANTFIT_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), inlineCss()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': apiTarget,
      '/dev-auth': apiTarget,
      '/config.json': apiTarget,
    },
  },
});
