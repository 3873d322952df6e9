/**
 * Checks a call's rules as an association types them (JSON → schema, every problem with its path) and
 * previews the engine's verdict for one of the real schemes' sample companies and plans.
 */
import { companySchema } from '../../../../../shared/companies/company-schema';
import { type CallRules, callRulesSchema } from '../../../../../shared/eligibility/call-rules-schema';
import { evaluate } from '../../../../../shared/eligibility/evaluate';
import {
  gentPrinter,
  gentPrinterPlan,
  milanRestaurant,
  milanRestaurantPlan,
  paduaRetailer,
  paduaRetailerPlan,
  utrechtStartup,
  utrechtStartupPlan,
} from '../../../../../shared/fixtures/schemes';
import { planSchema } from '../../../../../shared/plans/plan-schema';
import { jsonProblem, type RulesProblem, rulesProblems } from './rules-problem';

export const SAMPLES = {
  'milan-restaurant': { company: milanRestaurant, plan: milanRestaurantPlan },
  'gent-printer': { company: gentPrinter, plan: gentPrinterPlan },
  'padua-retailer': { company: paduaRetailer, plan: paduaRetailerPlan },
  'utrecht-startup': { company: utrechtStartup, plan: utrechtStartupPlan },
} as const;
export type SampleId = keyof typeof SAMPLES;

export type RulesCheck =
  | { rules: CallRules; problems?: undefined }
  | { rules?: undefined; problems: RulesProblem[] };

export function checkRules(text: string): RulesCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // The parser's message is read for the position only: the editor says where, in words.
    return { problems: [jsonProblem(text, error instanceof Error ? error.message : '')] };
  }
  const parsed = callRulesSchema.safeParse(json);
  return parsed.success ? { rules: parsed.data } : { problems: rulesProblems(parsed.error.issues, json) };
}

/** The report the engine gives the sample, evaluated on the first day of its plan. */
export function previewFor(rules: CallRules, sample: SampleId) {
  const company = companySchema.parse(SAMPLES[sample].company);
  const plan = planSchema.parse(SAMPLES[sample].plan);
  return evaluate({ call: { id: 'preview', version: 1, rules }, plan, company, on: plan.projectPeriod.from });
}
