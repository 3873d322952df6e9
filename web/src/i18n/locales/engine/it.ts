/** Italiano, engine namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  reason: {
    SIZE_CLASS: 'Una {{sizeClass}} non può partecipare; il bando è riservato a: {{sizeClasses}}.',
    REGION:
      'Né la sede legale né una sede operativa ({{regions}}) è nel territorio del bando ({{callRegions}}).',
    REGION_excluded: 'La regione {{region}} è esclusa.',
    SECTOR: "L'attività {{sector}} non rientra tra i settori ammessi dal bando.",
    SECTOR_excluded: "L'attività {{sector}} è esclusa (ad es. produzione agricola primaria o pesca).",
    TOO_YOUNG: "L'impresa deve essere iscritta da almeno {{years}} anni.",
    DECLARATION_MISSING: 'È richiesta la dichiarazione «{{declaration}}».',
    PREVIOUS_BENEFICIARY: "I beneficiari dell'edizione precedente non possono partecipare.",
    EXCLUDED: '{{reason}}',
    USED_GOODS: 'I beni usati non sono ammissibili.',
    LINKED_SUPPLIER: "{{supplier}} è un'impresa collegata al richiedente.",
    UNTRACEABLE_PAYMENT: 'I pagamenti in contanti non sono tracciabili e non sono ammissibili.',
    TAGS_MISSING: '{{category}} vale solo per spese legate a uno di: {{tags}}.',
    NOT_AN_ELIGIBLE_CATEGORY: 'Le spese di tipo «{{spendType}}» non sono ammissibili in questo bando.',
    SUPPLIER_NOT_ACCREDITED: "{{supplier}} non è iscritto nell'elenco {{list}}.",
    OUTSIDE_SPEND_WINDOW: 'Datata {{lineDate}}, fuori dal periodo di spesa {{fromDate}} – {{toDate}}.',
    APPLIED_TOO_LATE:
      "La domanda va presentata entro {{days}} giorni dall'avvio del servizio ({{serviceStartDate}}).",
    STARTED_BEFORE_ALLOWED:
      'Inizia il {{lineDate}}: con la domanda del {{applicationDate}} contano solo le attività avviate dal {{limitDate}} in poi.',
    STARTS_AFTER_ALLOWED:
      'Inizia il {{lineDate}}: con la domanda del {{applicationDate}} contano solo le attività avviate entro il {{limitDate}}.',
    INVOICED_BEFORE_ALLOWED:
      'Fatturata il {{lineDate}}: con la domanda del {{applicationDate}} contano solo le spese fatturate dal {{limitDate}} in poi.',
    INVOICED_AFTER_ALLOWED:
      'Fatturata il {{lineDate}}: con la domanda del {{applicationDate}} contano solo le spese fatturate entro il {{limitDate}}.',
    NO_INVOICE_DATE_FITS:
      'Non ancora fatturata, e nessuna data di fattura può contare: con la domanda del {{applicationDate}} contano solo le spese fatturate dal {{fromDate}} ed entro il {{toDate}}.',
    NO_INVOICE_DATE_FITS_over:
      'Non ancora fatturata, e contano solo le spese fatturate entro il {{toDate}}: una fattura emessa dal {{applicationDate}} in poi non può contare.',
    INVOICE_DATE_TO_KEEP:
      'Non ancora fatturata: contano solo le spese fatturate tra il {{fromDate}} e il {{toDate}}.',
    INVOICE_DATE_TO_KEEP_from:
      'Non ancora fatturata: contano solo le spese fatturate dal {{fromDate}} in poi.',
    INVOICE_DATE_TO_KEEP_to: 'Non ancora fatturata: contano solo le spese fatturate entro il {{toDate}}.',
    START_DATE_TO_KEEP:
      'Data di avvio non ancora indicata: contano solo le attività avviate tra il {{fromDate}} e il {{toDate}}.',
    START_DATE_TO_KEEP_from:
      'Data di avvio non ancora indicata: contano solo le attività avviate dal {{fromDate}} in poi.',
    START_DATE_TO_KEEP_to:
      'Data di avvio non ancora indicata: contano solo le attività avviate entro il {{toDate}}.',
    CUMULATION_NOT_ALLOWED:
      'Su questa spesa ci sono già {{otherAidCents}} di altri aiuti; il bando non ammette altri aiuti sugli stessi costi.',
    CUMULATION_NOT_ALLOWED_taxIncentivesOnly:
      'Su questa spesa ci sono già {{otherAidCents}} di altri aiuti; il bando non ammette altri aiuti sugli stessi costi, salvo le agevolazioni fiscali di carattere generale.',
    CUMULATION_CAP:
      "Con {{otherAidCents}} di altri aiuti su questa spesa di {{costCents}} e un'intensità complessiva di al massimo il {{maxIntensityBp}}, il bando concede al massimo {{capCents}} su di essa.",
    CUMULATION_CAP_exhausted:
      "Con {{otherAidCents}} di altri aiuti su questa spesa di {{costCents}} e un'intensità complessiva di al massimo il {{maxIntensityBp}}, per questo bando non resta nulla.",
    RECURRING_NOT_ELIGIBLE: 'Abbonamenti e canoni ricorrenti non sono ammissibili.',
    VAT_EXCLUDED: "L'IVA non è ammissibile; conta solo l'imponibile.",
    SUBSCRIPTION_PRORATED:
      'Solo {{inside}} mesi su {{months}} cadono nel periodo del progetto: contano {{countedCents}}.',
    UNIT_PRICE_CAP: 'Al massimo {{perUnitCents}} per {{unit}}: {{count}} × {{perUnitCents}} = {{capCents}}.',
    UNIT_PRICE_CAP_noUnits: 'Serve il numero di unità ({{unit}}) per applicare il tetto di {{perUnitCents}}.',
    BELOW_LINE_MINIMUM: 'Le voci {{category}} devono essere di almeno {{minCents}}.',
    CATEGORY_CAP: '{{category}} conta fino a {{capCents}}: {{overCents}} non ammissibili.',
    CATEGORY_SHARE_CAP:
      '{{category}} è il {{actualBp}} della spesa ammissibile, tetto {{capBp}}: {{overCents}} non ammissibili.',
    MAX_ELIGIBLE: 'La spesa ammissibile conta fino a {{maxCents}}: {{overCents}} non generano contributo.',
    SHARE_RANGE:
      '{{group}} è il {{actualBp}} della spesa ammissibile; il bando richiede {{minBp}}–{{maxBp}}.',
    SHARE_RANGE_CAP:
      '{{group}} è il {{actualBp}} della spesa ammissibile, al massimo il {{maxBp}}: {{overCents}} non ammissibili.',
    SHARE_RANGE_CAP_low:
      '{{group}} è il {{actualBp}} della spesa ammissibile, almeno il {{minBp}}: {{overCents}} di altre spese non ammissibili.',
    BELOW_PROJECT_MINIMUM: 'La spesa ammissibile di {{eligibleCents}} è sotto il minimo di {{minCents}}.',
    BELOW_PROJECT_MINIMUM_requested: 'Il progetto costa {{requestedCents}}, meno del minimo di {{minCents}}.',
    ABOVE_PROJECT_MAXIMUM: 'Il progetto costa {{requestedCents}}, più del massimo di {{maxCents}}.',
    ABOVE_PROJECT_MAXIMUM_eligible:
      'La spesa ammissibile di {{eligibleCents}} supera il massimo di {{maxCents}}.',
    MAX_GRANT: 'Il contributo è al massimo {{maxCents}}.',
    ALLOCATED: 'Il voucher prenotato per te è di {{allocatedCents}}.',
    YEARLY_CEILING: 'Al massimo {{ceilingCents}} per impresa nel {{year}}; già concessi {{usedCents}}.',
    DE_MINIMIS_EXCEEDED:
      'De minimis: {{receivedCents}} già ricevuti dal {{sinceDate}} lasciano {{headroomCents}} su {{ceilingCents}}; il bando non concede contributi oltre.',
    DE_MINIMIS_EXCEEDED_linked:
      'De minimis: {{receivedCents}} già ricevuti dal {{sinceDate}} (di cui {{linkedCents}} dalle imprese collegate) lasciano {{headroomCents}} su {{ceilingCents}}; il bando non concede contributi oltre.',
    DE_MINIMIS_CUT:
      'De minimis: {{receivedCents}} già ricevuti dal {{sinceDate}} lasciano {{headroomCents}} su {{ceilingCents}}.',
    DE_MINIMIS_CUT_linked:
      'De minimis: {{receivedCents}} già ricevuti dal {{sinceDate}} (di cui {{linkedCents}} dalle imprese collegate) lasciano {{headroomCents}} su {{ceilingCents}}.',
    REVIEW_OVERRIDE:
      "Il consulente ha fissato l'importo ammissibile a {{eligibleCents}} (il calcolo ne contava {{engineCents}}).",
    BLOCKED: 'Non ammissibile.',
  },
  hint: {
    CATEGORY_SHARE_CAP:
      '{{category}} è il {{actualBp}} della spesa ammissibile, tetto {{capBp}}: {{overCents}} non genererebbero contributo; aggiungi altre spese ammissibili o riducila.',
    MAX_ELIGIBLE: 'La spesa ammissibile conta fino a {{maxCents}}: {{overCents}} non generano contributo.',
    SHARE_RANGE_LOW:
      '{{group}} è il {{actualBp}} della spesa ammissibile; il bando richiede {{minBp}}–{{maxBp}}: aggiungine {{addCents}}.',
    SHARE_RANGE_HIGH:
      '{{group}} è il {{actualBp}} della spesa ammissibile; il bando richiede {{minBp}}–{{maxBp}}: aggiungi {{addCents}} di altre spese ammissibili.',
    SHARE_RANGE_CAP:
      '{{group}} è il {{actualBp}} della spesa ammissibile, al massimo il {{maxBp}}: {{overCents}} non generano contributo; aggiungi altre spese ammissibili o riducila.',
    SHARE_RANGE_CAP_low:
      '{{group}} è il {{actualBp}} della spesa ammissibile, almeno il {{minBp}}: {{overCents}} di altre spese non generano contributo; aumentala o riduci le altre spese.',
    BELOW_PROJECT_MINIMUM:
      'Aggiungi {{missingCents}} di spesa ammissibile per arrivare al minimo di {{minCents}}.',
    BELOW_PROJECT_MINIMUM_requested:
      'Aggiungi {{missingCents}} al progetto per arrivare al minimo di {{minCents}}.',
    ABOVE_PROJECT_MAXIMUM: 'Riduci il progetto di {{overCents}} per restare entro {{maxCents}}.',
    ABOVE_PROJECT_MAXIMUM_eligible:
      'Riduci la spesa ammissibile di {{overCents}} per restare entro {{maxCents}}.',
    DE_MINIMIS_CUT:
      'De minimis: {{receivedCents}} già ricevuti dal {{sinceDate}} lasciano {{headroomCents}} su {{ceilingCents}}. Il contributo è ridotto a questa cifra.',
    DE_MINIMIS_CUT_linked:
      'De minimis: {{receivedCents}} già ricevuti dal {{sinceDate}} (di cui {{linkedCents}} dalle imprese collegate) lasciano {{headroomCents}} su {{ceilingCents}}. Il contributo è ridotto a questa cifra.',
  },
};
