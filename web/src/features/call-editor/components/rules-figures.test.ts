import { describe, expect, it } from 'vitest';
import { pidLombardiaRules } from '../../../../../shared/fixtures/schemes';
import { CALL_FIGURES, categoryFigures, parseFigure, readAt, showFigure, writeAt } from './rules-figures';

describe('rules figures', () => {
  it('reads what people type as the rules store it, and names what it cannot read', () => {
    expect(parseFigure('money', '1.500,50')).toEqual({ ok: true, value: 150_050 });
    expect(parseFigure('money', 'lots')).toEqual({ ok: false, problem: 'money' });
    expect(parseFigure('percent', '37,5 %')).toEqual({ ok: true, value: 3_750 });
    expect(parseFigure('percent', '50')).toEqual({ ok: true, value: 5_000 });
    expect(parseFigure('percent', '120')).toEqual({ ok: false, problem: 'percent' });
    expect(parseFigure('date', '2026-03-01')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseFigure('date', '1/3/2026')).toEqual({ ok: false, problem: 'date' });
    expect(parseFigure('list', ' ITC4, ITC45 ,')).toEqual({ ok: true, value: ['ITC4', 'ITC45'] });
    expect(parseFigure('money', '  ')).toEqual({ ok: true, value: undefined });
  });

  it('shows stored values in the reader’s format', () => {
    expect(showFigure('money', 150_050, 'it-IT')).toBe('1500,5');
    expect(showFigure('percent', 3_750, 'en-GB')).toBe('37.5');
    expect(showFigure('list', ['ITC4', 'ITH3'], 'en-GB')).toBe('ITC4, ITH3');
    expect(showFigure('money', undefined, 'en-GB')).toBe('');
  });

  it('writes a figure into a copy of the rules, creating what is missing, and removes an emptied one', () => {
    const rules = structuredClone(pidLombardiaRules);
    const raised = writeAt(rules, CALL_FIGURES.maxGrant.path, 1_200_000);
    expect(readAt(raised, ['totals', 'maxGrantCents'])).toBe(1_200_000);
    expect(readAt(rules, ['totals', 'maxGrantCents'])).toBe(
      readAt(pidLombardiaRules, ['totals', 'maxGrantCents']),
    );

    const ownRate = writeAt(rules, categoryFigures(0).rate.path, 6_000);
    expect(readAt(ownRate, ['categories', 0, 'rate'])).toMatchObject({ defaultBp: 6_000 });
    const cleared = writeAt(ownRate, categoryFigures(0).rate.clearPath, undefined);
    expect(readAt(cleared, ['categories', 0, 'rate'])).toBeUndefined();
    expect(readAt(cleared, ['categories', 0, 'id'])).toBe(readAt(rules, ['categories', 0, 'id']));
  });
});
