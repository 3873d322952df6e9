/**
 * Problems found by reading records, that no rule can see: a purpose tag the text contradicts (ID 1426,
 * energy efficiency in cinemas, tagged Digitalizzazione; ID 1671, company training, tagged Sostegno
 * liquidità). Each is pinned to the raw hash of the record it was found in: once the portal changes the
 * record, the note no longer applies and is dropped with the old version.
 */
import { type CatalogueWarning, warn } from './warnings';

interface ReviewedIssue {
  rawHash: string;
  issue: string;
  message: string;
}

const REVIEWED = new Map<string, ReviewedIssue>([
  [
    '1426',
    {
      rawHash: 'sha256:4d0c982225bada978233154419a2242ded5ff0a2003686bcd9c9186f030f8383',
      issue: 'purpose-tag',
      message: 'tagged Digitalizzazione, but the call funds energy efficiency in theatres and cinemas',
    },
  ],
  [
    '1671',
    {
      rawHash: 'sha256:5b8619d33486396d3d1827436538e8f7337722f8139fb811863a7872db4158ad',
      issue: 'purpose-tag',
      message: 'tagged Sostegno liquidità, but the call funds company training',
    },
  ],
]);

export function reviewedIssues(sourceId: string, rawHash: string): CatalogueWarning[] {
  const found = REVIEWED.get(sourceId);
  if (!found || found.rawHash !== rawHash) return [];
  return [warn('REVIEWED_ISSUE', { issue: found.issue }, found.message)];
}

/** For the test that keeps every entry pinned to a shipped record. */
export const REVIEWED_ISSUE_IDS = [...REVIEWED.keys()];
export const reviewedHashOf = (sourceId: string) => REVIEWED.get(sourceId)?.rawHash;
