/** One checked raw record → a catalogue call with its warnings. Pure: same record, same call. */
import { contentHash } from '../eligibility/content-hash';
import { aidFormVocabulary } from './aid-forms';
import { readBudget, readRange } from './amounts';
import { applicantTypeVocabulary } from './applicant-types';
import { readWindow } from './application-window';
import { readArea } from './area';
import { areaChecks } from './area-checks';
import { parseAteco } from './ateco';
import type { CatalogueCall } from './catalogue-call-schema';
import { cleanText } from './clean-text';
import { costFamilyVocabulary } from './cost-families';
import { splitDescription } from './description';
import { descriptionFigures } from './description-figures';
import { aidFormChecks, applicantTypeChecks, sectorChecks } from './label-checks';
import { moneyChecks } from './money-checks';
import { readOfficialLink } from './official-link';
import { parseUpdatedAt } from './portal-dates';
import { purposeVocabulary } from './purposes';
import type { RawIncentive, RawTextField } from './raw-record-schema';
import { reviewedIssues } from './reviewed-issues';
import { sectorVocabulary } from './sectors';
import { sizeVocabulary, UNCLASSIFIED_SIZE_LABEL } from './sizes';
import { countValues, mapList as mapped } from './vocabulary';
import type { CatalogueWarning } from './warnings';

/**
 * @param doc the record exactly as read from the file, hashed as is
 * @param raw its fields once checked (read-raw-doc.ts)
 */
export function normaliseRecord(
  doc: unknown,
  raw: RawIncentive,
  readWarnings: CatalogueWarning[],
): CatalogueCall {
  const warnings: CatalogueWarning[] = [...readWarnings];
  const rawHash = contentHash(doc);
  const take = <T>(result: { warnings: CatalogueWarning[] } & T): T => {
    warnings.push(...result.warnings);
    return result;
  };
  const text = (field: RawTextField): string | undefined => {
    const value = raw[field];
    return value === undefined ? undefined : take(cleanText(field, value)).text;
  };

  const title = text('Titolo') ?? '';
  const description = text('Descrizione') ?? '';
  const keywordsText = text('Altre_caratteristiche');
  const ownText = [title, description, keywordsText ?? ''].join(' \n');
  const { parts } = take(splitDescription(description));

  const purposes = take(mapped(raw.Obiettivo_Finalita, purposeVocabulary)).codes;
  const aidForms = take(mapped(raw.Forma_agevolazione, aidFormVocabulary)).codes;
  const applicantTypes = take(mapped(raw.Tipologia_Soggetto, applicantTypeVocabulary)).codes;
  const sizeClasses = take(mapped(raw.Dimensioni, sizeVocabulary)).codes;
  const costFamilies = take(mapped(raw.Costi_Ammessi, costFamilyVocabulary)).codes;
  const sectors = take(mapped(raw.Settore_Attivita, sectorVocabulary)).codes;
  const { ateco } = take(parseAteco(raw.Codici_ATECO));
  const { area } = take(readArea(raw));
  const { range: spend } = take(readRange(raw, 'Spesa_Ammessa'));
  const { range: aid } = take(readRange(raw, 'Agevolazione_Concedibile'));
  const { budget } = take(readBudget(raw.Stanziamento_incentivo));
  const note = text('Note_di_apertura_chiusura');
  const { window } = take(readWindow(raw.Data_apertura, raw.Data_chiusura, note));
  const { url } = take(readOfficialLink(raw.Link_istituzionale));
  const grantingBody = text('Soggetto_Concedente');
  const updatedAt = raw.Data_ultimo_aggiornamento && parseUpdatedAt(raw.Data_ultimo_aggiornamento);

  warnings.push(
    ...moneyChecks(spend, aid, budget),
    ...areaChecks(area, grantingBody, ownText),
    ...aidFormChecks(aidForms, ownText),
    ...applicantTypeChecks(applicantTypes, ownText),
    ...sectorChecks(sectors, ateco),
    ...reviewedIssues(raw.ID_Incentivo, rawHash),
  );

  const legal = {
    primary: text('Base_normativa_primaria'),
    secondary: text('Base_normativa_secondaria'),
    implementing: text('Provvedimento_attuativo'),
    gazette: text('Gazzetta_ufficiale'),
  };
  return {
    source: 'incentivi.gov.it',
    sourceId: raw.ID_Incentivo,
    rawHash,
    title,
    description,
    descriptionParts: parts,
    descriptionFigures: descriptionFigures(description),
    purposes,
    aidForms,
    applicantTypes,
    sizeClasses,
    acceptsUnclassified: (raw.Dimensioni ?? []).some((d) => d.trim() === UNCLASSIFIED_SIZE_LABEL),
    costFamilies,
    sectors,
    ateco,
    area,
    spend,
    aid,
    budget,
    window,
    ...(grantingBody !== undefined ? { grantingBody } : {}),
    ...(url !== undefined ? { officialUrl: url } : {}),
    legalBasis: Object.fromEntries(Object.entries(legal).filter(([, v]) => v !== undefined)),
    // Separators vary (",", ";", " - "); the keywords are for search, so a split too many does no harm.
    keywords: keywordsText === undefined ? [] : [...countValues(keywordsText.split(/[,;]|\s-\s/)).keys()],
    ...(updatedAt ? { updatedAt } : {}),
    warnings,
  };
}
