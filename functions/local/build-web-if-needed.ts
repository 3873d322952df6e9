/** Builds the web app when web/dist is missing or older than any web source file. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((name) => name !== 'dist' && name !== 'node_modules')
      .map((name) => newestMtime(join(path, name))),
  );
}

export async function buildWebIfNeeded(repoRoot: string): Promise<string> {
  const webDir = join(repoRoot, 'web');
  const dist = join(webDir, 'dist');
  const builtAt = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const sources = Math.max(newestMtime(webDir), newestMtime(join(repoRoot, 'shared')));
  if (sources > builtAt) {
    console.log('Building the web app…');
    // Vite keeps a NODE_ENV it finds set, and vitest sets it to 'test': React's development build and
    // its JSX dev runtime would be bundled. The app that is tested must be the production one.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: join(webDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  return dist;
}
