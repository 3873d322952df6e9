import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

it("loads Powertools' CommonJS build, not its ES modules, which Node loads slower (ADR 0027)", async () => {
  const { logger, metrics, MetricUnit } = await import('./powertools');
  expect(logger).toBeDefined();
  expect(metrics).toBeDefined();
  expect(MetricUnit.Count).toBe('Count');
  const loaded = Object.keys(createRequire(import.meta.url).cache);
  for (const name of ['logger', 'metrics'])
    expect(loaded.some((path) => path.includes(`@aws-lambda-powertools/${name}/lib/cjs/`))).toBe(true);
});
