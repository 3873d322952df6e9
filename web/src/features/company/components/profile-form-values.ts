/** The profile form's fields, and their conversion to and from the company schema (cents, codes, dates). */

import {
  type Company,
  companySchema,
  type Declaration,
  declarationSchema,
} from '../../../../../shared/companies/company-schema';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { placesIn, regionCodesOf } from '../../../../../shared/places/regions';
import { plainFieldMessages } from '../../../lib/field-messages';

export interface RelatedValues {
  name: string;
  sharePct: string;
  controls: boolean;
  staffAwu: string;
  turnover: string;
  balanceSheet: string;
}
export interface AidValues {
  grantedOn: string;
  amount: string;
  grantingBody: string;
}

export interface ProfileFormValues {
  name: string;
  /**
   * Picked places (provinces, or regions without provinces), the registered seat first, then the
   * operating sites; their region codes are what the rules check, and the first is kept as `seat`.
   */
  places: string[];
  sectorCode: string;
  registeredOn: string;
  staffAwu: string;
  turnover: string;
  balanceSheet: string;
  publicOwnershipPct: string;
  /** Standing declarations given, with the day each was given. */
  declarations: Partial<Record<Declaration, string>>;
  related: RelatedValues[];
  aid: AidValues[];
  /** Call families whose previous edition granted the company aid. */
  previousBeneficiaryOf: string[];
}

export const emptyProfile: ProfileFormValues = {
  name: '',
  places: [],
  sectorCode: '',
  registeredOn: '',
  staffAwu: '',
  turnover: '',
  balanceSheet: '',
  publicOwnershipPct: '0',
  declarations: {},
  related: [],
  aid: [],
  previousBeneficiaryOf: [],
};

export const emptyRelated: RelatedValues = {
  name: '',
  sharePct: '',
  controls: false,
  staffAwu: '',
  turnover: '',
  balanceSheet: '',
};
export const emptyAid: AidValues = { grantedOn: '', amount: '', grantingBody: '' };

const euros = (cents: number) => (cents / 100).toFixed(2);

/** The stored seat first, then the operating sites in the list's order. */
function seatFirst(places: readonly string[], seat: string | undefined): string[] {
  return seat && places.includes(seat) ? [seat, ...places.filter((p) => p !== seat)] : [...places];
}

export function toFormValues(company: Company): ProfileFormValues {
  const dates = new Map(Object.entries(company.declaredOn ?? {}));
  return {
    name: company.name,
    places: seatFirst(placesIn(company.regionCodes), company.seat),
    sectorCode: company.sectorCode,
    registeredOn: company.registeredOn,
    staffAwu: String(company.figures.staffAwu),
    turnover: euros(company.figures.turnoverCents),
    balanceSheet: euros(company.figures.balanceSheetCents),
    publicOwnershipPct: String(company.publicOwnershipPct),
    declarations: Object.fromEntries(company.declarations.map((d) => [d, dates.get(d) ?? ''])),
    related: company.related.map((r) => ({
      name: r.name,
      sharePct: String(r.sharePct),
      controls: r.controls,
      staffAwu: String(r.staffAwu),
      turnover: euros(r.turnoverCents),
      balanceSheet: euros(r.balanceSheetCents),
    })),
    aid: company.deMinimisReceived.map((a) => ({
      grantedOn: a.grantedOn,
      amount: euros(a.cents),
      grantingBody: a.grantingBody ?? a.description,
    })),
    previousBeneficiaryOf: [...company.previousBeneficiaryOf],
  };
}

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
const centsOrNaN = (text: string) => parseEurosToCents(text) ?? Number.NaN;

/**
 * Parses the form over the stored profile, so what the form does not show is kept as it was (related
 * enterprises' own details, aid kinds and costs covered, by position). Errors are keyed by schema paths.
 */
export function parseProfile(
  values: ProfileFormValues,
  base: Company | undefined,
): { company: Company; errors?: undefined } | { company?: undefined; errors: Record<string, string> } {
  const given = declarationSchema.options.filter((d) => values.declarations[d] !== undefined);
  const parsed = companySchema.safeParse({
    ...base,
    id: base?.id ?? 'new',
    name: values.name.trim(),
    regionCodes: regionCodesOf(values.places),
    seat: values.places[0],
    // The code typed, or the one in front of a picked "47.19 — Shops selling a mix of goods".
    sectorCode: (
      values.sectorCode.trim().match(/^[A-Za-z]?\d{2}(?:\.\d{1,2}){0,2}/)?.[0] ?? values.sectorCode.trim()
    ).toUpperCase(),
    registeredOn: values.registeredOn,
    figures: {
      staffAwu: numberOrNaN(values.staffAwu),
      turnoverCents: centsOrNaN(values.turnover),
      balanceSheetCents: centsOrNaN(values.balanceSheet),
    },
    publicOwnershipPct: numberOrNaN(values.publicOwnershipPct),
    declarations: given,
    // Declarations saved before their day was asked keep no day until they are given again.
    declaredOn: Object.fromEntries(
      given.flatMap((d) => (values.declarations[d] ? [[d, values.declarations[d]]] : [])),
    ),
    related: values.related.map((r, i) => ({
      ...base?.related[i],
      name: r.name.trim(),
      sharePct: numberOrNaN(r.sharePct),
      controls: r.controls,
      staffAwu: numberOrNaN(r.staffAwu),
      turnoverCents: centsOrNaN(r.turnover),
      balanceSheetCents: centsOrNaN(r.balanceSheet),
    })),
    deMinimisReceived: values.aid.map((a, i) => ({
      ...base?.deMinimisReceived[i],
      grantedOn: a.grantedOn,
      cents: centsOrNaN(a.amount),
      grantingBody: a.grantingBody.trim() || undefined,
    })),
    previousBeneficiaryOf: values.previousBeneficiaryOf,
  });
  if (parsed.success) return { company: parsed.data };
  return { errors: plainFieldMessages(parsed.error.issues) };
}
