/** The profile form's text fields, and their conversion to and from the company schema (cents, codes, dates). */

import { fieldErrorsFrom } from '../../../../../shared/api/error-body';
import { type Company, companySchema } from '../../../../../shared/companies/company-schema';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';

export interface ProfileFormValues {
  name: string;
  regionCodes: string;
  sectorCode: string;
  registeredOn: string;
  staffAwu: string;
  turnover: string;
  balanceSheet: string;
  publicOwnershipPct: string;
}

export const emptyProfile: ProfileFormValues = {
  name: '',
  regionCodes: '',
  sectorCode: '',
  registeredOn: '',
  staffAwu: '',
  turnover: '',
  balanceSheet: '',
  publicOwnershipPct: '0',
};

const euros = (cents: number) => (cents / 100).toFixed(2);

export function toFormValues(company: Company): ProfileFormValues {
  return {
    name: company.name,
    regionCodes: company.regionCodes.join(', '),
    sectorCode: company.sectorCode,
    registeredOn: company.registeredOn,
    staffAwu: String(company.figures.staffAwu),
    turnover: euros(company.figures.turnoverCents),
    balanceSheet: euros(company.figures.balanceSheetCents),
    publicOwnershipPct: String(company.publicOwnershipPct),
  };
}

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/**
 * Parses the form over the stored profile, so what the form does not show (related enterprises,
 * declarations, aid received) is kept as it was. Errors are keyed by the schema's field paths.
 */
export function parseProfile(
  values: ProfileFormValues,
  base: Company | undefined,
): { company: Company; errors?: undefined } | { company?: undefined; errors: Record<string, string> } {
  const parsed = companySchema.safeParse({
    ...base,
    id: base?.id ?? 'new',
    name: values.name.trim(),
    regionCodes: values.regionCodes
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase()),
    sectorCode: values.sectorCode.trim().toUpperCase(),
    registeredOn: values.registeredOn,
    figures: {
      staffAwu: numberOrNaN(values.staffAwu),
      turnoverCents: parseEurosToCents(values.turnover) ?? Number.NaN,
      balanceSheetCents: parseEurosToCents(values.balanceSheet) ?? Number.NaN,
    },
    publicOwnershipPct: numberOrNaN(values.publicOwnershipPct),
  });
  if (parsed.success) return { company: parsed.data };
  return { errors: Object.fromEntries(fieldErrorsFrom(parsed.error.issues).map((f) => [f.path, f.message])) };
}
