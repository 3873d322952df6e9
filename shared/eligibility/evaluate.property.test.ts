/** Invariants of the engine over generated calls, companies and plans (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../plans/plan-schema';
import { callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';
import { evaluateLine, lineContext } from './evaluate-line';
import { matchCalls } from './match-calls';
import { BP } from './money-math';
import { classifySize } from './size-class';
import { callRulesArb, companyArb, planArb, spendLineArb } from './testing/arbitraries';

const ON = '2026-06-15';
const run = (
  rules: Parameters<typeof evaluate>[0]['call']['rules'],
  company: Parameters<typeof evaluate>[0]['company'],
  plan: Parameters<typeof evaluate>[0]['plan'],
) => evaluate({ call: { id: 'c', version: 1, rules }, company, plan, on: ON });
const params = { numRuns: 300 };

// Hundreds of generated cases per property: generous timeouts for a busy shared machine.
describe('evaluate — invariants', { timeout: 60_000 }, () => {
  it('are checked on cases that matter: the generators reach grants, caps and refusals', () => {
    const reports = fc
      .sample(fc.tuple(callRulesArb, companyArb, planArb()), { numRuns: 400, seed: 42 })
      .map(([rules, company, plan]) => run(rules, company, plan));
    const share = (test: (r: (typeof reports)[number]) => boolean) =>
      reports.filter(test).length / reports.length;
    expect(share((r) => r.totals.grantCents > 0)).toBeGreaterThan(0.08);
    expect(share((r) => r.limits.length > 0)).toBeGreaterThan(0.1);
    expect(share((r) => !r.applicant.eligible)).toBeGreaterThan(0.1);
    expect(share((r) => r.lines.some((l) => l.verdict === 'partly'))).toBeGreaterThan(0.1);
    // The rules of issue #17 bite too: other aid, timings, capping share ranges, linked de minimis aid.
    const codes = (r: (typeof reports)[number]) => [
      ...r.limits.map((l) => l.code),
      ...r.lines.flatMap((l) => l.reasons.map((x) => x.code)),
    ];
    for (const code of [
      'CUMULATION_NOT_ALLOWED',
      'CUMULATION_CAP',
      'SHARE_RANGE_CAP',
      'STARTED_BEFORE_ALLOWED',
      'INVOICE_DATE_TO_KEEP',
      'NO_INVOICE_DATE_FITS',
    ] as const) {
      expect(
        share((r) => codes(r).includes(code)),
        code,
      ).toBeGreaterThan(0.005);
    }
    expect(share((r) => (r.deMinimis?.linkedCents ?? 0) > 0)).toBeGreaterThan(0.01);
    expect(
      share((r) => r.applicant.sizeClassReasons.some((x) => x.code === 'ONE_YEAR_ONLY')),
    ).toBeGreaterThan(0.01);
  });

  it('other aid on a cost and this grant stay within the maximum intensity; a capping share range leaves the group inside it', () => {
    fc.assert(
      fc.property(callRulesArb, companyArb, planArb(), (rules, company, plan) => {
        const report = run(rules, company, plan);
        if (rules.cumulation?.policy === 'max-intensity') {
          for (const line of report.lines) {
            const cap = line.reasons.find((r) => r.code === 'CUMULATION_CAP');
            if (cap?.params && typeof cap.params.capCents === 'number') {
              // The line's share of the rounded-down grant never passes what other aid leaves.
              expect(line.grantCents).toBeLessThanOrEqual(cap.params.capCents + 1);
            }
          }
        }
        for (const range of rules.shareRanges) {
          if (range.onOutside !== 'cap' || report.totals.eligibleCents === 0) continue;
          const group = report.lines
            .filter((l) => l.categoryId !== undefined && range.categories.includes(l.categoryId))
            .reduce((sum, l) => sum + l.eligibleCents, 0);
          expect(group * BP).toBeLessThanOrEqual(range.maxBp * report.totals.eligibleCents);
          expect(group * BP).toBeGreaterThanOrEqual(range.minBp * report.totals.eligibleCents);
        }
      }),
      params,
    );
  });

  it('grant ≤ rate × eligible (plus the rounding step), ≤ max grant, ≤ de minimis headroom', () => {
    fc.assert(
      fc.property(callRulesArb, companyArb, planArb(), (rules, company, plan) => {
        const report = run(rules, company, plan);
        const exact = report.lines.reduce((s, l) => s + BigInt(l.eligibleCents) * BigInt(l.rateBp), 0n);
        const roundingSlack = rules.totals.rounding === 'euro-nearest' ? 50n : 0n;
        expect(BigInt(report.totals.grantCents) * BigInt(BP)).toBeLessThanOrEqual(
          exact + roundingSlack * BigInt(BP),
        );
        if (rules.totals.maxGrantCents !== undefined) {
          expect(report.totals.grantCents).toBeLessThanOrEqual(rules.totals.maxGrantCents);
        }
        if (report.deMinimis) {
          expect(report.totals.grantCents + report.totals.bonusCents).toBeLessThanOrEqual(
            report.deMinimis.headroomCents,
          );
        }
        expect(report.totals.payoutCents).toBeLessThanOrEqual(
          report.totals.grantCents + report.totals.bonusCents,
        );
      }),
      params,
    );
  });

  it('eligible ≤ requested, per line and in total; line grants add up to the grant', () => {
    fc.assert(
      fc.property(callRulesArb, companyArb, planArb(), (rules, company, plan) => {
        const report = run(rules, company, plan);
        for (const line of report.lines) {
          expect(line.eligibleCents).toBeGreaterThanOrEqual(0);
          expect(line.eligibleCents).toBeLessThanOrEqual(line.requestedCents);
          expect(line.verdict === 'ineligible').toBe(line.eligibleCents === 0);
        }
        expect(report.totals.eligibleCents).toBeLessThanOrEqual(report.totals.requestedCents);
        expect(report.lines.reduce((s, l) => s + l.grantCents, 0)).toBe(report.totals.grantCents);
      }),
      params,
    );
  });

  it('line order never changes the report, and evaluating twice gives identical reports', () => {
    fc.assert(
      fc.property(
        callRulesArb,
        companyArb,
        planArb(),
        fc.infiniteStream(fc.nat()),
        (rules, company, plan, randoms) => {
          const shuffled = { ...plan, lines: [...plan.lines].sort(() => (randoms.next().value % 3) - 1) };
          const first = run(rules, company, plan);
          expect(run(rules, company, shuffled)).toEqual(first);
          expect(run(rules, company, plan)).toEqual(first);
        },
      ),
      params,
    );
  });

  it('ranking summaries (no texts, shortcuts) agree with explained reports on every total and verdict', () => {
    fc.assert(
      fc.property(callRulesArb, companyArb, planArb(), (rules, company, plan) => {
        const explained = run(rules, company, plan);
        const summary = evaluate(
          { call: { id: 'c', version: 1, rules }, company, plan, on: ON },
          { explain: false },
        );
        expect(summary.fundable).toBe(explained.fundable);
        expect(summary.applicant).toEqual(explained.applicant);
        // A refused applicant's summary skips the lines: nothing counts as eligible, nothing is granted.
        const { eligibleCents, ...money } = explained.totals;
        expect(summary.totals).toEqual(
          explained.applicant.eligible ? explained.totals : { ...money, eligibleCents: 0 },
        );
        if (explained.applicant.eligible) {
          expect(summary.blockers.map((b) => b.code)).toEqual(explained.blockers.map((b) => b.code));
          expect(summary.hints).toEqual(explained.hints);
        }
      }),
      params,
    );
  });

  it('matching many calls (one set of line drafts refilled for each) ranks each as its explained report', () => {
    fc.assert(
      fc.property(
        fc.array(callRulesArb, { minLength: 2, maxLength: 6 }),
        companyArb,
        planArb(),
        (rules, company, plan) => {
          const calls = rules.map((r, i) => ({
            id: `c${i}`,
            version: 1,
            title: `Call ${i}`,
            closesAt: '2026-12-31T12:00:00+01:00',
            timeZone: 'Europe/Rome',
            rules: r,
          }));
          const matches = new Map(matchCalls({ plan, company, calls, on: ON }).map((m) => [m.callId, m]));
          for (const call of calls) {
            const explained = run(call.rules, company, plan);
            const match = matches.get(call.id);
            expect(match?.fundable).toBe(explained.fundable);
            expect(match?.canApply).toBe(explained.applicant.eligible);
            expect(match?.expectedGrantCents).toBe(explained.totals.grantCents + explained.totals.bonusCents);
            if (explained.applicant.eligible) {
              expect(match?.netCostCents).toBe(explained.totals.netCostCents);
              const { eligibleCents, requestedCents } = explained.totals;
              expect(match?.coverageBp).toBe(
                requestedCents === 0 ? 0 : Math.floor((eligibleCents * BP) / requestedCents),
              );
              expect(match?.reasons.map((r) => r.code)).toEqual(explained.blockers.map((b) => b.code));
              expect(match?.hints).toEqual(explained.hints);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a refilled line draft is the draft made anew, whatever line and call it held before', () => {
    fc.assert(
      fc.property(
        callRulesArb,
        callRulesArb,
        companyArb,
        planArb(),
        fc.boolean(),
        (a, b, company, plan, explain) => {
          const size = classifySize(company).sizeClass;
          const before = lineContext(a, plan, size, ON, explain);
          const now = lineContext(b, plan, size, ON, explain);
          plan.lines.forEach((line, i) => {
            const held = evaluateLine(before, plan.lines[(i + 1) % plan.lines.length] ?? line);
            expect(evaluateLine(now, line, held)).toEqual(evaluateLine(now, line));
          });
        },
      ),
      params,
    );
  });

  it('adding a line that turns out ineligible never raises the grant', () => {
    fc.assert(
      fc.property(
        callRulesArb,
        companyArb,
        planArb(),
        spendLineArb('zz-extra'),
        (rules, company, plan, extra) => {
          const before = run(rules, company, plan);
          const after = run(rules, company, planSchema.parse({ ...plan, lines: [...plan.lines, extra] }));
          fc.pre(after.lines.find((l) => l.lineId === 'zz-extra')?.verdict === 'ineligible');
          // The one way up the rules allow: a call that measures its project minimum on requested
          // spend counts an ineligible line too, so the line may lift the project over that minimum.
          const minimumOnRequested =
            rules.totals.projectCostBasis === 'requested' &&
            before.blockers.some((b) => b.code === 'BELOW_PROJECT_MINIMUM');
          fc.pre(!minimumOnRequested);
          expect(after.totals.grantCents + after.totals.bonusCents).toBeLessThanOrEqual(
            before.totals.grantCents + before.totals.bonusCents,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cites a rule and an article for every reason it gives', () => {
    fc.assert(
      fc.property(callRulesArb, companyArb, planArb(), (rules, company, plan) => {
        const report = run(rules, company, plan);
        const reasons = [
          ...report.applicant.reasons,
          ...report.blockers,
          ...report.limits,
          ...report.lines.flatMap((l) => l.reasons),
        ];
        for (const reason of reasons) {
          expect(reason.ruleId.length).toBeGreaterThan(0);
          expect(reason.article.length).toBeGreaterThan(0);
          expect(reason.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('schemas — malformed rules and plans', () => {
  it('reject anything with field paths and never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => callRulesSchema.safeParse(value)).not.toThrow();
        expect(() => planSchema.safeParse(value)).not.toThrow();
        expect(callRulesSchema.safeParse(value).success).toBe(false);
      }),
    );
  });

  it('name the field that is wrong', () => {
    const result = callRulesSchema.safeParse({
      schemaVersion: 1,
      family: 'x',
      applicant: { article: 'a', sizeClasses: ['huge'] },
      categories: [
        { id: 'a', label: { en: 'A' }, article: 'a', taxonomy: ['hardware'], rate: { defaultBp: 5000.5 } },
      ],
      spendWindow: { article: 'a' },
      shareRanges: [{ id: 'r', article: 'a', label: { en: 'R' }, categories: ['nope'] }],
      totals: { article: 'a', rate: { defaultBp: -1 } },
      allocation: { article: 'a', mode: 'lottery' },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'applicant.sizeClasses.0',
        'categories.0.rate.defaultBp',
        'totals.rate.defaultBp',
        'allocation.mode',
      ]),
    );
  });

  it('reject a plan line with negative or fractional money, a bad date or an unknown category', () => {
    const result = planSchema.safeParse({
      id: 'p',
      companyId: 'c',
      title: 't',
      projectPeriod: { from: '2026-05-01', to: '2026-01-01' },
      lines: [
        {
          id: 'l',
          category: 'yachts',
          description: 'd',
          supplier: { name: 's' },
          amountCents: -1.5,
          date: '31/12/2026',
        },
      ],
    });
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['projectPeriod.to', 'lines.0.category', 'lines.0.amountCents', 'lines.0.date']),
    );
  });
});
