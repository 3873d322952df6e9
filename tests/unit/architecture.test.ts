/** Keeps the architecture visible: who may import whom (see ARCHITECTURE.md). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'dist' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import in a file, resolved to a repo-relative path, with whether it is type-only. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm);
  return [...found].map((m) => ({
    target: relative(root, resolve(root, dirname(file), m[2] ?? '')),
    typeOnly: Boolean(m[1]),
  }));
}

const topFolder = (path: string) => path.split('/')[0];

describe('import boundaries', () => {
  it('shared/ imports nothing of ours outside shared/', () => {
    const leaks = sourceFiles('shared').flatMap((f) =>
      importsOf(f)
        .filter((i) => topFolder(i.target) !== 'shared')
        .map((i) => `${f} → ${i.target}`),
    );
    expect(leaks).toEqual([]);
  });

  it('web/ imports shared/ and, type-only, the API app type; nothing else of ours', () => {
    const leaks = sourceFiles('web').flatMap((f) =>
      importsOf(f)
        .filter((i) => !['web', 'shared'].includes(topFolder(i.target) ?? ''))
        .filter((i) => !(i.typeOnly && i.target === 'functions/api/app'))
        .map((i) => `${f} → ${i.target}`),
    );
    expect(leaks).toEqual([]);
  });

  it('web features never import each other', () => {
    const leaks = sourceFiles('web/src/features').flatMap((f) => {
      const feature = f.split('/')[3];
      return importsOf(f)
        .filter((i) => i.target.startsWith('web/src/features/') && i.target.split('/')[3] !== feature)
        .map((i) => `${f} → ${i.target}`);
    });
    expect(leaks).toEqual([]);
  });

  it('functions/ never imports web/ or infra/; infra/ imports only the site policy from shared/', () => {
    const functionLeaks = sourceFiles('functions').flatMap((f) =>
      importsOf(f)
        .filter((i) => ['web', 'infra'].includes(topFolder(i.target) ?? ''))
        .map((i) => `${f} → ${i.target}`),
    );
    const infraLeaks = sourceFiles('infra').flatMap((f) =>
      importsOf(f)
        .filter((i) => topFolder(i.target) !== 'infra' && !i.target.startsWith('shared/hosting/'))
        .map((i) => `${f} → ${i.target}`),
    );
    expect([...functionLeaks, ...infraLeaks]).toEqual([]);
  });
});
