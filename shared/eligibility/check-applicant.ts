/** Who may apply: size class, region, sector, age, declarations and previous editions. */
import type { Company } from '../companies/company-schema';
import { addYears, type CalendarDate } from '../time/calendar-date';
import { matchesPrefix } from './call-area';
import type { CallRules } from './call-rules-schema';
import type { ReasonCode, TextParams } from './explanation';
import type { Reason } from './report';
import type { SizeClass } from './size-class';

export function checkApplicant(
  rules: CallRules,
  company: Company,
  sizeClass: SizeClass,
  on: CalendarDate,
): Reason[] {
  const { applicant } = rules;
  const reasons: Reason[] = [];
  const fail = (code: ReasonCode, rule: string, message: string, params: TextParams = {}) =>
    reasons.push({ code, ruleId: `applicant.${rule}`, article: applicant.article, message, params });

  if (!applicant.sizeClasses.includes(sizeClass)) {
    fail(
      'SIZE_CLASS',
      'sizeClasses',
      `A ${sizeClass} enterprise cannot apply; the call is for ${applicant.sizeClasses.join(', ')}.`,
      { sizeClass, sizeClasses: applicant.sizeClasses },
    );
  }
  const { include, exclude } = applicant.regions;
  if (include.length > 0 && !company.regionCodes.some((code) => matchesPrefix(code, include))) {
    fail(
      'REGION',
      'regions.include',
      `Neither the seat nor an operating site (${company.regionCodes.join(', ')}) is in the call's area (${include.join(', ')}).`,
      { regions: company.regionCodes, callRegions: include },
    );
  }
  const excludedRegion = company.regionCodes.find((code) => matchesPrefix(code, exclude));
  if (excludedRegion) {
    fail('REGION', 'regions.exclude', `Region ${excludedRegion} is excluded.`, {
      context: 'excluded',
      region: excludedRegion,
    });
  }

  const sector = company.sectorCode.replace(/^[A-Z]/, '');
  const { include: sectorsIn, exclude: sectorsOut } = applicant.sectors;
  if (sectorsIn.length > 0 && !matchesPrefix(sector, sectorsIn)) {
    fail(
      'SECTOR',
      'sectors.include',
      `Activity ${company.sectorCode} is not among the sectors the call admits.`,
      { sector: company.sectorCode },
    );
  }
  if (matchesPrefix(sector, sectorsOut)) {
    fail(
      'SECTOR',
      'sectors.exclude',
      `Activity ${company.sectorCode} is excluded (e.g. primary agriculture or fishery).`,
      { context: 'excluded', sector: company.sectorCode },
    );
  }
  if (
    applicant.minYearsRegistered !== undefined &&
    addYears(company.registeredOn, applicant.minYearsRegistered) > on
  ) {
    fail(
      'TOO_YOUNG',
      'minYearsRegistered',
      `The company must be registered for at least ${applicant.minYearsRegistered} years.`,
      { years: applicant.minYearsRegistered },
    );
  }
  for (const declaration of applicant.requiredDeclarations) {
    if (!company.declarations.includes(declaration)) {
      fail(
        'DECLARATION_MISSING',
        `requiredDeclarations.${declaration}`,
        `The declaration “${declaration}” is required.`,
        { declaration },
      );
    }
  }
  if (applicant.excludePreviousBeneficiaries && company.previousBeneficiaryOf.includes(rules.family)) {
    fail(
      'PREVIOUS_BENEFICIARY',
      'excludePreviousBeneficiaries',
      'Beneficiaries of the previous edition cannot apply.',
    );
  }
  return reasons;
}
