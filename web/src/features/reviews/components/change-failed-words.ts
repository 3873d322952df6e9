/**
 * Why a change to a review was not saved. Every change sends the review's revision, and the review
 * reloads after each answer (api/reviews.ts): a 409 is most often another change saved a moment
 * before (a second line accepted at once), so it says that the review now shows it and to do it again.
 */
import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';

export function changeFailedWords(error: Error, t: TFunction): string {
  if (error instanceof ApiRequestError && error.status === 409 && error.body.code === 'conflict')
    return t('reviews.changedMeanwhile');
  return t('reviews.notSaved', { message: failureWords(error) });
}
