/** The signature covers the reviewed totals; reviews signed before they were kept still verify. */
import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/applications/application-schema';
import { type Company, companySchema } from '../../shared/companies/company-schema';
import { callRulesSchema } from '../../shared/eligibility/call-rules-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import { evaluate } from '../../shared/eligibility/evaluate';
import * as schemes from '../../shared/fixtures/schemes';
import { type Plan, planSchema } from '../../shared/plans/plan-schema';
import type { Review } from '../../shared/reviews/review-schema';
import { reviewedReportOf } from '../../shared/reviews/reviewed-result';
import { reviewContentHash } from './review-hash';

const input = {
  call: { id: 'call', version: 1, rules: callRulesSchema.parse(schemes.pidLombardiaRules) },
  company: companySchema.parse(schemes.milanRestaurant) as Company,
  plan: planSchema.parse(schemes.milanRestaurantPlan) as Plan,
  on: '2025-03-01',
};
const report: Application['report'] = evaluate(input);
const reviewedReport = evaluate({ ...input, eligibleOverrides: new Map([['smartphone', 600_00]]) });
const content: Pick<Review, 'lines' | 'decision' | 'note'> = {
  lines: {
    smartphone: {
      decision: 'override',
      eligibleCents: 600_00,
      reason: 'Used only for bookings.',
      by: 'c1',
      at: '2025-03-02T09:00:00Z',
    },
  },
  decision: 'approve',
  note: 'Fine.',
};

describe('reviewContentHash', () => {
  it('hashes a review without reviewed totals as it always did (older signatures still verify)', () => {
    expect(reviewContentHash(report, content)).toBe(contentHash({ report, ...content }));
  });

  it('changes when the frozen reviewed totals change: tampering with them is detected', () => {
    const reviewed = { status: 'computed' as const, report: reviewedReportOf(reviewedReport) };
    const signed = reviewContentHash(report, { ...content, reviewed });
    expect(reviewedReport.totals.grantCents).toBe(3_350_00);
    const raised = {
      ...reviewed,
      report: { ...reviewed.report, totals: { ...reviewed.report.totals, grantCents: 9_999_00 } },
    };
    expect(reviewContentHash(report, { ...content, reviewed: raised })).not.toBe(signed);
    expect(
      reviewContentHash(report, { ...content, reviewed: { status: 'not-computed', why: 'inputs-not-kept' } }),
    ).not.toBe(signed);
    expect(reviewContentHash(report, { ...content, reviewed })).toBe(signed);
  });
});
