/**
 * Labels the record's own text does not bear out: every aid form ticked on a municipal tax relief (IDs
 * 1440, 1441: a loan, a guarantee and equity on an IMU text), only "start-up/PMI innovativa" as applicant
 * on a call open to all SMEs (ID 1423), sector tags that disagree with the ATECO list (ID 1433: restaurant
 * codes under "Alberghiero"; ID 1520: "Edilizia" with no building codes). The ATECO list stays
 * authoritative; these warnings only say "check the text".
 */
import { AID_FORM_EVIDENCE, type AidForm } from './aid-forms';
import type { ApplicantType } from './applicant-types';
import { type AtecoScope, atecoDivisions } from './ateco';
import { type Sector, sectorByCode } from './sectors';
import { type CatalogueWarning, warn } from './warnings';

export function aidFormChecks(forms: readonly AidForm[], ownText: string): CatalogueWarning[] {
  const text = ownText.toLocaleLowerCase('it');
  return forms
    .filter((form) => {
      const evidence = AID_FORM_EVIDENCE.get(form);
      return evidence !== undefined && !evidence.test(text);
    })
    .map((form) =>
      warn(
        'AID_FORM_NOT_IN_TEXT',
        { form },
        `Forma_agevolazione says ${form}, but the text never speaks of it`,
      ),
    );
}

export function applicantTypeChecks(types: readonly ApplicantType[], ownText: string): CatalogueWarning[] {
  const onlyInnovative =
    types.length > 0 && types.every((t) => t === 'innovative-startup' || t === 'innovative-sme');
  if (!onlyInnovative || /innovativ/i.test(ownText)) return [];
  return [
    warn(
      'APPLICANT_TYPE_NOT_IN_TEXT',
      { types: [...types] },
      'only innovative start-ups/SMEs are listed as applicants, but the text never mentions them',
    ),
  ];
}

export function sectorChecks(sectors: readonly Sector[], ateco: AtecoScope): CatalogueWarning[] {
  const divisions = atecoDivisions(ateco);
  if (divisions.length === 0 || sectors.length === 0) return [];
  const warnings: CatalogueWarning[] = [];
  const defs = sectors.map((s) => sectorByCode.get(s));
  const checked = defs.filter((d) => d?.divisions !== undefined);
  const without = checked
    .filter((d) => !d?.divisions?.some((div) => divisions.includes(div)))
    .map((d) => d?.code);
  if (without.length > 0)
    warnings.push(
      warn(
        'SECTOR_WITHOUT_ATECO',
        { sectors: without.filter((s) => s !== undefined) },
        `Settore_Attivita lists ${without.join(', ')}, but no ATECO code of theirs is listed (ATECO decides)`,
      ),
    );
  // A cross-cutting sector (crafts, other services) can cover any code, so nothing is left uncovered.
  if (checked.length === defs.length) {
    const covered = new Set(checked.flatMap((d) => d?.divisions ?? []));
    const uncovered = divisions.filter((div) => !covered.has(div));
    if (uncovered.length > 0)
      warnings.push(
        warn(
          'ATECO_WITHOUT_SECTOR',
          { divisions: uncovered },
          `ATECO divisions ${uncovered.join(', ')} fall under none of the record's sector tags (ATECO decides)`,
        ),
      );
  }
  return warnings;
}
