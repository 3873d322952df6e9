import { describe, expect, it } from 'vitest';
import { firstSteps, readinessScore } from './readiness';

describe('readiness self-check', () => {
  it('suggests at most three steps, weakest first, security first on a tie', () => {
    const steps = firstSteps({ security: 1, data: 0, 'customers-online': 1, processes: 1, skills: 3 });
    expect(steps.map((s) => s.question)).toEqual(['data', 'security', 'customers-online']);
    expect(steps[0]?.category).toBe('saas-cloud');
  });

  it('suggests nothing for areas already in place or not answered', () => {
    expect(firstSteps({ security: 2, data: 3 })).toEqual([]);
    expect(firstSteps({})).toEqual([]);
  });

  it('scores the answered areas from 0 to 100', () => {
    expect(readinessScore({ security: 3, data: 0 })).toBe(50);
    expect(readinessScore({})).toBe(0);
  });
});
