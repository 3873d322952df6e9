/** Drafts adopted from the real shipped records (Fonte: incentivi.gov.it, MIMIT — IODL 2.0). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callDraftInputSchema } from '../calls/call-schema';
import { callRulesSchema } from '../eligibility/call-rules-schema';
import { draftFromCatalogue } from './adopt-catalogue-call';
import { TAXONOMY_COST_FAMILIES } from './cost-families';
import { loadShipped, SHIPPED_FILES } from './testing/shipped-records';

const shipped = loadShipped((file) =>
  readFileSync(new URL(`../../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8'),
);
const calls = SHIPPED_FILES.flatMap((file) => {
  const result = shipped.imports.get(file);
  return result?.ok ? result.results.flatMap((r) => (r.status === 'imported' ? [r.call] : [])) : [];
});

describe('adopting a catalogue record as a draft call', () => {
  it('gives every record rules the engine reads, and asks only for a budget or deadline the record lacks', () => {
    for (const call of calls) {
      const draft = draftFromCatalogue(call, {});
      expect(callRulesSchema.safeParse(draft.rules).success, call.sourceId).toBe(true);
      const parsed = callDraftInputSchema.safeParse(draft);
      const missing = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
      const expected = [
        ...(call.window.closes ? [] : ['closesAt']),
        ...(call.budget.cents ? [] : ['budgetCents']),
      ];
      expect(missing.sort(), call.sourceId).toEqual(expected.sort());
      const given = draftFromCatalogue(call, { budgetCents: 1_00, closesAt: '2030-01-31T12:00:00+01:00' });
      expect(callDraftInputSchema.safeParse(given).success, call.sourceId).toBe(true);
    }
  });

  it("carries over only the record's figures: sizes, area, ATECO codes, cost families, limits; no rate", () => {
    for (const call of calls) {
      const rules = callRulesSchema.parse(draftFromCatalogue(call, {}).rules);
      expect(rules.totals.rate.defaultBp).toBe(0);
      expect(rules.totals.maxGrantCents).toBe(call.aid.maxCents || undefined);
      expect(rules.totals.maxEligibleCents).toBe(call.spend.maxCents || undefined);
      expect(rules.totals.minProjectCents).toBe(call.spend.minCents || undefined);
      expect(rules.applicant.regions.include).toEqual(call.area.national ? ['IT'] : call.area.regions);
      if (call.sizeClasses.length > 0) expect(rules.applicant.sizeClasses).toEqual(call.sizeClasses);
      for (const category of rules.categories) {
        if (category.id === 'eligible-spending') continue;
        expect(call.costFamilies).toContain(category.id);
        for (const kind of category.taxonomy) expect(TAXONOMY_COST_FAMILIES[kind]).toContain(category.id);
      }
    }
  });
});
