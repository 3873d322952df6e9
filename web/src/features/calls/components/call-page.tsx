/**
 * A call's public page: its figures, who may apply, what spending it funds and at what rate, the
 * deadline in the call's own time zone, what is left of the budget and how many receipts were given
 * (asked again every few seconds while the call is open), and the official notice. Codes are shown as
 * words (labels).
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isOpen } from '../../../../../shared/calls/is-open';
import { PageFailure } from '../../../components/page-failure';
import type { Language } from '../../../i18n/languages';
import { failureWords } from '../../../lib/failure-words';
import { formatCents, formatDeadline, formatNumber } from '../../../lib/format';
import { useLabels } from '../../../lib/labels';
import { useCallAvailability, usePublicCall } from '../api/get-call';

const percent = (bp: number) => `${bp / 100} %`;

export function CallPage() {
  const { callId = '' } = useParams();
  const call = usePublicCall(callId);
  const availability = useCallAvailability(callId, Boolean(call.data));
  const labels = useLabels();
  const { t, i18n } = useTranslation();
  if (call.isPending) return <p role="status">{t('common.loading')}</p>;
  if (call.isError && !call.data) {
    // No network, a busy server: said as what it is, not as a call that may not exist (also when a call
    // found missing before could not be asked again).
    const message = t('callPage.loadFailed', { message: failureWords(call.error) });
    return <PageFailure title={t('callPage.pageTitle')} message={message} />;
  }
  const c = call.data;
  // Not there: what a closed-and-removed, a draft or a mistyped call answers (get-call.ts).
  if (c === null) return <PageFailure title={t('callPage.pageTitle')} message={t('callPage.failed')} />;
  const rules = c.rules;
  // The budget's figures come a moment after the call: their places are kept until then, so the facts
  // and everything under them do not move when they arrive (a layout shift). What is left of the budget
  // is said only while a first-come call is open, as the API answers it.
  const figures = availability.data;
  const showsLeft = figures
    ? figures.remainingCents !== undefined
    : rules?.allocation.mode === 'first-come' && isOpen(c, new Date());
  const notYet = availability.isError ? (
    <dd>{t('callPage.figuresFailed')}</dd>
  ) : (
    <dd>
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">{t('common.loading')}</span>
    </dd>
  );
  const language = i18n.language as Language;
  const words = (text: { en: string; it?: string; nl?: string }) => text[language] ?? text.en;
  const list = (codes: readonly string[], name: (code: string) => string) => codes.map(name).join(', ');
  return (
    <section aria-labelledby="call-title">
      <h1 id="call-title">{c.title}</h1>
      {c.description && <p>{c.description}</p>}
      <dl className="facts">
        <div>
          <dt>{t('calls.budget')}</dt>
          <dd>{formatCents(c.budgetCents)}</dd>
        </div>
        {showsLeft && (
          <div>
            <dt>{t('callPage.left')}</dt>
            {figures?.remainingCents !== undefined ? (
              <dd data-testid="call-left">{formatCents(figures.remainingCents)}</dd>
            ) : (
              notYet
            )}
          </div>
        )}
        <div>
          <dt>{t('callPage.receiptsLabel')}</dt>
          {figures ? (
            <dd data-testid="call-receipts">
              {t('callPage.receipts', { count: figures.receipts, number: formatNumber(figures.receipts) })}
            </dd>
          ) : (
            notYet
          )}
        </div>
        <div>
          <dt>{t('calls.closes')}</dt>
          <dd>
            <time dateTime={c.closesAt}>{formatDeadline(c.closesAt, c.timeZone)}</time>{' '}
            <span className="zone">({c.timeZone.replace('_', ' ')})</span>
          </dd>
        </div>
        {rules && (
          <div>
            <dt>{t('callPage.rate')}</dt>
            <dd>{percent(rules.totals.rate.defaultBp)}</dd>
          </div>
        )}
        {rules?.totals.maxGrantCents !== undefined && (
          <div>
            <dt>{t('callPage.maxGrant')}</dt>
            <dd>{formatCents(rules.totals.maxGrantCents)}</dd>
          </div>
        )}
        {rules?.totals.minProjectCents !== undefined && (
          <div>
            <dt>
              {rules.totals.projectCostBasis === 'requested'
                ? t('callPage.minProjectRequested')
                : t('callPage.minProject')}
            </dt>
            <dd>{formatCents(rules.totals.minProjectCents)}</dd>
          </div>
        )}
      </dl>
      {rules && (
        <>
          <h2>{t('callPage.who')}</h2>
          <ul>
            <li>
              {t('callPage.sizes', {
                sizes: rules.applicant.sizeClasses.map((s) => t(`callPage.size.${s}`)).join(', '),
              })}
            </li>
            <li>
              {rules.applicant.regions.include.length > 0
                ? t('callPage.regions', { regions: list(rules.applicant.regions.include, labels.region) })
                : t('callPage.anywhere')}
            </li>
            {rules.applicant.regions.exclude.length > 0 && (
              <li>
                {t('callPage.notRegions', { regions: list(rules.applicant.regions.exclude, labels.region) })}
              </li>
            )}
            {rules.applicant.sectors.include.length > 0 && (
              <li>
                {t('callPage.sectors', { sectors: list(rules.applicant.sectors.include, labels.sector) })}
              </li>
            )}
            {rules.applicant.sectors.exclude.length > 0 && (
              <li>
                {t('callPage.notSectors', { sectors: list(rules.applicant.sectors.exclude, labels.sector) })}
              </li>
            )}
            {rules.applicant.minYearsRegistered !== undefined && (
              <li>{t('callPage.years', { count: rules.applicant.minYearsRegistered })}</li>
            )}
            {rules.applicant.requiredDeclarations.length > 0 && (
              <li>
                {t('callPage.declarations', {
                  declarations: list(rules.applicant.requiredDeclarations, labels.declaration),
                })}
              </li>
            )}
          </ul>
          <h2>{t('callPage.what')}</h2>
          <ul>
            {rules.categories.map((category) => (
              <li key={category.id}>
                <strong>{words(category.label)}</strong>
                {': '}
                {list(category.taxonomy, labels.taxonomy)}
                {category.rate && ` — ${percent(category.rate.defaultBp)}`}
                {category.capCents !== undefined &&
                  ` — ${t('callPage.cap', { amount: formatCents(category.capCents) })}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {c.officialUrl && (
        <p>
          <a href={c.officialUrl} rel="noopener noreferrer">
            {t('callPage.official')}
          </a>
        </p>
      )}
      <p>
        <Link className="button-link" to="/sign-up">
          {t('callPage.check')}
        </Link>
      </p>
    </section>
  );
}
