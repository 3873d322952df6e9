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
import { type EnterpriseValues, isDeMinimis, type ProfileFormValues } from './profile-form-values';

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
const centsOrNaN = (text: string) => parseEurosToCents(text) ?? Number.NaN;
/** None listed (and none kept unlisted) means none kept. */
const listed = <T>(rows: T[]) => (rows.length ? rows : undefined);

/**
 * The rows the form lists, each read over the stored row it came from: the one its `storedIndex` names,
 * never the one in its place, so removing a row hands nothing to the next; a row the person added reads
 * over nothing. Stored rows the form does not list (`unlisted`) are kept as stored, after the listed
 * ones, so a listed row's schema path (and its error) has the place the row has in the form.
 */
function overStored<S, V extends { storedIndex?: number }, R>(
  stored: readonly S[] | undefined,
  rows: readonly V[],
  read: (row: V, from: S | undefined) => R,
  unlisted: (row: S) => boolean = () => false,
): (R | S)[] {
  // A stored row is read back once: a second row naming it (a copy) is read as one the person added.
  const taken = new Set<number>();
  const listedRows = rows.map((row) => {
    const i = row.storedIndex;
    const from = i === undefined || taken.has(i) ? undefined : stored?.[i];
    if (i === undefined || from === undefined || unlisted(from)) return read(row, undefined);
    taken.add(i);
    return read(row, from);
  });
  return [...listedRows, ...(stored ?? []).filter(unlisted)];
}

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
 * description, the aid a related enterprise's own related enterprise received,
 * a related enterprise's aid that is not de minimis), each row's from the stored row it was read from.
 * Errors are keyed by schema paths.
 */
export function parseProfile(
  values: ProfileFormValues,
  base: Company | undefined,
): { company: Company; errors?: undefined } | { company?: undefined; errors: Record<string, string> } {
  const given = DECLARATIONS.filter((d) => values.declarations[d] !== undefined);
  const yearGrants = values.grantsThisYear
    .map((row, formIndex) => ({ row, formIndex }))
    .filter(({ row }) => row.amount.trim() !== '');
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
    related: overStored(base?.related, values.related, (r, stored) => ({
      ...stored,
      ...enterprise(r),
      // Its aid of other kinds, which the form does not list, is kept.
      deMinimisReceived: listed(
        overStored(
          stored?.deMinimisReceived,
          r.aidReceived,
          (a, from) => ({ ...from, grantedOn: a.grantedOn, cents: centsOrNaN(a.amount) }),
          (a) => !isDeMinimis(a),
        ),
      ),
      // Each keeps the de minimis aid it received, which the form does not ask.
      related: listed(
        overStored(stored?.related, r.secondTier, (s, from) => ({ ...from, ...enterprise(s) })),
      ),
    })),
    deMinimisReceived: overStored(base?.deMinimisReceived, values.aid, (a, stored) => ({
      ...stored,
      kind: a.kind,
      regulation: a.regulation || undefined,
      grantedOn: a.grantedOn,
      cents: centsOrNaN(a.amount),
      grantingBody: a.grantingBody.trim() || undefined,
      // The form lists every cost an aid paid for: none ticked means none kept.
      costsCovered: listed(
        a.costs.map((c) => ({
          planId: c.planId,
          lineId: c.lineId,
          cents: c.amount.trim() ? centsOrNaN(c.amount) : undefined,
        })),
      ),
    })),
    previousBeneficiaryOf: values.previousBeneficiaryOf,
    // A cleared amount is no grant: its row is left out (and errors named by the form's rows, below).
    grantsThisYear: yearGrants.map(({ row }) => ({
      callFamily: row.callFamily,
      year: row.year,
      cents: centsOrNaN(row.amount),
    })),
    legalityRating: values.legalityRating,
  });
  if (parsed.success) return { company: parsed.data };
  return { errors: atFormRows(plainFieldMessages(parsed.error.issues), yearGrants) };
}

/** Errors of the amounts granted this year, named by the row the form shows (empty rows are not sent). */
function atFormRows(
  errors: Record<string, string>,
  yearGrants: readonly { formIndex: number }[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const sent = /^grantsThisYear\.(\d+)(\..*)?$/.exec(path);
      const row = sent ? yearGrants[Number(sent[1])] : undefined;
      return [row ? `grantsThisYear.${row.formIndex}${sent?.[2] ?? ''}` : path, message];
    }),
  );
}
