import { describe, expect, it } from 'vitest';
import { pidLombardiaRules } from '../../../../../shared/fixtures/schemes';
import { checkRules, previewFor } from './rules-check';

describe('rules check', () => {
  it('accepts real rules and previews the scheme’s worked example to the cent', () => {
    const checked = checkRules(JSON.stringify(pidLombardiaRules));
    expect(checked.problems).toBeUndefined();
    if (!checked.rules) throw new Error('the PID rules should be valid');
    const report = previewFor(checked.rules, 'milan-restaurant');
    expect(report.totals.grantCents).toBe(3_050_00);
  });

  it('names each problem by its path, and a JSON typo by its position', () => {
    const broken = { ...pidLombardiaRules, totals: { ...pidLombardiaRules.totals, rate: { defaultBp: -1 } } };
    expect(checkRules(JSON.stringify(broken)).problems?.map((p) => p.path)).toContain(
      'totals.rate.defaultBp',
    );
    expect(checkRules('{\n  "schemaVersion": 1,\n}').problems).toEqual([
      { key: 'jsonAt', values: { line: 3, column: 1 } },
    ]);
  });
});
