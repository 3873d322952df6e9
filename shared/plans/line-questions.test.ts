import { describe, expect, it } from 'vitest';
import { type CallRules, callRulesSchema } from '../eligibility/call-rules-schema';
import * as schemes from '../fixtures/schemes';
import { lineQuestions } from './line-questions';

const parse = (rules: unknown): CallRules => callRulesSchema.parse(rules);
const mise = parse(schemes.miseVoucherRules);
const pid = parse(schemes.pidLombardiaRules);
const kmo = parse(schemes.kmoPortefeuille2025Rules);
const mit = parse(schemes.mitFeasibilityRules);

describe('line questions', () => {
  it('ask which technology a line serves only where a call needs it, never as free text', () => {
    expect(lineQuestions([mise], 'consulting').purposeTags).toEqual([]);
    expect(lineQuestions([pid], 'web-ecommerce').purposeTags).toContain('technology:crm');
    expect(lineQuestions([kmo], 'training').purposeTags).toEqual(['cybersecurity']);
    expect(lineQuestions([pid], 'hardware').excludedKindTags).toEqual(
      expect.arrayContaining(['smartphone', 'leasing']),
    );
  });

  it('ask for a registered provider and units only for the KMO-portefeuille, and the service start where a call counts days from it', () => {
    const all = [mise, pid, kmo, mit];
    expect(lineQuestions(all, 'training').accreditationLists).toEqual(['kmo-portefeuille']);
    expect(lineQuestions([mise, pid, mit], 'training').accreditationLists).toEqual([]);
    expect(lineQuestions(all, 'catering').units).toEqual(['person-day']);
    expect(lineQuestions(all, 'hardware').units).toEqual([]);
    expect(lineQuestions([kmo], 'consulting').serviceStart).toBe(true);
    expect(lineQuestions([mise, pid], 'consulting').serviceStart).toBe(false);
  });

  it('ask when the work starts where a call refuses work begun before the application', () => {
    // RVO, MIT haalbaarheidsprojecten: the project must not have started before the application
    // (https://www.rvo.nl/subsidies-financiering/mit). Each line's start is judged, so it is asked.
    expect(lineQuestions([mit], 'feasibility-study').serviceStart).toBe(true);
    // An "invoice from the day after the application" rule reads the invoice date: nothing more to ask.
    const invoiceOnly = parse({
      ...schemes.mitFeasibilityRules,
      applicationTiming: [{ id: 'after', article: 'Regeling MIT, art. 5', date: 'invoice', fromDay: 1 }],
    });
    expect(lineQuestions([invoiceOnly], 'feasibility-study').serviceStart).toBe(false);
  });

  it('ask one-off vs subscription, new vs used and supplier links where a call checks them', () => {
    expect(lineQuestions([mise], 'connectivity').recurring).toBe(true);
    expect(lineQuestions([mise], 'hardware').usedGoods).toBe(true);
    expect(lineQuestions([mise], 'consulting').usedGoods).toBe(false);
    expect(lineQuestions([mise], 'hardware').linkedSupplier).toBe(true);
    // No call funds feasibility studies but MIT: with MIT closed, nothing is asked about them.
    expect(lineQuestions([mise, pid, kmo], 'feasibility-study')).toMatchObject({
      purposeTags: [],
      recurring: false,
      linkedSupplier: false,
      accreditationLists: [],
      serviceStart: false,
    });
    expect(lineQuestions([], 'hardware').vat).toBe(false);
  });

  it('ask about other aid on a cost only where a call funding the line limits it', () => {
    // The Lombardy chambers' vouchers allow no other State aid on the same costs ("non cumulabili con
    // altri aiuti di Stato sulle medesime spese", https://www.puntoimpresadigitale.camcom.it).
    const noOtherAid = parse({
      ...schemes.pidLombardiaRules,
      cumulation: { article: 'Bando PID, cumulo', policy: 'general-tax-incentives-only' },
    });
    expect(lineQuestions([noOtherAid], 'consulting').otherAid).toBe(true);
    expect(lineQuestions([mise, pid, kmo, mit], 'consulting').otherAid).toBe(false);
    // A call that does not fund the spend asks nothing about it.
    expect(lineQuestions([noOtherAid], 'feasibility-study').otherAid).toBe(false);
  });
});
