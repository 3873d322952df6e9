/**
 * How a catalogue record's facts read in the reader's language: status, dates in Italy's time
 * (Europe/Rome), where it applies, sizes and amounts. Shared by the result list and a record's page.
 */
import { useTranslation } from 'react-i18next';
import type { CatalogueCall } from '../../../../../shared/catalogue/catalogue-call-schema';
import type { Language } from '../../../i18n/languages';
import { formatCalendarDate, formatCents, formatDeadline } from '../../../lib/format';
import { type CatalogueNames, catalogueNames, joinNames } from '../catalogue-names';

type Moment = NonNullable<CatalogueCall['window']['closes']>;
type Range = CatalogueCall['aid'];
type CallStatus = 'open' | 'upcoming' | 'closed';
type Size = CatalogueCall['sizeClasses'][number];

/** A moment as the record states it: a day on its own, or the day and time in Italy, zone shown. */
export function momentText(moment: Moment): string {
  return moment.precision === 'time'
    ? formatDeadline(moment.at, 'Europe/Rome')
    : formatCalendarDate(moment.date);
}

export interface CatalogueWords {
  language: Language;
  names: CatalogueNames;
  status(status: CallStatus): string;
  size(size: Size): string;
  /** The closing date, or "until the funds run out" when there is none. */
  closes(window: { closes?: Moment; untilFundsRunOut: boolean }): string;
  where(area: { national: boolean; regions: readonly string[]; abroad?: boolean }): string;
  amount(range: Range): string;
  list(names: readonly string[]): string;
}

export function useCatalogueWords(): CatalogueWords {
  const { t, i18n } = useTranslation('catalogue');
  const language = i18n.language as Language;
  const names = catalogueNames(language);
  const list = (items: readonly string[]) => joinNames(items, language);
  return {
    language,
    names,
    status: (status) => t(`status.${status}`),
    size: (size) => t(`size.${size}`),
    closes: (window) => {
      if (window.closes) return momentText(window.closes);
      return window.untilFundsRunOut ? t('when.untilFundsRunOut') : t('when.notStated');
    },
    where: (area) => {
      const places = area.national ? [t('where.national')] : area.regions.map(names.region);
      if (area.abroad) places.push(t('where.abroad'));
      return places.length > 0 ? list(places) : t('where.notStated');
    },
    amount: ({ minCents, maxCents }) => {
      // A minimum of zero says nothing: "up to" reads better than "€0.00 to".
      const min = minCents ? formatCents(minCents) : undefined;
      const max = maxCents ? formatCents(maxCents) : undefined;
      if (min && max)
        return min === max ? t('amount.exactly', { amount: max }) : t('amount.range', { min, max });
      if (max) return t('amount.upTo', { max });
      if (min) return t('amount.from', { min });
      return t('amount.notStated');
    },
    list,
  };
}
