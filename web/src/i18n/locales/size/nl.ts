/** Nederlands, size namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  size: {
    PUBLIC_BODIES: '{{pct}} % is in handen van overheidsinstanties (25 % of meer): geen kmo.',
    STAFF_BELOW: 'Personeel {{staffAwu}} jaarlijkse arbeidseenheden, minder dan {{staffBelow}}.',
    TURNOVER_WITHIN: 'Omzet {{turnoverCents}}, binnen {{turnoverLimitCents}}.',
    BALANCE_SHEET_WITHIN:
      'Balanstotaal {{balanceSheetCents}}, binnen {{balanceSheetLimitCents}} (de omzet van {{turnoverCents}} ligt boven {{turnoverLimitCents}}, maar één van beide volstaat).',
    NOT_BY_MONEY:
      'Geen {{sizeClass}}: omzet {{turnoverCents}} boven {{turnoverLimitCents}} en balanstotaal {{balanceSheetCents}} boven {{balanceSheetLimitCents}}.',
    NOT_BY_STAFF:
      'Geen {{sizeClass}}: personeel {{staffAwu}} jaarlijkse arbeidseenheden, {{staffBelow}} of meer.',
    ONE_YEAR_ONLY:
      'De cijfers van {{year}} alleen geven een {{sizeClassOfYear}}, maar de grootte verandert pas na twee opeenvolgende boekjaren over een drempel: nog steeds een {{sizeClass}}.',
    TWO_CONSECUTIVE_YEARS:
      '{{firstYear}} en {{secondYear}}, twee opeenvolgende boekjaren, gingen allebei over de drempels van een {{sizeClassBefore}}: nu een {{sizeClass}}.',
    SAME_OVER_YEARS:
      'Geen twee opeenvolgende boekjaren van {{firstYear}} tot {{lastYear}} gingen over een drempel: een {{sizeClass}} in die hele periode.',
  },
  sizeClasses: {
    micro: 'micro-onderneming',
    small: 'kleine onderneming',
    medium: 'middelgrote onderneming',
    large: 'grote onderneming',
  },
};
