/** Nederlands, engine namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  reason: {
    SIZE_CLASS: 'Een {{sizeClass}} kan niet deelnemen; de oproep is voor: {{sizeClasses}}.',
    REGION:
      'Noch de maatschappelijke zetel noch een vestiging ({{regions}}) ligt in het gebied van de oproep ({{callRegions}}).',
    REGION_excluded: 'Regio {{region}} is uitgesloten.',
    SECTOR: 'Activiteit {{sector}} hoort niet bij de sectoren die de oproep toelaat.',
    SECTOR_excluded: 'Activiteit {{sector}} is uitgesloten (bv. primaire landbouw of visserij).',
    TOO_YOUNG: 'De onderneming moet minstens {{years}} jaar ingeschreven zijn.',
    DECLARATION_MISSING: 'De verklaring “{{declaration}}” is verplicht.',
    PREVIOUS_BENEFICIARY: 'Begunstigden van de vorige editie kunnen niet deelnemen.',
    EXCLUDED: '{{reason}}',
    USED_GOODS: 'Tweedehandse goederen komen niet in aanmerking.',
    LINKED_SUPPLIER: '{{supplier}} is verbonden met de aanvrager.',
    UNTRACEABLE_PAYMENT: 'Contante betalingen zijn niet traceerbaar en komen niet in aanmerking.',
    TAGS_MISSING: '{{category}} telt alleen voor uitgaven die horen bij een van: {{tags}}.',
    NOT_AN_ELIGIBLE_CATEGORY:
      'Uitgaven van het type “{{spendType}}” komen in deze oproep niet in aanmerking.',
    SUPPLIER_NOT_ACCREDITED: '{{supplier}} staat niet op de lijst {{list}}.',
    OUTSIDE_SPEND_WINDOW: 'Gedateerd {{lineDate}}, buiten de uitgavenperiode {{fromDate}} – {{toDate}}.',
    APPLIED_TOO_LATE:
      'Moet worden aangevraagd binnen {{days}} dagen na de start van de dienst ({{serviceStartDate}}).',
    STARTED_BEFORE_ALLOWED:
      'Start op {{lineDate}}: bij een aanvraag op {{applicationDate}} telt alleen werk dat start op of na {{limitDate}}.',
    STARTS_AFTER_ALLOWED:
      'Start op {{lineDate}}: bij een aanvraag op {{applicationDate}} telt alleen werk dat start op of vóór {{limitDate}}.',
    INVOICED_BEFORE_ALLOWED:
      'Gefactureerd op {{lineDate}}: bij een aanvraag op {{applicationDate}} tellen alleen kosten gefactureerd op of na {{limitDate}}.',
    INVOICED_AFTER_ALLOWED:
      'Gefactureerd op {{lineDate}}: bij een aanvraag op {{applicationDate}} tellen alleen kosten gefactureerd op of vóór {{limitDate}}.',
    NO_INVOICE_DATE_FITS:
      'Nog niet gefactureerd, en geen enkele factuurdatum kan tellen: bij een aanvraag op {{applicationDate}} tellen alleen kosten gefactureerd op of na {{fromDate}} en op of vóór {{toDate}}.',
    NO_INVOICE_DATE_FITS_over:
      'Nog niet gefactureerd, en alleen kosten gefactureerd op of vóór {{toDate}} tellen: een factuur van {{applicationDate}} of later kan niet tellen.',
    INVOICE_DATE_TO_KEEP:
      'Nog niet gefactureerd: alleen kosten gefactureerd van {{fromDate}} tot en met {{toDate}} tellen.',
    INVOICE_DATE_TO_KEEP_from:
      'Nog niet gefactureerd: alleen kosten gefactureerd op of na {{fromDate}} tellen.',
    INVOICE_DATE_TO_KEEP_to:
      'Nog niet gefactureerd: alleen kosten gefactureerd op of vóór {{toDate}} tellen.',
    START_DATE_TO_KEEP:
      'Nog geen startdatum: alleen werk dat start van {{fromDate}} tot en met {{toDate}} telt.',
    START_DATE_TO_KEEP_from: 'Nog geen startdatum: alleen werk dat start op of na {{fromDate}} telt.',
    START_DATE_TO_KEEP_to: 'Nog geen startdatum: alleen werk dat start op of vóór {{toDate}} telt.',
    CUMULATION_NOT_ALLOWED:
      'Op deze kost rust al {{otherAidCents}} andere steun; de oproep staat geen andere steun op dezelfde kosten toe.',
    CUMULATION_NOT_ALLOWED_taxIncentivesOnly:
      'Op deze kost rust al {{otherAidCents}} andere steun; de oproep staat geen andere steun op dezelfde kosten toe, behalve algemene fiscale maatregelen.',
    CUMULATION_CAP:
      'Met {{otherAidCents}} andere steun op deze kost van {{costCents}} en alle steun samen hoogstens {{maxIntensityBp}}, geeft deze oproep er hoogstens {{capCents}} op.',
    CUMULATION_CAP_exhausted:
      'Met {{otherAidCents}} andere steun op deze kost van {{costCents}} en alle steun samen hoogstens {{maxIntensityBp}}, blijft er voor deze oproep niets over.',
    RECURRING_NOT_ELIGIBLE: 'Abonnementen en terugkerende kosten komen niet in aanmerking.',
    VAT_EXCLUDED: 'Btw komt niet in aanmerking; alleen het bedrag exclusief btw telt.',
    SUBSCRIPTION_PRORATED:
      'Slechts {{inside}} van {{months}} maanden vallen binnen de projectperiode: {{countedCents}} telt.',
    UNIT_PRICE_CAP: 'Hoogstens {{perUnitCents}} per {{unit}}: {{count}} × {{perUnitCents}} = {{capCents}}.',
    UNIT_PRICE_CAP_noUnits:
      'Het aantal eenheden ({{unit}}) is nodig om het plafond van {{perUnitCents}} toe te passen.',
    BELOW_LINE_MINIMUM: 'Posten {{category}} moeten minstens {{minCents}} bedragen.',
    CATEGORY_CAP: '{{category}} telt tot {{capCents}}: {{overCents}} komt niet in aanmerking.',
    CATEGORY_SHARE_CAP:
      '{{category}} is {{actualBp}} van de subsidiabele uitgaven, plafond {{capBp}}: {{overCents}} komt niet in aanmerking.',
    MAX_ELIGIBLE: 'Subsidiabele uitgaven tellen tot {{maxCents}}: {{overCents}} levert geen steun op.',
    SHARE_RANGE:
      '{{group}} is {{actualBp}} van de subsidiabele uitgaven; de oproep vraagt {{minBp}}–{{maxBp}}.',
    SHARE_RANGE_CAP:
      '{{group}} is {{actualBp}} van de subsidiabele uitgaven, hoogstens {{maxBp}}: {{overCents}} ervan komt niet in aanmerking.',
    SHARE_RANGE_CAP_low:
      '{{group}} is {{actualBp}} van de subsidiabele uitgaven, minstens {{minBp}}: {{overCents}} andere uitgaven komen niet in aanmerking.',
    BELOW_PROJECT_MINIMUM:
      'De subsidiabele uitgaven van {{eligibleCents}} liggen onder het minimum van {{minCents}}.',
    BELOW_PROJECT_MINIMUM_requested:
      'Het project kost {{requestedCents}}, minder dan het minimum van {{minCents}}.',
    ABOVE_PROJECT_MAXIMUM: 'Het project kost {{requestedCents}}, meer dan het maximum van {{maxCents}}.',
    ABOVE_PROJECT_MAXIMUM_eligible:
      'De subsidiabele uitgaven van {{eligibleCents}} liggen boven het maximum van {{maxCents}}.',
    MAX_GRANT: 'De steun bedraagt hoogstens {{maxCents}}.',
    ALLOCATED: 'De voor u gereserveerde voucher bedraagt {{allocatedCents}}.',
    YEARLY_CEILING: 'Hoogstens {{ceilingCents}} per onderneming in {{year}}; {{usedCents}} is al toegekend.',
    DE_MINIMIS_EXCEEDED:
      'De minimis: {{receivedCents}} al ontvangen sinds {{sinceDate}} laat {{headroomCents}} van {{ceilingCents}} over; de oproep weigert steun daarboven.',
    DE_MINIMIS_EXCEEDED_linked:
      'De minimis: {{receivedCents}} al ontvangen sinds {{sinceDate}} (waarvan {{linkedCents}} door verbonden ondernemingen) laat {{headroomCents}} van {{ceilingCents}} over; de oproep weigert steun daarboven.',
    DE_MINIMIS_CUT:
      'De minimis: {{receivedCents}} al ontvangen sinds {{sinceDate}} laat {{headroomCents}} van {{ceilingCents}} over.',
    DE_MINIMIS_CUT_linked:
      'De minimis: {{receivedCents}} al ontvangen sinds {{sinceDate}} (waarvan {{linkedCents}} door verbonden ondernemingen) laat {{headroomCents}} van {{ceilingCents}} over.',
    REVIEW_OVERRIDE:
      'De consultant zette het subsidiabele bedrag op {{eligibleCents}} (de berekening telde {{engineCents}}).',
    BLOCKED: 'Komt niet in aanmerking.',
  },
  hint: {
    CATEGORY_SHARE_CAP:
      '{{category}} is {{actualBp}} van de subsidiabele uitgaven, plafond {{capBp}}: {{overCents}} zou geen steun opleveren; voeg andere subsidiabele uitgaven toe of verlaag ze.',
    MAX_ELIGIBLE: 'Subsidiabele uitgaven tellen tot {{maxCents}}: {{overCents}} levert geen steun op.',
    SHARE_RANGE_LOW:
      '{{group}} is {{actualBp}} van de subsidiabele uitgaven; de oproep vraagt {{minBp}}–{{maxBp}}: voeg er {{addCents}} aan toe.',
    SHARE_RANGE_HIGH:
      '{{group}} is {{actualBp}} van de subsidiabele uitgaven; de oproep vraagt {{minBp}}–{{maxBp}}: voeg {{addCents}} andere subsidiabele uitgaven toe.',
    SHARE_RANGE_CAP:
      '{{group}} is {{actualBp}} van de subsidiabele uitgaven, hoogstens {{maxBp}}: {{overCents}} ervan levert geen steun op; voeg andere subsidiabele uitgaven toe of verlaag ze.',
    SHARE_RANGE_CAP_low:
      '{{group}} is {{actualBp}} van de subsidiabele uitgaven, minstens {{minBp}}: {{overCents}} andere uitgaven leveren geen steun op; verhoog de groep of verlaag de rest.',
    BELOW_PROJECT_MINIMUM:
      'Voeg {{missingCents}} subsidiabele uitgaven toe om het minimum van {{minCents}} te halen.',
    BELOW_PROJECT_MINIMUM_requested:
      'Voeg {{missingCents}} aan het project toe om het minimum van {{minCents}} te halen.',
    ABOVE_PROJECT_MAXIMUM: 'Verklein het project met {{overCents}} om binnen {{maxCents}} te blijven.',
    ABOVE_PROJECT_MAXIMUM_eligible:
      'Verlaag de subsidiabele uitgaven met {{overCents}} om binnen {{maxCents}} te blijven.',
    DE_MINIMIS_CUT:
      'De minimis: {{receivedCents}} al ontvangen sinds {{sinceDate}} laat {{headroomCents}} van {{ceilingCents}} over. De steun wordt daartoe beperkt.',
    DE_MINIMIS_CUT_linked:
      'De minimis: {{receivedCents}} al ontvangen sinds {{sinceDate}} (waarvan {{linkedCents}} door verbonden ondernemingen) laat {{headroomCents}} van {{ceilingCents}} over. De steun wordt daartoe beperkt.',
  },
};
