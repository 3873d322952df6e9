/**
 * Places a company can pick (Italian provinces, Belgian provinces and regions, Dutch provinces) and the
 * region codes the call rules match by prefix: picking Milano gives ['IT', 'IT-25', 'ITC4', 'IT-MI'] —
 * the country, the region (ISO 3166-2 and NUTS 2) and the province — so a call for Italy ('IT'), for
 * Lombardy ('IT-25', 'ITC4') or for some provinces ('IT-MI') all see it. Codes stay internal: screens
 * show `placeName`. Pure data, no I/O.
 */
import type { LocalizedText } from '../eligibility/call-rules-schema';

type Names = { en: string; it: string; nl: string };
const same = (name: string): Names => ({ en: name, it: name, nl: name });
const names = (en: string, it: string, nl: string): Names => ({ en, it, nl });

export interface Country {
  code: 'IT' | 'BE' | 'NL';
  name: Names;
}
export interface Region {
  code: string;
  country: Country['code'];
  name: Names;
  /** NUTS 2 code when the region is one NUTS 2 area. */
  nuts?: string;
}
export interface Province {
  code: string;
  region: string;
  name: Names;
  nuts?: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: 'IT', name: names('Italy', 'Italia', 'Italië') },
  { code: 'BE', name: names('Belgium', 'Belgio', 'België') },
  { code: 'NL', name: names('Netherlands', 'Paesi Bassi', 'Nederland') },
];

const it = (code: string, name: Names, nuts?: string): Region => ({ code, country: 'IT', name, nuts });
export const REGIONS: readonly Region[] = [
  it('IT-21', names('Piedmont', 'Piemonte', 'Piëmont'), 'ITC1'),
  it('IT-23', names('Aosta Valley', "Valle d'Aosta", "Valle d'Aosta"), 'ITC2'),
  it('IT-25', names('Lombardy', 'Lombardia', 'Lombardije'), 'ITC4'),
  it('IT-32', names('Trentino-South Tyrol', 'Trentino-Alto Adige', 'Trentino-Zuid-Tirol')),
  it('IT-34', same('Veneto'), 'ITH3'),
  it('IT-36', same('Friuli-Venezia Giulia'), 'ITH4'),
  it('IT-42', names('Liguria', 'Liguria', 'Ligurië'), 'ITC3'),
  it('IT-45', same('Emilia-Romagna'), 'ITH5'),
  it('IT-52', names('Tuscany', 'Toscana', 'Toscane'), 'ITI1'),
  it('IT-55', names('Umbria', 'Umbria', 'Umbrië'), 'ITI2'),
  it('IT-57', same('Marche'), 'ITI3'),
  it('IT-62', same('Lazio'), 'ITI4'),
  it('IT-65', names('Abruzzo', 'Abruzzo', 'Abruzzen'), 'ITF1'),
  it('IT-67', same('Molise'), 'ITF2'),
  it('IT-72', names('Campania', 'Campania', 'Campanië'), 'ITF3'),
  it('IT-75', names('Apulia', 'Puglia', 'Apulië'), 'ITF4'),
  it('IT-77', same('Basilicata'), 'ITF5'),
  it('IT-78', names('Calabria', 'Calabria', 'Calabrië'), 'ITF6'),
  it('IT-82', names('Sicily', 'Sicilia', 'Sicilië'), 'ITG1'),
  it('IT-88', names('Sardinia', 'Sardegna', 'Sardinië'), 'ITG2'),
  {
    code: 'BE-VLG',
    country: 'BE',
    name: names('Flemish Region', 'Regione fiamminga', 'Vlaams Gewest'),
  },
  { code: 'BE-WAL', country: 'BE', name: names('Walloon Region', 'Regione vallona', 'Waals Gewest') },
  {
    code: 'BE-BRU',
    country: 'BE',
    name: names('Brussels-Capital Region', 'Regione di Bruxelles-Capitale', 'Brussels Hoofdstedelijk Gewest'),
    nuts: 'BE10',
  },
];

