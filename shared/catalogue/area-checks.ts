/**
 * The area fields are often wrong in the source: a national call lists 19 regions (ID 175, Sicily
 * missing); a single town or chamber of commerce lists all 20 (IDs 4236, 1431, 8383); a Lombard body's
 * call says Calabria (ID 4231); a listed town is misspelt ("Telti" where the text says "Teti", ID 1449).
 * These checks flag them; the listed values are kept as the source has them.
 */
import type { CallArea } from './area';
import { REGION_CODES, REGIONS, regionByCode } from './regions';
import { type CatalogueWarning, warn } from './warnings';

// Bodies whose reach is a town, a province, a region or a chamber's district.
const LOCAL_BODY =
  /\b(comune|comuni|camera di commercio|camere di commercio|cciaa|regione|provincia|gal|unioncamere|comunit[aà] montana)\b/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, name: string) =>
  new RegExp(`(^|[^\\p{L}])${escapeRegExp(name.toLocaleLowerCase('it'))}($|[^\\p{L}])`, 'u').test(text);

export function areaChecks(
  area: CallArea,
  grantingBody: string | undefined,
  ownText: string,
): CatalogueWarning[] {
  const warnings: CatalogueWarning[] = [];
  const missing = REGION_CODES.filter((code) => !area.regions.includes(code));
  if (missing.length === 1) {
    const names = missing.map((code) => regionByCode.get(code)?.name.en ?? code);
    warnings.push(
      warn(
        'REGIONS_ALMOST_NATIONAL',
        { missing },
        `lists 19 of the 20 regions (missing ${names.join(', ')}): a national call with one left out?`,
      ),
    );
  }
  if (grantingBody !== undefined) {
    if (area.national && LOCAL_BODY.test(grantingBody))
      warnings.push(
        warn(
          'LOCAL_BODY_ALL_REGIONS',
          { body: grantingBody },
          `lists all 20 regions, but the granting body "${grantingBody}" is local`,
        ),
      );
    if (!area.national)
      for (const region of REGIONS)
        if (region.mentioned.test(grantingBody) && !area.regions.includes(region.code))
          warnings.push(
            warn(
              'BODY_REGION_NOT_LISTED',
              { region: region.code, body: grantingBody },
              `the granting body "${grantingBody}" names ${region.name.en}, which the record does not list`,
            ),
          );
  }
  if (area.municipalities.kind === 'listed') {
    // Only when the text names most of the listed towns is a missing one a likely typo, not an omission.
    const text = ownText.toLocaleLowerCase('it');
    const names = area.municipalities.names;
    const absent = names.filter((name) => !mentions(text, name));
    if (absent.length > 0 && absent.length <= names.length / 2)
      for (const name of absent)
        warnings.push(
          warn(
            'MUNICIPALITY_NOT_IN_TEXT',
            { name },
            `Comuni lists "${name}", which the record's text never names although it names the others`,
          ),
        );
  }
  return warnings;
}
