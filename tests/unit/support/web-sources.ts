/** The web app's source files, tests left out: what the unit scans of web/src read. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function webSources(dir = 'web/src'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => join(dir, name).replaceAll('\\', '/'));
}