/** Italian provinces by region: [code, name in Italian, English, Dutch when they differ]. */
const ITALIAN: Record<string, [string, string, string?, string?][]> = {
  'IT-21': [
    ['AL', 'Alessandria'],
    ['AT', 'Asti'],
    ['BI', 'Biella'],
    ['CN', 'Cuneo'],
    ['NO', 'Novara'],
    ['TO', 'Torino', 'Turin', 'Turijn'],
    ['VB', 'Verbano-Cusio-Ossola'],
    ['VC', 'Vercelli'],
  ],
  'IT-23': [['AO', 'Aosta']],
  'IT-25': [
    ['BG', 'Bergamo'],
    ['BS', 'Brescia'],
    ['CO', 'Como'],
    ['CR', 'Cremona'],
    ['LC', 'Lecco'],
    ['LO', 'Lodi'],
    ['MB', 'Monza e Brianza', 'Monza and Brianza', 'Monza en Brianza'],
    ['MI', 'Milano', 'Milan', 'Milaan'],
    ['MN', 'Mantova', 'Mantua', 'Mantua'],
    ['PV', 'Pavia'],
    ['SO', 'Sondrio'],
    ['VA', 'Varese'],
  ],
  'IT-32': [
    ['BZ', 'Bolzano', 'Bolzano (South Tyrol)', 'Bozen (Zuid-Tirol)'],
    ['TN', 'Trento'],
  ],
  'IT-34': [
    ['BL', 'Belluno'],
    ['PD', 'Padova', 'Padua', 'Padua'],
    ['RO', 'Rovigo'],
    ['TV', 'Treviso'],
    ['VE', 'Venezia', 'Venice', 'Venetië'],
    ['VI', 'Vicenza'],
    ['VR', 'Verona'],
  ],
  'IT-36': [
    ['GO', 'Gorizia'],
    ['PN', 'Pordenone'],
    ['TS', 'Trieste'],
    ['UD', 'Udine'],
  ],
  'IT-42': [
    ['GE', 'Genova', 'Genoa', 'Genua'],
    ['IM', 'Imperia'],
    ['SP', 'La Spezia'],
    ['SV', 'Savona'],
  ],
  'IT-45': [
    ['BO', 'Bologna'],
    ['FC', 'Forlì-Cesena'],
    ['FE', 'Ferrara'],
    ['MO', 'Modena'],
    ['PC', 'Piacenza'],
    ['PR', 'Parma'],
    ['RA', 'Ravenna'],
    ['RE', 'Reggio Emilia'],
    ['RN', 'Rimini'],
  ],
  'IT-52': [
    ['AR', 'Arezzo'],
    ['FI', 'Firenze', 'Florence', 'Florence'],
    ['GR', 'Grosseto'],
    ['LI', 'Livorno'],
    ['LU', 'Lucca'],
    ['MS', 'Massa-Carrara'],
    ['PI', 'Pisa'],
    ['PO', 'Prato'],
    ['PT', 'Pistoia'],
    ['SI', 'Siena'],
  ],
  'IT-55': [
    ['PG', 'Perugia'],
    ['TR', 'Terni'],
  ],
  'IT-57': [
    ['AN', 'Ancona'],
    ['AP', 'Ascoli Piceno'],
    ['FM', 'Fermo'],
    ['MC', 'Macerata'],
    ['PU', 'Pesaro e Urbino', 'Pesaro and Urbino', 'Pesaro en Urbino'],
  ],
  'IT-62': [
    ['FR', 'Frosinone'],
    ['LT', 'Latina'],
    ['RI', 'Rieti'],
    ['RM', 'Roma', 'Rome', 'Rome'],
    ['VT', 'Viterbo'],
  ],
  'IT-65': [
    ['AQ', "L'Aquila"],
    ['CH', 'Chieti'],
    ['PE', 'Pescara'],
    ['TE', 'Teramo'],
  ],
  'IT-67': [
    ['CB', 'Campobasso'],
    ['IS', 'Isernia'],
  ],
  'IT-72': [
    ['AV', 'Avellino'],
    ['BN', 'Benevento'],
    ['CE', 'Caserta'],
    ['NA', 'Napoli', 'Naples', 'Napels'],
    ['SA', 'Salerno'],
  ],
  'IT-75': [
    ['BA', 'Bari'],
    ['BR', 'Brindisi'],
    ['BT', 'Barletta-Andria-Trani'],
    ['FG', 'Foggia'],
    ['LE', 'Lecce'],
    ['TA', 'Taranto'],
  ],
  'IT-77': [
    ['MT', 'Matera'],
    ['PZ', 'Potenza'],
  ],
  'IT-78': [
    ['CS', 'Cosenza'],
    ['CZ', 'Catanzaro'],
    ['KR', 'Crotone'],
    ['RC', 'Reggio Calabria'],
    ['VV', 'Vibo Valentia'],
  ],
  'IT-82': [
    ['AG', 'Agrigento'],
    ['CL', 'Caltanissetta'],
    ['CT', 'Catania'],
    ['EN', 'Enna'],
    ['ME', 'Messina'],
    ['PA', 'Palermo'],
    ['RG', 'Ragusa'],
    ['SR', 'Siracusa', 'Syracuse', 'Syracuse'],
    ['TP', 'Trapani'],
  ],
  'IT-88': [
    ['CA', 'Cagliari'],
    ['NU', 'Nuoro'],
    ['OR', 'Oristano'],
    ['SS', 'Sassari'],
    ['SU', 'Sud Sardegna', 'South Sardinia', 'Zuid-Sardinië'],
  ],
};

