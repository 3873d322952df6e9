import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages as en } from '../i18n/locales/en';
import { messages as it_ } from '../i18n/locales/it';
import { messages as nl } from '../i18n/locales/nl';
import { ApiRequestError } from './api-error';
import { failureWords } from './failure-words';
import { NoAnswerError } from './no-answer';

/** An answer as the API sends it: an English message for developers, naming an internal id. */
const answer = (status: number, code: string, retryAfterSeconds?: number) =>
  new ApiRequestError(
    status,
    { code, message: `review rev-8f3a changed or is signed (${code})` },
    undefined,
    retryAfterSeconds,
  );

describe('why something failed, in words', () => {
  beforeAll(async () => {
    await i18next.init({
      lng: 'en',
      resources: { en: { translation: en }, it: { translation: it_ }, nl: { translation: nl } },
      interpolation: { escapeValue: false },
    });
  });

  it('never shows the API’s own message, nor the browser’s', async () => {
    for (const error of [
      answer(404, 'not_found'),
      answer(409, 'conflict'),
      answer(500, 'internal'),
      answer(422, 'call_closed'),
      new NoAnswerError('No answer', { cause: new TypeError('Failed to fetch') }),
      new TypeError("Cannot read properties of undefined (reading 'lines')"),
    ]) {
      const words = failureWords(error);
      expect(words).not.toMatch(/rev-8f3a|Failed to fetch|failure\./);
      expect(words.length).toBeGreaterThan(10);
    }
  });

  it('says a request with no answer could not reach GrantFit, and anything else thrown as ours', () => {
    expect(failureWords(new NoAnswerError('No answer'))).toBe(en.failure.offline);
    // A TypeError is also what a bug of ours throws: it is not the reader's connection.
    expect(failureWords(new TypeError("Cannot read properties of undefined (reading 'lines')"))).toBe(
      en.failure.server,
    );
    expect(failureWords(new Error('The review could not be read again.'))).toBe(en.failure.server);
    expect(failureWords('a string')).toBe(en.failure.server);
  });

  it.each([
    ['unauthenticated', 401, 'session'],
    ['forbidden', 403, 'forbidden'],
    ['not_found', 404, 'notFound'],
    ['conflict', 409, 'conflict'],
    ['call_published', 409, 'callPublished'],
    ['call_not_published', 409, 'callNotPublished'],
    ['call_not_draft', 409, 'callNotDraft'],
    ['review_signed', 409, 'reviewSigned'],
    ['application_decided', 409, 'applicationDecided'],
    ['record_withdrawn', 409, 'recordWithdrawn'],
    ['already_withdrawn', 409, 'alreadyWithdrawn'],
    ['payload_too_large', 413, 'tooLarge'],
    ['internal', 500, 'server'],
    ['profile_missing', 422, 'profileMissing'],
    ['no_rules', 422, 'noRules'],
    ['deadline_passed', 422, 'deadlinePassed'],
    ['deadline_offset_mismatch', 422, 'deadlineZone'],
    ['rules_invalid', 422, 'rulesInvalid'],
    ['review_incomplete', 422, 'reviewIncomplete'],
    ['unknown_consultancy', 400, 'unknownConsultancy'],
    ['override_too_high', 422, 'overrideTooHigh'],
    ['call_closed', 409, 'callClosed'],
    ['call_version_changed', 409, 'callVersionChanged'],
    ['already_applied', 409, 'alreadyApplied'],
    ['unfundable', 422, 'unfundable'],
    ['submit_expired', 409, 'submitExpired'],
    ['answers_invalid', 400, 'answersInvalid'],
    ['idempotency_key_reused', 409, 'keyReused'],
    ['already_shared', 409, 'alreadyShared'],
    ['unusable_token', 200, 'tokenUnusable'],
  ] as const)('says %s (%i) as %s', (code, status, reason) => {
    expect(failureWords(answer(status, code))).toBe(en.failure[reason]);
  });

  it.each([
    [400, 'invalid'],
    [401, 'session'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'conflict'],
    [410, 'notFound'],
    [413, 'tooLarge'],
    [422, 'invalid'],
    [429, 'busy'],
    [500, 'server'],
    [502, 'server'],
    [503, 'busy'],
    [504, 'server'],
  ] as const)('says an answer %i with a code it does not know as %s', (status, reason) => {
    expect(failureWords(answer(status, 'something_new'))).toBe(en.failure[reason]);
  });

  it('reads the code first, then the status', () => {
    expect(failureWords(answer(422, 'profile_missing'))).toBe(en.failure.profileMissing);
    expect(failureWords(answer(409, 'already_applied'))).toBe(en.failure.alreadyApplied);
    expect(failureWords(answer(404, 'whatever'))).toBe(en.failure.notFound);
    expect(failureWords(answer(401, 'whatever'))).toBe(en.failure.session);
    expect(failureWords(answer(403, 'whatever'))).toBe(en.failure.forbidden);
    expect(failureWords(answer(409, 'whatever'))).toBe(en.failure.conflict);
    expect(failureWords(answer(429, 'busy'))).toBe(en.failure.busy);
    expect(failureWords(answer(503, 'unavailable'))).toBe(en.failure.busy);
    expect(failureWords(answer(400, 'invalid_input'))).toBe(en.failure.invalid);
    expect(failureWords(answer(502, 'whatever'))).toBe(en.failure.server);
  });

  it('does not look a code up on an object', () => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(failureWords(answer(400, code))).toBe(en.failure.invalid);
  });

  it('says how long to wait when the API said so', () => {
    expect(failureWords(answer(429, 'rate_limited', 42))).toBe(
      'Too many tries in a short time. Try again in 42 seconds.',
    );
    expect(failureWords(answer(429, 'rate_limited', 1))).toBe(
      'Too many tries in a short time. Try again in 1 second.',
    );
    expect(failureWords(answer(429, 'rate_limited'))).toBe(en.failure.rateLimited);
  });

  it('speaks the page’s language', async () => {
    await i18next.changeLanguage('it');
    expect(failureWords(new NoAnswerError('No answer'))).toBe(it_.failure.offline);
    expect(failureWords(answer(404, 'not_found'))).toBe(it_.failure.notFound);
    await i18next.changeLanguage('nl');
    expect(failureWords(answer(409, 'call_closed'))).toBe(nl.failure.callClosed);
    await i18next.changeLanguage('en');
  });
});
