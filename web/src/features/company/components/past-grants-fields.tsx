/**
 * What the open calls check of the company's past grants, asked only where an open call checks it:
 * a grant from a call's previous edition (some refuse those beneficiaries), what a call family already
 * granted this calendar year (some pay at most a sum per company per year, as KMO-portefeuille's
 * €7,500), and a legality rating (some Italian calls add a premium for it). Each call is named by its
 * title, never by its family's code.
 */
import { useTranslation } from 'react-i18next';
import { mayBeInCallArea } from '../../../../../shared/eligibility/call-area';
import { regionCodesOf } from '../../../../../shared/places/regions';
import { Field } from '../../../components/field';
import { formatCents } from '../../../lib/format';
import type { AskedByOpenCalls } from '../api/company-queries';
import { type ProfileFormValues, withYearGrant } from './profile-form-values';

interface PastGrantsProps {
  asked: AskedByOpenCalls | undefined;
  values: ProfileFormValues;
  errors: Record<string, string>;
  set: (patch: Partial<ProfileFormValues>) => void;
  /** The calendar year the yearly amounts are asked for. */
  year: number;
}

type Area = AskedByOpenCalls['legalityRatingAreas'][number];

/** One question per family: the first open call of it names it. */
function firstOfEachFamily<T extends { family: string }>(calls: readonly T[]): T[] {
  return calls.filter((call, i) => calls.findIndex((c) => c.family === call.family) === i);
}

export function PastGrantsFields({ asked, values, errors, set, year }: PastGrantsProps) {
  const { t } = useTranslation();
  if (!asked) return null;
  // Asked only of a company that may be in the call's area: a bakery in Bergamo is not asked about a
  // Flemish scheme (until it says where it is, it is asked everything). An answer already given stays
  // on screen wherever the company is, so nothing typed is hidden (nor an error in it).
  const regionCodes = regionCodesOf(values.places);
  const near = (area: Area) => mayBeInCallArea(regionCodes, area);
  const answeredThisYear = (family: string) =>
    values.grantsThisYear.some((g) => g.callFamily === family && g.year === year);
  const previousEditions = firstOfEachFamily(
    asked.previousEditions.filter((c) => near(c.area) || values.previousBeneficiaryOf.includes(c.family)),
  );
  const yearlyCeilings = firstOfEachFamily(
    asked.yearlyCeilings.filter((c) => near(c.area) || answeredThisYear(c.family)),
  );
  const legalityRating = values.legalityRating || asked.legalityRatingAreas.some(near);
  return (
    <>
      {previousEditions.length > 0 && (
        <fieldset id="company-previous" tabIndex={-1}>
          <legend>{t('company.previous')}</legend>
          <p className="hint">{t('company.previousHint')}</p>
          {previousEditions.map(({ family, title }, i) => (
            <div key={family} className="check">
              <input
                id={`company-previous-${i}`}
                type="checkbox"
                checked={values.previousBeneficiaryOf.includes(family)}
                onChange={(e) =>
                  set({
                    previousBeneficiaryOf: e.target.checked
                      ? [...values.previousBeneficiaryOf, family]
                      : values.previousBeneficiaryOf.filter((f) => f !== family),
                  })
                }
              />
              <label htmlFor={`company-previous-${i}`}>{t('company.previousOf', { title })}</label>
            </div>
          ))}
        </fieldset>
      )}

      {yearlyCeilings.length > 0 && (
        <fieldset id="company-year-grants" tabIndex={-1}>
          <legend>{t('company.yearGrants', { year })}</legend>
          <p className="hint">{t('company.yearGrantsHint')}</p>
          {yearlyCeilings.map(({ family, title, ceilingCents }, i) => {
            const at = values.grantsThisYear.findIndex((g) => g.callFamily === family && g.year === year);
            return (
              <Field
                key={family}
                id={`company-year-grant-${i}`}
                label={t('company.yearGrantOf', { title, year })}
                hint={t('company.yearGrantCeiling', { ceiling: formatCents(ceilingCents) })}
                error={at === -1 ? undefined : errors[`grantsThisYear.${at}.cents`]}
              >
                {(aria) => (
                  <input
                    {...aria}
                    inputMode="decimal"
                    value={values.grantsThisYear[at]?.amount ?? ''}
                    onChange={(e) =>
                      set({
                        grantsThisYear: withYearGrant(values.grantsThisYear, family, year, e.target.value),
                      })
                    }
                  />
                )}
              </Field>
            );
          })}
        </fieldset>
      )}

      {legalityRating && (
        <fieldset id="company-legality" tabIndex={-1}>
          <legend>{t('company.legality')}</legend>
          <p className="hint">{t('company.legalityHint')}</p>
          <div className="check">
            <input
              id="company-legality-rating"
              type="checkbox"
              checked={values.legalityRating}
              onChange={(e) => set({ legalityRating: e.target.checked })}
            />
            <label htmlFor="company-legality-rating">{t('company.legalityHeld')}</label>
          </div>
        </fieldset>
      )}
    </>
  );
}