/** NUTS 2 areas that are one province (the two autonomous provinces of Trentino-South Tyrol). */
const PROVINCE_NUTS = new Map([
  ['IT-BZ', 'ITH1'],
  ['IT-TN', 'ITH2'],
]);

export const PROVINCES: readonly Province[] = [
  ...Object.entries(ITALIAN).flatMap(([region, list]) =>
    list.map(([code, itName, enName, nlName]) => ({
      code: `IT-${code}`,
      region,
      name: names(enName ?? itName, itName, nlName ?? enName ?? itName),
      nuts: PROVINCE_NUTS.get(`IT-${code}`),
    })),
  ),
  { code: 'BE-VAN', region: 'BE-VLG', name: names('Antwerp', 'Anversa', 'Antwerpen'), nuts: 'BE21' },
  { code: 'BE-VLI', region: 'BE-VLG', name: names('Limburg', 'Limburgo', 'Limburg'), nuts: 'BE22' },
  {
    code: 'BE-VOV',
    region: 'BE-VLG',
    name: names('East Flanders (Ghent)', 'Fiandre Orientali (Gand)', 'Oost-Vlaanderen (Gent)'),
    nuts: 'BE23',
  },
  {
    code: 'BE-VBR',
    region: 'BE-VLG',
    name: names('Flemish Brabant (Leuven)', 'Brabante Fiammingo (Lovanio)', 'Vlaams-Brabant (Leuven)'),
    nuts: 'BE24',
  },
  {
    code: 'BE-VWV',
    region: 'BE-VLG',
    name: names('West Flanders (Bruges)', 'Fiandre Occidentali (Bruges)', 'West-Vlaanderen (Brugge)'),
    nuts: 'BE25',
  },
  {
    code: 'BE-WBR',
    region: 'BE-WAL',
    name: names('Walloon Brabant', 'Brabante Vallone', 'Waals-Brabant'),
    nuts: 'BE31',
  },
  { code: 'BE-WHT', region: 'BE-WAL', name: names('Hainaut', 'Hainaut', 'Henegouwen'), nuts: 'BE32' },
  { code: 'BE-WLG', region: 'BE-WAL', name: names('Liège', 'Liegi', 'Luik'), nuts: 'BE33' },
  {
    code: 'BE-WLX',
    region: 'BE-WAL',
    name: names('Luxembourg (Belgium)', 'Lussemburgo (Belgio)', 'Luxemburg (België)'),
    nuts: 'BE34',
  },
  { code: 'BE-WNA', region: 'BE-WAL', name: names('Namur', 'Namur', 'Namen'), nuts: 'BE35' },
  ...(
    [
      ['DR', same('Drenthe')],
      ['FL', same('Flevoland')],
      ['FR', names('Friesland', 'Frisia', 'Friesland')],
      ['GE', same('Gelderland')],
      ['GR', same('Groningen')],
      ['LI', names('Limburg (Netherlands)', 'Limburgo (Paesi Bassi)', 'Limburg (Nederland)')],
      ['NB', names('North Brabant', 'Brabante Settentrionale', 'Noord-Brabant')],
      ['NH', names('North Holland', 'Olanda Settentrionale', 'Noord-Holland')],
      ['OV', same('Overijssel')],
      ['UT', same('Utrecht')],
      ['ZE', names('Zeeland', 'Zelanda', 'Zeeland')],
      ['ZH', names('South Holland', 'Olanda Meridionale', 'Zuid-Holland')],
    ] as const
  ).map(([code, name]) => ({ code: `NL-${code}`, region: 'NL', name })),
];

