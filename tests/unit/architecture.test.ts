/**
 * Keeps the architecture visible: who may import whom (ARCHITECTURE.md), checked by dependency-cruiser
 * over static, dynamic and type-only imports, with the rules in .dependency-cruiser.cjs.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
  forbidden: NonNullable<ICruiseOptions['ruleSet']>['forbidden'];
  options: ICruiseOptions;
};

async function violations(baseDir: string, folders: string[]): Promise<string[]> {
  const result = await cruise(
    folders,
    {
      ...config.options,
      baseDir,
      tsConfig: { fileName: resolve(root, 'tsconfig.json') },
      ruleSet: { forbidden: config.forbidden },
      // Without it dependency-cruiser lists dependencies and checks no rule at all.
      validate: true,
    },
    undefined,
    { tsConfig: undefined },
  );
  if (typeof result.output === 'string') throw new Error('expected a cruise result');
  return result.output.summary.violations.map((v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('import boundaries', () => {
  it('hold across shared/, functions/, web/ and infra/ (a type-only import of the API app type is fine)', async () => {
    expect(await violations(root, ['shared', 'functions', 'web', 'infra'])).toEqual([]);
  }, 60_000);

  it('catch each break in a tree made to break them (static, dynamic and type-only imports)', async () => {
    const fixture = resolve(root, 'tests/unit/fixtures/architecture-breaks');
    const found = await violations(fixture, ['shared', 'functions', 'web', 'infra']);
    expect(found.map((v) => v.replace(/\S*node_modules\/\S+/, 'node_modules/…')).sort()).toEqual(
      [
        'functions-never-import-web-or-infra: functions/leaks.ts → web/src/features/a/a.ts',
        'infra-points-at-entry-points: infra/points-at-code.ts → functions/data/adapter.ts',
        'powertools-only-through-require: functions/imports-powertools.ts → node_modules/…',
        'shared-does-no-io: shared/reads-files.ts → fs',
        'use-cases-know-no-http-or-database: functions/calls/throws-http.ts → functions/api/errors.ts',
        'use-cases-know-no-http-or-database: functions/plans/reads-dynamo.ts → functions/data/dynamo-plan-store.ts',
        'shared-imports-only-shared: shared/reaches-out.ts → functions/data/adapter.ts',
        'shared-uses-no-cloud-sdk: shared/calls-aws.ts → node_modules/…',
        'web-features-are-independent: web/src/features/a/a.ts → web/src/features/b/b.ts',
        'web-imports-web-and-shared: web/src/loads-adapter.ts → functions/data/adapter.ts',
        'web-runs-in-the-browser: web/src/reads-files.ts → fs',
        'web-takes-only-the-api-type: web/src/uses-api-value.ts → functions/api/app.ts',
      ].sort(),
    );
  }, 60_000);
});
