import { describe, expect, it } from 'vitest';
import { callRulesSchema } from '../../../../../shared/eligibility/call-rules-schema';
import {
  kmoPortefeuille2026Rules,
  mitFeasibilityRules,
  pidLombardiaRules,
} from '../../../../../shared/fixtures/schemes';
import {
  hasTiming,
  parseDays,
  readApplyWithinDays,
  readCostBasis,
  readOtherAid,
  readOutside,
  writeApplyWithinDays,
  writeCostBasis,
  writeOtherAid,
  writeOutside,
  writeTiming,
} from './rules-choices';

const json = (rules: unknown) => structuredClone(rules) as Record<string, unknown>;
/** What the engine would make of the written rules: every choice must leave them valid. */
const parsed = (rules: Record<string, unknown>) => callRulesSchema.parse(rules);

describe('rules in plain words, written into the rules JSON', () => {
  it('measures the project limits on requested spend, and back to the default', () => {
    const pid = json(pidLombardiaRules);
    expect(readCostBasis(pid)).toBe('eligible');
    const requested = writeCostBasis(pid, 'requested');
    expect(parsed(requested).totals.projectCostBasis).toBe('requested');
    expect(readCostBasis(requested)).toBe('requested');
    expect(parsed(writeCostBasis(requested, 'eligible')).totals.projectCostBasis).toBeUndefined();
  });

  it('states the policy on other aid (Reg. (EU) 2023/2831 art. 5), citing the article given or the totals’ one', () => {
    const pid = json(pidLombardiaRules);
    expect(readOtherAid(pid)).toEqual({ choice: 'unchecked', article: '' });
    const capped = writeOtherAid(pid, { choice: 'max-intensity', article: 'art. 9', maxIntensityBp: 6000 });
    expect(parsed(capped).cumulation).toEqual({
      article: 'art. 9',
      policy: 'max-intensity',
      maxIntensityBp: 6000,
    });
    expect(readOtherAid(capped)).toEqual({
      choice: 'max-intensity',
      article: 'art. 9',
      maxIntensityBp: 6000,
    });
    // Another policy drops the intensity, which only goes with max-intensity.
    const taxOnly = writeOtherAid(capped, { choice: 'general-tax-incentives-only', article: '' });
    expect(parsed(taxOnly).cumulation).toEqual({
      article: 'Bando PID 2025, art. 7',
      policy: 'general-tax-incentives-only',
    });
    expect(parsed(writeOtherAid(taxOnly, { choice: 'unchecked', article: '' })).cumulation).toBeUndefined();
  });

  it('reads the timing rules a real scheme already has, whatever their ids', () => {
    // RVO's MIT: "the project must not have started before the application".
    const mit = json(mitFeasibilityRules);
    expect(hasTiming(mit, 'notStarted')).toBe(true);
    expect(hasTiming(mit, 'costsAfter')).toBe(false);
    const off = writeTiming(mit, 'notStarted', false, '');
    expect(parsed(off).applicationTiming).toBeUndefined();
    expect(hasTiming(off, 'notStarted')).toBe(false);
  });

  it('adds "costs from the day after the application" beside an existing rule, once', () => {
    const mit = json(mitFeasibilityRules);
    const both = writeTiming(writeTiming(mit, 'costsAfter', true, ''), 'costsAfter', true, '');
    const timing = parsed(both).applicationTiming ?? [];
    expect(timing.map((t) => [t.date, t.fromDay])).toEqual([
      ['start', 0],
      ['invoice', 1],
    ]);
    // Without an article given it cites the spending period's; the rule already there keeps its own.
    expect(timing[1]?.article).toBe('Regeling MIT, art. 5');
    expect(timing[0]?.article).toBe('Regeling MIT, art. 5 (project not yet started)');
    const cited = writeTiming(mit, 'costsAfter', true, 'Regeling MIT, art. 5(1)');
    expect(parsed(cited).applicationTiming?.map((t) => t.article)).toEqual([
      'Regeling MIT, art. 5 (project not yet started)',
      'Regeling MIT, art. 5(1)',
    ]);
  });

  it('leaves entries the form does not show as they are, keeps ids unique and stays within 10 entries', () => {
    const mit = json(mitFeasibilityRules);
    // A window the form has no box for ("start at most 30 days after applying"), under the box's id.
    const withWindow = {
      ...mit,
      applicationTiming: [
        { id: 'not-started-before-application', article: 'art. 3', date: 'start', fromDay: 0, toDay: 30 },
      ],
    };
    const ticked = writeTiming(withWindow, 'notStarted', true, 'art. 4');
    const timing = parsed(ticked).applicationTiming ?? [];
    expect(timing).toEqual([
      { id: 'not-started-before-application', article: 'art. 3', date: 'start', fromDay: 0, toDay: 30 },
      { id: 'not-started-before-application-2', article: 'art. 4', date: 'start', fromDay: 0 },
    ]);
    expect(parsed(writeTiming(ticked, 'notStarted', false, '')).applicationTiming).toEqual([timing[0]]);
    const full = {
      ...mit,
      applicationTiming: Array.from({ length: 10 }, (_, i) => ({
        id: `window-${i}`,
        article: 'art. 3',
        date: 'invoice',
        toDay: 100 + i,
      })),
    };
    expect(writeTiming(full, 'costsAfter', true, '')).toBe(full);
  });

  it('sets or removes "apply within N days of the service starting" (KMO-portefeuille: 14)', () => {
    const kmo = json(kmoPortefeuille2026Rules);
    expect(readApplyWithinDays(kmo)).toBe(14);
    // The limit keeps its own article whatever the form's article field holds.
    expect(parsed(writeApplyWithinDays(kmo, 30, 'art. 99')).applyWithinDaysOfServiceStart).toEqual({
      article: 'BVR 26/02/2016, art. 9',
      days: 30,
    });
    expect(parsed(writeApplyWithinDays(kmo, undefined, '')).applyWithinDaysOfServiceStart).toBeUndefined();
    expect(parseDays('14')).toEqual({ ok: true, value: 14 });
    expect(parseDays(' ')).toEqual({ ok: true, value: undefined });
    expect(parseDays('-3')).toEqual({ ok: false });
    expect(parseDays('4000')).toEqual({ ok: false });
  });

  it('makes a share range cap the group instead of refusing the plan', () => {
    const pid = json(pidLombardiaRules);
    expect(readOutside(pid, 0)).toBe('refuse');
    const cap = writeOutside(pid, 0, 'cap');
    expect(parsed(cap).shareRanges[0]?.onOutside).toBe('cap');
    expect(parsed(writeOutside(cap, 0, 'refuse')).shareRanges[0]?.onOutside).toBeUndefined();
  });
});
