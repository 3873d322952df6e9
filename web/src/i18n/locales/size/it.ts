/** Italiano, size namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  size: {
    PUBLIC_BODIES: 'Il {{pct}} % è detenuto da enti pubblici (25 % o più): non è una PMI.',
    STAFF_BELOW: 'Personale {{staffAwu}} ULA, meno di {{staffBelow}}.',
    TURNOVER_WITHIN: 'Fatturato {{turnoverCents}}, entro {{turnoverLimitCents}}.',
    BALANCE_SHEET_WITHIN:
      'Totale di bilancio {{balanceSheetCents}}, entro {{balanceSheetLimitCents}} (il fatturato di {{turnoverCents}} supera {{turnoverLimitCents}}, ma basta uno dei due).',
    NOT_BY_MONEY:
      'Non {{sizeClass}}: fatturato {{turnoverCents}} oltre {{turnoverLimitCents}} e totale di bilancio {{balanceSheetCents}} oltre {{balanceSheetLimitCents}}.',
    NOT_BY_STAFF: 'Non {{sizeClass}}: personale {{staffAwu}} ULA, {{staffBelow}} o più.',
    ONE_YEAR_ONLY:
      'I dati del {{year}} da soli indicano una {{sizeClassOfYear}}, ma la dimensione cambia solo dopo due esercizi consecutivi oltre una soglia: resta una {{sizeClass}}.',
    TWO_CONSECUTIVE_YEARS:
      'Nel {{firstYear}} e nel {{secondYear}}, due esercizi consecutivi, i dati sono usciti entrambe le volte dalle soglie di una {{sizeClassBefore}}: ora è una {{sizeClass}}.',
    SAME_OVER_YEARS:
      'Nessuna coppia di esercizi consecutivi dal {{firstYear}} al {{lastYear}} ha oltrepassato una soglia: una {{sizeClass}} per tutto il periodo.',
  },
  sizeClasses: {
    micro: 'microimpresa',
    small: 'piccola impresa',
    medium: 'media impresa',
    large: 'grande impresa',
  },
};
