/**
 * The words the dashboard and its CSV use for coded values: a company by the name it applied with, a
 * region by its name, a call category by the call's own label, a status and a decision in the reader's
 * language. Codes stay internal; a record from before names were kept reads as "name not recorded".
 */
import type { TFunction } from 'i18next';
import type { Application } from '../../../../../shared/applications/application-schema';
import type { LocalizedText } from '../../../../../shared/eligibility/call-rules-schema';
import type { Language } from '../../../i18n/languages';
import type { Labels } from '../../../lib/labels';
import type { CsvWords } from './applications-csv';
import { regionOf } from './breakdowns';

export interface DashboardWords extends CsvWords {
  category(id: string): string;
  regionName(code: string): string;
  /**
   * The grant a signed approval carries, and by how much it passes the budget reserved for the
   * application: a consultant's overrides can raise a grant, the reservation was made on the request.
   */
  reviewedGrant(a: Application): string;
}

export function dashboardWords(
  t: TFunction,
  language: Language,
  labels: Labels,
  rules: { categories: readonly { id: string; label: LocalizedText }[] },
  money: (cents: number) => string,
): DashboardWords {
  const categories = new Map(rules.categories.map((c) => [c.id, c.label[language] || c.label.en]));
  const regionName = (code: string) =>
    code === 'unknown' ? t('dashboard.unknownRegion') : labels.region(code);
  return {
    header: (column) => t(`dashboard.csvHeaders.${column}`),
    company: (a: Application) => a.companyName ?? t('dashboard.unnamedCompany'),
    region: (a) => regionName(regionOf(a.companyRegionCodes)),
    status: (a) => t(`applications.statuses.${a.status}`),
    review: (a) =>
      a.review ? t('dashboard.signedDecision', { decision: t(`reviews.outcomes.${a.review.decision}`) }) : '',
    category: (id) => categories.get(id) ?? t('dashboard.uncategorised'),
    regionName,
    reviewedGrant: (a) => {
      const grant = a.review?.grantCents;
      if (grant === undefined) return '';
      const over = a.reservedCents > 0 ? grant - a.reservedCents : 0;
      return over > 0
        ? t('dashboard.aboveReserved', { grant: money(grant), over: money(over) })
        : money(grant);
    },
  };
}
