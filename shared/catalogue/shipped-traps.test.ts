/**
 * Each trap the data README (data/catalogue/incentivi/README.md and the portal notes it summarises) lists,
 * shown on the real record that has it, read from the repository's copy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callStatusAt } from './application-window';
import { regionPrefixes } from './area';
import { loadShipped } from './testing/shipped-records';

const shipped = loadShipped((file) =>
  readFileSync(new URL(`../../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8'),
);
const { call, codes, raw } = shipped;
const warningsOf = (id: string, code: string) => call(id).warnings.filter((w) => w.code === code);

describe('dates and times', () => {
  it('reads non-midnight times as UTC renderings of Italian time (IDs 143, 144, 185, 175)', () => {
    expect(raw('143').Data_apertura).toBe('2019-12-31T23:00:00');
    expect(call('143').window.opens).toEqual({
      date: '2020-01-01',
      at: '2020-01-01T00:00:00+01:00',
      precision: 'day',
    });
    expect(raw('144').Data_apertura).toBe('2021-07-27T22:00:00');
    expect(call('144').window.opens?.date).toBe('2021-07-28');
    // "ore 12:00 del 1° giugno"
    expect(call('185').window.closes).toEqual({
      date: '2023-06-01',
      at: '2023-06-01T12:00:00+02:00',
      precision: 'time',
    });
    // "prorogata alle ore 12 del 25 novembre 2022", in winter time
    expect(call('175').window.closes?.at).toBe('2022-11-25T12:00:00+01:00');
    expect(warningsOf('143', 'DATE_FROM_UTC')[0]?.params).toEqual({
      field: 'Data_apertura',
      raw: '2019-12-31T23:00:00',
      local: '2020-01-01',
    });
  });

  it('reads T00:00:00 as the plain date written, closing at the end of that day in Rome (ID 1447)', () => {
    expect(call('1447').window.closes).toEqual({
      date: '2024-06-29',
      at: '2024-06-29T23:59:59+02:00',
      precision: 'day',
    });
    expect(codes('1447')).not.toContain('DATE_FROM_UTC');
  });

  it('moves the UTC rendering of local midnight to the Italian day (IDs 51, 197: 31 December 2038)', () => {
    for (const id of ['51', '197']) {
      expect(raw(id).Data_chiusura).toBe('2038-12-30T23:00:00');
      expect(call(id).window.closes).toEqual({
        date: '2038-12-31',
        at: '2038-12-31T23:59:59+01:00',
        precision: 'day',
      });
    }
  });

  it('keeps the update time when there is one and leaves it out when the record lacks it (IDs 175, 144, 143, 185, 137)', () => {
    expect(call('1170').updatedAt).toBe('2024-02-27T15:19:24Z');
    for (const id of ['175', '144', '143', '185', '137']) {
      expect(raw(id).Data_ultimo_aggiornamento).toBeUndefined();
      expect(call(id).updatedAt).toBeUndefined();
    }
  });

  it('reads no close date as open until the funds run out (IDs 143, 1523, 156, 1671, 1673)', () => {
    for (const id of ['143', '1523', '156', '1671', '1673']) {
      expect(call(id).window.closes).toBeUndefined();
      expect(call(id).window.untilFundsRunOut).toBe(true);
      expect(callStatusAt(call(id).window, new Date('2026-01-01T00:00:00Z'))).toBe('open');
    }
    expect(call('156').window.note).toBe('La chiusura avverrà ad esaurimento risorse.');
    expect(call('1671').window.note).toBe('Attivo');
  });

  it('reads notes that contradict the dates: closed early, registrations closed (IDs 1424, 1442)', () => {
    for (const id of ['1424', '1442']) {
      expect(call(id).window.closedEarly).toBe(true);
      expect(codes(id)).toContain('NOTE_SAYS_CLOSED');
    }
    // 1424 closes on 31 December, but its note says applications were due by 8 October.
    expect(call('1424').window.closes?.date).toBe('2023-12-31');
    expect(warningsOf('1424', 'NOTE_DATES_DIFFER')[0]?.params).toMatchObject({ dates: ['2023-10-08'] });
    // The status is computed, never read: the note wins over a close date still in the future.
    expect(callStatusAt(call('1424').window, new Date('2023-11-01T00:00:00Z'))).toBe('closed');
  });

  it('flags a note that gives a later date than the close date (ID 8365, Misura A until 31/12/2026)', () => {
    expect(call('8365').window.closes?.date).toBe('2026-06-05');
    expect(warningsOf('8365', 'NOTE_DATES_DIFFER')[0]?.params).toEqual({
      dates: ['2026-12-31', '2026-06-30'],
      closes: '2026-06-05',
    });
  });
});

describe('money', () => {
  it('reads spend and aid strings of plain digits as cents (ID 1447: spend 1,500–7,200, aid max 5,000)', () => {
    expect(call('1447').spend).toEqual({ minCents: 150_000, maxCents: 720_000 });
    expect(call('1447').aid.maxCents).toBe(500_000);
  });

  it('reads every budget form: integer, dot decimals, Italian comma decimals, prose, absent', () => {
    expect(call('1170').budget).toEqual({ cents: 1_800_000_000 });
    expect(call('1449').budget).toEqual({ cents: 53_510_167, text: '535101.67' });
    expect(call('185').budget).toEqual({ cents: 1_537_538_350, text: '15375383,50' });
    // Two decrees, two amounts: neither is taken as the budget.
    expect(call('137').budget).toEqual({ text: '163000000 (con dm 29/7), 161800000 (con dm 09/08)' });
    expect(warningsOf('137', 'BUDGET_AMBIGUOUS')[0]?.params.amountsCents).toEqual([
      16_300_000_000, 16_180_000_000,
    ]);
    // A tax credit has no budget.
    expect(raw('143').Stanziamento_incentivo).toBeUndefined();
    expect(call('143').budget).toEqual({});
  });

  it('reads "0" as no minimum, and an aid maximum of "0" as unknown (ID 156)', () => {
    expect(raw('1170').Spesa_Ammessa_min).toBe('0');
    expect(call('1170').spend.minCents).toBeUndefined();
    expect(raw('156').Agevolazione_Concedibile_max).toBe('0');
    expect(call('156').aid).toEqual({});
    expect(warningsOf('156', 'MAX_UNKNOWN')[0]?.params).toEqual({ field: 'Agevolazione_Concedibile_max' });
  });

  it('flags maxima that are the whole budget (ID 4234; ID 1520 off by a rounding)', () => {
    expect(warningsOf('4234', 'CAP_MATCHES_BUDGET').map((w) => w.params.field)).toEqual([
      'Spesa_Ammessa_max',
    ]);
    expect(warningsOf('1520', 'CAP_MATCHES_BUDGET').map((w) => w.params)).toEqual([
      { field: 'Spesa_Ammessa_max', capCents: 5_511_700, budgetCents: 5_511_697 },
      { field: 'Agevolazione_Concedibile_max', capCents: 5_511_600, budgetCents: 5_511_697 },
    ]);
  });

  it('flags an aid minimum of 1,950 as a likely default (IDs 1433, 1434, 1447)', () => {
    for (const id of ['1433', '1434', '1447']) expect(codes(id)).toContain('AID_MIN_DEFAULT');
  });

  it('flags aid max above spend max (ID 8369: spend max 1, aid max 2,892)', () => {
    expect(warningsOf('8369', 'AID_MAX_ABOVE_SPEND_MAX')[0]?.params).toEqual({
      aidMaxCents: 289_200,
      spendMaxCents: 100,
    });
  });

  it('flags a budget below the per-firm cap (ID 8377: 247.17 against 7,250)', () => {
    expect(call('8377').budget.cents).toBe(24_717);
    expect(codes('8377')).toEqual(expect.arrayContaining(['BUDGET_BELOW_AID_MAX', 'BUDGET_TINY']));
  });

  it('extracts rates, caps and withholding that live only in the description, as hints (IDs 1448, 4234)', () => {
    // "non potrà superare il 50%", "ritenuta d'acconto del 4%", "euro 2.500,00", "euro 5.000,00"
    expect(call('1448').descriptionFigures).toEqual({
      amountsCents: [250_000, 500_000],
      ratesBp: [400, 5000],
    });
    // The real per-firm caps of 4234 (2,200–9,600 by headcount band) are in its prose only.
    expect(call('4234').descriptionFigures.amountsCents).toEqual(expect.arrayContaining([220_000, 960_000]));
    expect(call('4234').spend.maxCents).toBe(300_000_000);
  });
});

describe('multi-value fields', () => {
  it('de-duplicates lists in arbitrary order and says which values repeated (IDs 1433, 1440, 423, 7812)', () => {
    expect(raw('1433').Costi_Ammessi).toEqual(expect.arrayContaining(['Servizi, brevetti e licenze']));
    expect(warningsOf('1433', 'DUPLICATE_VALUES')[0]?.params).toEqual({
      field: 'Costi_Ammessi',
      value: 'Servizi, brevetti e licenze',
      count: 3,
    });
    expect((raw('1440').Costi_Ammessi as string[]).length).toBe(21);
    expect(call('1440').costFamilies).toEqual([
      'services-ip',
      'equipment',
      'overheads',
      'buildings-land',
      'personnel',
      'training',
      'materials',
    ]);
    expect(warningsOf('1440', 'DUPLICATE_VALUES').map((w) => w.params.value)).toContain(
      'Agevolazione fiscale',
    );
    expect(call('423').aidForms).toEqual(['grant']);
    expect(warningsOf('7812', 'DUPLICATE_VALUES')).toContainEqual(
      expect.objectContaining({
        params: { field: 'Costi_Ammessi', value: 'Servizi, brevetti e licenze', count: 9 },
      }),
    );
  });

  it('splits Comuni and Codici_ATECO on ";" with or without a trailing one (IDs 1449, 1426)', () => {
    expect(call('1449').area.municipalities).toMatchObject({ kind: 'listed' });
    expect(call('1426').ateco).toEqual({
      kind: 'codes',
      lists: [{ edition: '2007', editionStated: false, codes: ['90', '90.01', '90.02', '90.03', '90.04'] }],
    });
  });

  it('never splits labels that contain commas (cost family, sector)', () => {
    expect(call('1170').costFamilies).toContain('services-ip');
    expect(call('1170').costFamilies).toContain('materials');
    expect(call('1671').sectors).toContain('furniture-wood-paper');
    expect(call('1671').sectors).toContain('agriculture');
    expect(codes('1671')).not.toContain('UNKNOWN_VALUE');
  });
});

describe('sentinels', () => {
  it('derives a national call from all 20 regions listed (ID 156) and keeps Estero as a flag (IDs 1170, 790)', () => {
    expect(call('156').area.national).toBe(true);
    expect(regionPrefixes(call('156').area)).toEqual(['IT']);
    for (const id of ['1170', '790']) {
      expect(call(id).area).toMatchObject({
        regions: ['IT-36', 'IT-32', 'IT-34'],
        abroad: true,
        national: false,
      });
    }
  });

  it('flags a national call that lists 19 regions (ID 175: Sicily missing)', () => {
    expect(call('175').area.national).toBe(false);
    expect(warningsOf('175', 'REGIONS_ALMOST_NATIONAL')[0]?.params).toEqual({ missing: ['IT-82'] });
  });

  it('reads "Tutti i comuni" and keeps the prose exception as a note (ID 137)', () => {
    expect(call('143').area.municipalities).toEqual({ kind: 'all' });
    expect(call('137').area.municipalities).toEqual({
      kind: 'all',
      note: 'Tutti i comuni (tranne per le regioni in transizione Abruzzo, Molise e Sardegna)',
    });
    expect(codes('137')).toContain('MUNICIPALITIES_PROSE');
  });

  it('reads every "all sectors" spelling, and an absent field as unspecified (IDs 1170, 1520-like, 144, 143, 175)', () => {
    expect(call('1170').ateco).toEqual({
      kind: 'all-sectors',
      sentence: 'Tutti i settori economici ammissibili a ricevere aiuti;',
    });
    expect(call('156').ateco).toMatchObject({ kind: 'all-sectors' });
    expect(call('144').ateco).toEqual({
      kind: 'all-sectors',
      sentence: 'Tutti i codici ammissibili a ricevere aiuti',
    });
    expect(call('143').ateco).toEqual({ kind: 'all-sectors', sentence: 'Tutti i settori economici' });
    expect(call('175').ateco).toEqual({ kind: 'unspecified' });
    expect(codes('175')).toContain('ATECO_ABSENT');
  });
});

describe('ATECO codes', () => {
  it('keeps the edition, with 3-character group codes (ID 4232: "ATECO 2025: 82.1; 82.10")', () => {
    expect(call('4232').ateco).toEqual({
      kind: 'codes',
      lists: [{ edition: '2025', editionStated: true, codes: ['82.1', '82.10'] }],
    });
    expect(codes('4232')).not.toContain('ATECO_EDITION_ASSUMED');
  });

  it('sorts unsorted codes and reads NN.00 as the whole division (ID 1433)', () => {
    expect(raw('1433').Codici_ATECO).toMatch(/^56\.29; 55\.90; 55\.30/);
    const ateco = call('1433').ateco;
    expect(ateco.kind === 'codes' && ateco.lists[0]?.codes).toEqual([
      '55',
      '55.10',
      '55.20',
      '55.30',
      '55.90',
      '56',
      '56.10',
      '56.20',
      '56.21',
      '56.29',
      '56.30',
    ]);
    expect(codes('1433')).toContain('ATECO_EDITION_ASSUMED');
  });

  it('flags sector tags that disagree with the ATECO list, which stays authoritative (IDs 1433, 1520)', () => {
    expect(warningsOf('1433', 'ATECO_WITHOUT_SECTOR')[0]?.params).toEqual({ divisions: ['56'] });
    expect(warningsOf('1520', 'SECTOR_WITHOUT_ATECO')[0]?.params.sectors).toEqual(
      expect.arrayContaining(['construction', 'fashion-textiles']),
    );
  });
});

describe('data-quality traps of the 45 sample and slice records', () => {
  it('wrong region: a Lombard body listing Calabria (ID 4231)', () => {
    expect(call('4231').area.regions).toEqual(['IT-78']);
    expect(warningsOf('4231', 'BODY_REGION_NOT_LISTED')[0]?.params.region).toBe('IT-25');
  });

  it('wrong region: a town and a chamber of commerce listing all 20 regions (IDs 4236, 1431)', () => {
    for (const id of ['4236', '1431']) expect(codes(id)).toContain('LOCAL_BODY_ALL_REGIONS');
    expect(codes('156')).not.toContain('LOCAL_BODY_ALL_REGIONS');
  });

  it('wrong purpose tag: reviewed and pinned to the record as read (IDs 1426, 1671)', () => {
    expect(call('1426').purposes).toEqual(['digitalisation']);
    expect(warningsOf('1426', 'REVIEWED_ISSUE')[0]?.params).toEqual({ issue: 'purpose-tag' });
    expect(call('1671').purposes).toEqual(['liquidity']);
    expect(codes('1671')).toContain('REVIEWED_ISSUE');
  });

  it('wrong applicant type: only "SU/PMI innovativa" on a call for all SMEs, mapped to both statuses (ID 1423)', () => {
    expect(call('1423').applicantTypes).toEqual(['innovative-startup', 'innovative-sme']);
    expect(codes('1423')).toContain('APPLICANT_TYPE_NOT_IN_TEXT');
  });

  it('typo in a list: Comuni has "Telti" where the text says "Teti" (ID 1449)', () => {
    expect(warningsOf('1449', 'MUNICIPALITY_NOT_IN_TEXT').map((w) => w.params.name)).toEqual(['Telti']);
  });

  it('heading glue in Descrizione is split anyway (IDs 423, 1673)', () => {
    expect(raw('423').Descrizione).toContain('A chi si rivolgepiccole');
    expect(call('423').descriptionParts).toEqual({
      what: 'Avviso pubblico per contributi a fondo perduto',
      who: 'piccole e micro imprese',
      offers: 'contributi a fondo perduto per le spese di gestione',
    });
    expect(warningsOf('423', 'DESCRIPTION_HEADING_GLUED')[0]?.params.headings).toEqual([
      'A chi si rivolge',
      'Cosa prevede',
    ]);
    expect(raw('1673').Descrizione).toContain('5.1.4. BA chi si rivolge');
    expect(codes('1673')).toContain('DESCRIPTION_HEADING_GLUED');
  });

  it('copy-paste between records: an implementing act of another call (ID 1448 ← 1447), a shared title (1671, 1673)', () => {
    expect(warningsOf('1448', 'LEGAL_ACT_NAMES_OTHER_CALL')[0]?.params).toEqual({ other: '1447' });
    expect(warningsOf('1671', 'DUPLICATE_TITLE')[0]?.params).toEqual({ others: ['1673'] });
    expect(warningsOf('1673', 'DUPLICATE_TITLE')[0]?.params).toEqual({ others: ['1671'] });
  });

  it('generic link targets (a town home page)', () => {
    const generic = [...shipped.imports.values()]
      .flatMap((i) => (i.ok ? i.results : []))
      .flatMap((r) => (r.status === 'imported' ? r.call.warnings : []))
      .filter((w) => w.code === 'LINK_GENERIC')
      .map((w) => w.params.url);
    expect(generic).toContain('https://www.comune.rutino.sa.it/');
  });

  it('a loan, guarantee and equity ticked on a municipal tax-relief text (ID 1440)', () => {
    expect(warningsOf('1440', 'AID_FORM_NOT_IN_TEXT').map((w) => w.params.form)).toEqual([
      'loan',
      'guarantee',
      'equity',
      'social-security-relief',
    ]);
  });
});

describe('radar tail traps', () => {
  it('strips control characters (ID 7872: seven U+0001) and doubled accents (ID 8139: U+0300)', () => {
    expect(String(raw('7872').Descrizione)).toContain('\u0001');
    expect(call('7872').description).not.toContain('\u0001');
    expect(warningsOf('7872', 'TEXT_CONTROL_CHARACTERS')[0]?.params).toEqual({
      field: 'Descrizione',
      count: 7,
    });
    expect(String(raw('8139').Descrizione)).toContain('\u0300');
    expect(call('8139').description).not.toMatch(/\p{M}/u);
    expect(call('8139').description).toContain('modalità digitale');
  });

  it('a regional body listing all 20 regions (ID 8383, Regione Marche)', () => {
    expect(call('8383').area.national).toBe(true);
    expect(warningsOf('8383', 'LOCAL_BODY_ALL_REGIONS')[0]?.params).toEqual({ body: 'Regione Marche' });
  });
});
