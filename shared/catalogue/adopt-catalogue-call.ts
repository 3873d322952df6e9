/**
 * A trade association adopting a catalogue call: a draft of a call with structured rules, started from
 * the figures the catalogue record states, for the association to complete from the official text
 * before it publishes. Only what the record says is carried over — who may apply (sizes, regions,
 * ATECO codes), the cost families as spend categories, the spend range and the aid maximum — each
 * citing the record's field. What the record cannot say (the aid rate, the spending period) is left
 * at nothing: the rate starts at 0 %, so the preview promises no grant until the association sets it.
 */
import type * as z from 'zod';
import type { callDraftInputSchema } from '../calls/call-schema';
import type { CallRulesInput } from '../eligibility/call-rules-schema';
import { SPEND_CATEGORIES, type SpendTaxonomy } from '../eligibility/spend-categories';
import type { CatalogueCall } from './catalogue-call-schema';
import { COST_FAMILIES, COST_FAMILY_LABELS, TAXONOMY_COST_FAMILIES } from './cost-families';
import { COUNTRY_CODE } from './regions';

/** Where a figure came from, as a rule's article: the record and its field, to check in the official text. */
const source = (call: CatalogueCall, field: string) => `incentivi.gov.it ${call.sourceId}, ${field}`;

/** The record's cost families as spend categories: each with the plan-line kinds that fall under it. */
function categoriesOf(call: CatalogueCall): CallRulesInput['categories'] {
  const categories = COST_FAMILIES.filter((family) => call.costFamilies.includes(family)).flatMap(
    (family) => {
      const taxonomy = SPEND_CATEGORIES.filter((kind) => TAXONOMY_COST_FAMILIES[kind].includes(family));
      if (taxonomy.length === 0) return [];
      const { it, en, nl } = COST_FAMILY_LABELS[family];
      return [{ id: family, label: { en, it, nl }, article: source(call, 'Costi_Ammessi'), taxonomy }];
    },
  );
  if (categories.length > 0) return categories;
  // The record names no cost a plan line can be: one category for every kind, to be narrowed.
  const every = SPEND_CATEGORIES.filter((kind): kind is Exclude<SpendTaxonomy, 'other'> => kind !== 'other');
  return [
    {
      id: 'eligible-spending',
      label: {
        en: 'Eligible spending (to be set from the official text)',
        it: 'Spese ammissibili (da definire secondo il testo ufficiale)',
        nl: 'Subsidiabele uitgaven (te bepalen volgens de officiële tekst)',
      },
      article: source(call, 'Costi_Ammessi (none a plan line can be)'),
      taxonomy: every,
    },
  ];
}

function rulesOf(call: CatalogueCall): CallRulesInput {
  const { area, ateco } = call;
  const codes = ateco.kind === 'codes' ? ateco.lists.flatMap((list) => list.codes) : [];
  return {
    schemaVersion: 1,
    family: `incentivi-${call.sourceId}`,
    applicant: {
      article: source(call, 'Dimensioni, Regioni, Codici_ATECO'),
      sizeClasses: call.sizeClasses.length > 0 ? call.sizeClasses : ['micro', 'small', 'medium'],
      regions: { include: area.national ? [COUNTRY_CODE] : area.regions },
      sectors: { include: [...new Set(codes)] },
    },
    categories: categoriesOf(call),
    spendWindow: { article: 'Official text: the eligible spending period (to be set)' },
    totals: {
      article: source(call, 'Spesa_Ammessa, Agevolazione_Concedibile'),
      // The record states no rate a rule could use: 0 % until the association sets the call's.
      rate: { defaultBp: 0 },
      ...(call.spend.minCents ? { minProjectCents: call.spend.minCents } : {}),
      ...(call.spend.maxCents ? { maxEligibleCents: call.spend.maxCents } : {}),
      ...(call.aid.maxCents ? { maxGrantCents: call.aid.maxCents } : {}),
    },
    allocation: {
      article: source(call, call.window.untilFundsRunOut ? 'a sportello' : 'Data_chiusura'),
      mode: call.window.untilFundsRunOut ? 'first-come' : 'ranking',
    },
  };
}

/** What the association confirms when it adopts: the record may not state a budget or a deadline. */
export interface AdoptionChoices {
  budgetCents?: number;
  closesAt?: string;
}

/**
 * The draft's input, before validation: the caller validates it with the draft schema, so a record
 * without a budget or a deadline, and no choice given, is answered with the field to fill in.
 */
export function draftFromCatalogue(
  call: CatalogueCall,
  choices: AdoptionChoices,
): Partial<z.input<typeof callDraftInputSchema>> {
  const closesAt = choices.closesAt ?? call.window.closes?.at;
  const budgetCents = choices.budgetCents ?? call.budget.cents;
  const description = [call.descriptionParts.what, call.descriptionParts.who, call.descriptionParts.offers]
    .filter(Boolean)
    .join('\n\n');
  return {
    title: call.title.slice(0, 200),
    description: (description || call.description).slice(0, 5000),
    ...(closesAt !== undefined ? { closesAt } : {}),
    timeZone: call.window.timeZone,
    ...(budgetCents !== undefined ? { budgetCents } : {}),
    rules: rulesOf(call),
    ...(call.officialUrl?.startsWith('https://') ? { officialUrl: call.officialUrl } : {}),
    questions: [],
  };
}