/** Every code a screen may need to name: country, region, province, and their NUTS codes. */
const NAMES = new Map<string, Names>([
  ...COUNTRIES.map((c) => [c.code, c.name] as const),
  ...REGIONS.flatMap((r) => [[r.code, r.name] as const, ...(r.nuts ? [[r.nuts, r.name] as const] : [])]),
  ...PROVINCES.flatMap((p) => [[p.code, p.name] as const, ...(p.nuts ? [[p.nuts, p.name] as const] : [])]),
]);
const REGION_BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

/** A place's name in `language`; undefined for a code GrantFit does not know. */
export function placeName(code: string, language: keyof LocalizedText): string | undefined {
  return NAMES.get(code)?.[language as 'en'];
}

/** The codes a picked place stands for, widest first: country, region (+ NUTS), province (+ NUTS). */
export function regionCodesFor(place: string): string[] {
  const province = PROVINCE_BY_CODE.get(place);
  const region = REGION_BY_CODE.get(province?.region ?? place);
  const country = region?.country ?? (province?.region === 'NL' ? 'NL' : undefined);
  if (!province && !region) return [];
  const codes: string[] = [];
  if (country) codes.push(country);
  if (region) codes.push(region.code, ...(region.nuts ? [region.nuts] : []));
  if (province) codes.push(province.code, ...(province.nuts ? [province.nuts] : []));
  return codes;
}

/** Picked places are the finest codes in the list (a province, or a region without provinces). */
export function placesIn(regionCodes: readonly string[]): string[] {
  const codes = new Set(regionCodes);
  const places = PROVINCES.filter((p) => codes.has(p.code)).map((p) => p.code);
  const regionsWithProvince = new Set(places.map((p) => PROVINCE_BY_CODE.get(p)?.region));
  const bareRegions = REGIONS.filter((r) => codes.has(r.code) && !regionsWithProvince.has(r.code)).map(
    (r) => r.code,
  );
  return [...bareRegions, ...places];
}

/** The region codes of several picked places, without repeats, in a stable order. */
export function regionCodesOf(places: readonly string[]): string[] {
  return [...new Set(places.flatMap(regionCodesFor))];
}

/** Regions that can be picked as a whole (no provinces to choose from). */
export const PICKABLE_REGIONS: readonly Region[] = REGIONS.filter(
  (r) => !PROVINCES.some((p) => p.region === r.code),
);
