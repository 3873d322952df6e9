/**
 * Reads the profile form back into a company with the company schema (the API's own rules), errors in
 * plain words keyed by schema path. Loaded once the form is edited or sent (the schema library is the
 * heaviest code the page would otherwise download on a first visit).
 */
import { type Company, companySchema } from '../../../../../shared/companies/company-schema';
import { DECLARATIONS } from '../../../../../shared/companies/declarations';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { regionCodesOf } from '../../../../../shared/places/regions';
import { plainFieldMessages } from '../../../lib/field-messages';
import type { EnterpriseValues, ProfileFormValues } from './profile-form-values';

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
const centsOrNaN = (text: string) => parseEurosToCents(text) ?? Number.NaN;
/** The form shows every row of these lists: none listed means none kept. */
const listed = <T>(rows: T[]) => (rows.length ? rows : undefined);

const enterprise = (e: EnterpriseValues) => ({
  name: e.name.trim(),
  sharePct: numberOrNaN(e.sharePct),
  controls: e.controls,
  exemptInvestor: e.exemptInvestor,
  staffAwu: numberOrNaN(e.staffAwu),
  turnoverCents: centsOrNaN(e.turnover),
  balanceSheetCents: centsOrNaN(e.balanceSheet),
});

/**
 * Parses the form over the stored profile, so what the form does not show is kept as it was (an aid's
 * description and the costs it covered, the aid a related enterprise's own related enterprise received,
 * by position). Errors are keyed by schema paths.
 */
export function parseProfile(
  values: ProfileFormValues,
  base: Company | undefined,
): { company: Company; errors?: undefined } | { company?: undefined; errors: Record<string, string> } {
  const given = DECLARATIONS.filter((d) => values.declarations[d] !== undefined);
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
    figuresYear: values.figuresYear.trim() ? numberOrNaN(values.figuresYear) : undefined,
    fiscalYearEnd: values.fiscalYearEnd || undefined,
    // The form shows every earlier year: none listed means none kept.
    figuresByYear: listed(
      values.earlierYears.map((y) => ({
        year: numberOrNaN(y.year),
        staffAwu: numberOrNaN(y.staffAwu),
        turnoverCents: centsOrNaN(y.turnover),
        balanceSheetCents: centsOrNaN(y.balanceSheet),
      })),
    ),
    declarations: given,
    // Declarations saved before their day was asked keep no day until they are given again.
    declaredOn: Object.fromEntries(
      given.flatMap((d) => (values.declarations[d] ? [[d, values.declarations[d]]] : [])),
    ),
    related: values.related.map((r, i) => {
      const stored = base?.related[i];
      return {
        ...stored,
        ...enterprise(r),
        deMinimisReceived: listed(
          r.aidReceived.map((a, j) => ({
            ...stored?.deMinimisReceived?.[j],
            grantedOn: a.grantedOn,
            cents: centsOrNaN(a.amount),
          })),
        ),
        // Each keeps the de minimis aid it received, which the form does not ask, by position.
        related: listed(r.secondTier.map((s, j) => ({ ...stored?.related?.[j], ...enterprise(s) }))),
      };
    }),
    deMinimisReceived: values.aid.map((a, i) => ({
      ...base?.deMinimisReceived[i],
      kind: a.kind,
      regulation: a.regulation || undefined,
      grantedOn: a.grantedOn,
      cents: centsOrNaN(a.amount),
      grantingBody: a.grantingBody.trim() || undefined,
    })),
    previousBeneficiaryOf: values.previousBeneficiaryOf,
  });
  if (parsed.success) return { company: parsed.data };
  return { errors: plainFieldMessages(parsed.error.issues) };
}
