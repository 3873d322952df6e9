/**
 * A directory laid out as a Lambda function sees its code: the bundle alone in its task directory, the
 * AWS SDK provided outside it (as the nodejs24.x runtime provides it), and Powertools only on NODE_PATH,
 * where the layer puts it (/opt/nodejs/node_modules). Packages are linked, not copied: run Node with
 * `--preserve-symlinks` so each one resolves its own dependencies from the layout, not from the repo.
 * Lambda's own module hooks are not reproduced: the SDK is found by the usual walk up from the task
 * directory, and the runtime's support for ES module imports from layers is absent (only `require`
 * reaches NODE_PATH here).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The packages `roots` need, read from the flat node_modules of `repoRoot` (nested ones travel along). */
function closure(repoRoot: string, roots: readonly string[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    const manifest = join(repoRoot, 'node_modules', name, 'package.json');
    if (found.has(name) || !existsSync(manifest)) return;
    found.add(name);
    const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(dependencies)) visit(dependency);
  };
  for (const root of roots) visit(root);
  return found;
}

function linkPackages(repoRoot: string, names: Iterable<string>, into: string) {
  for (const name of names) {
    const target = join(into, name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules', name), target, 'dir');
  }
}

export interface LambdaLayout {
  /** Copies a bundle into a task directory of its own; returns the file to import. */
  addTask(name: string, bundle: string): string;
  /** The NODE_PATH Lambda sets for a layer's Node.js packages. */
  nodePath: string;
  /** Deletes the directory (the links only, never what they point at). */
  remove(): void;
}

export function lambdaLayout(repoRoot: string): LambdaLayout {
  const root = mkdtempSync(join(tmpdir(), 'lambda-layout-'));
  const sdk = closure(repoRoot, [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/client-cognito-identity-provider',
  ]);
  // Above the task directories only, not above the layer's: the layer must hold all it needs itself.
  linkPackages(repoRoot, sdk, join(root, 'tasks', 'node_modules'));
  const nodePath = join(root, 'opt', 'nodejs', 'node_modules');
  linkPackages(
    repoRoot,
    closure(repoRoot, ['@aws-lambda-powertools/logger', '@aws-lambda-powertools/metrics']),
    nodePath,
  );
  return {
    nodePath,
    remove: () => rmSync(root, { recursive: true, force: true }),
    addTask(name, bundle) {
      const file = join(root, 'tasks', name, 'index.mjs');
      mkdirSync(dirname(file), { recursive: true });
      cpSync(bundle, file);
      return file;
    },
  };
}
