/**
 * Why something failed, in the reader's language and in plain words (ADR 0034). The API's own
 * message is English, written for developers, and may name internal ids ("review rev-… changed"), so
 * a page never shows it: the words come from the answer's code, or else its status; a request that got
 * no answer at all (a `NoAnswerError`: no network, the browser's "Failed to fetch") says that GrantFit
 * could not be reached, and any other failure — a TypeError from our own code too — is said as ours.
 */
import i18next from 'i18next';
import type { Messages } from '../i18n/locales/en';
import { ApiRequestError } from './api-error';
import { NoAnswerError } from './no-answer';

/** A reason's key (a plural's forms are read through its base key). */
type Reason = Exclude<keyof Messages['failure'], `${string}_one` | `${string}_other`>;

/** The API's codes that say more than their status; a Map, so a code is never looked up on an object. */
const BY_CODE = new Map<string, Reason>([
  ['unauthenticated', 'session'],
  ['forbidden', 'forbidden'],
  ['not_found', 'notFound'],
  ['conflict', 'conflict'],
  ['call_published', 'callPublished'],
  ['call_not_published', 'callNotPublished'],
  ['call_not_draft', 'callNotDraft'],
  ['review_signed', 'reviewSigned'],
  ['application_decided', 'applicationDecided'],
  ['record_withdrawn', 'recordWithdrawn'],
  ['already_withdrawn', 'alreadyWithdrawn'],
  ['payload_too_large', 'tooLarge'],
  ['internal', 'server'],
  ['profile_missing', 'profileMissing'],
  ['no_rules', 'noRules'],
  ['deadline_passed', 'deadlinePassed'],
  ['deadline_offset_mismatch', 'deadlineZone'],
  ['rules_invalid', 'rulesInvalid'],
  ['rules_untranslated', 'rulesUntranslated'],
  ['review_incomplete', 'reviewIncomplete'],
  ['unknown_consultancy', 'unknownConsultancy'],
  ['override_too_high', 'overrideTooHigh'],
  ['call_closed', 'callClosed'],
  ['call_version_changed', 'callVersionChanged'],
  ['already_applied', 'alreadyApplied'],
  ['unfundable', 'unfundable'],
  ['submit_expired', 'submitExpired'],
  ['answers_invalid', 'answersInvalid'],
  ['idempotency_key_reused', 'keyReused'],
  ['already_shared', 'alreadyShared'],
  ['unusable_token', 'tokenUnusable'],
]);

function byStatus(status: number): Reason {
  if (status === 401) return 'session';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 413) return 'tooLarge';
  if (status === 429 || status === 503) return 'busy';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

/** The codes that have words of their own (the rest are said by their status). */
export const WORDED_CODES: readonly string[] = [...BY_CODE.keys(), 'rate_limited'];

/** One or two sentences for a failure, whatever was thrown. */
export function failureWords(error: unknown): string {
  if (error instanceof NoAnswerError) return i18next.t('failure.offline');
  if (!(error instanceof ApiRequestError)) return i18next.t('failure.server');
  if (error.body.code === 'rate_limited') {
    const seconds = error.retryAfterSeconds;
    return seconds
      ? i18next.t('failure.rateLimitedFor', { count: seconds })
      : i18next.t('failure.rateLimited');
  }
  const reason = BY_CODE.get(error.body.code) ?? byStatus(error.status);
  return i18next.t(`failure.${reason}`);
}
