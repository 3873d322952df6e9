/**
 * A catalogue record's public page: status and dates in Italy's time, the granting body, who may apply
 * (sizes, kinds of applicant, where, sectors), purposes and forms of aid, amounts, the description and
 * the link to the official page, with a plain notice that this is a summary of the official record and
 * the catalogue's attribution. A withdrawn record says it is no longer in the official catalogue.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { CatalogueCall } from '../../../../../shared/catalogue/catalogue-call-schema';
import { PageFailure } from '../../../components/page-failure';
import { ApiRequestError } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';
import { failureWords } from '../../../lib/failure-words';
import { formatCents } from '../../../lib/format';
import { useCatalogueEntry } from '../api/get-catalogue-entry';
import { AdoptFormSlot } from './adopt-form-slot';
import { momentText, useCatalogueWords } from './use-catalogue-words';

export function CatalogueEntryPage() {
  const { sourceId = '' } = useParams();
  const entry = useCatalogueEntry(sourceId);
  const { session } = useAppContext();
  const { t } = useTranslation('catalogue');
  if (entry.isPending) return <p role="status">{t('call.loading')}</p>;
  if (entry.isError && entry.data === undefined) {
    // An id that is not a number (400) is no record either.
    const notFound = entry.error instanceof ApiRequestError && [400, 404].includes(entry.error.status);
    return (
      <PageFailure
        title={t('call.pageTitle')}
        message={notFound ? t('call.notFound') : t('call.failed', { message: failureWords(entry.error) })}
      >
        <p>
          <Link to="/catalogue">{t('call.back')}</Link>
        </p>
      </PageFailure>
    );
  }
  const { call, callStatus, status, attribution } = entry.data;
  return (
    <article aria-labelledby="catalogue-call-title">
      <h1 id="catalogue-call-title">{call.title}</h1>
      {status === 'withdrawn' && (
        <p className="notice notice-warning">
          <strong>{t('call.withdrawn')}</strong>
        </p>
      )}
      <p className="notice">
        <strong>{t('call.notice')}</strong>
      </p>
      <Facts call={call} callStatus={callStatus} />
      <WhoMayApply call={call} />
      <Money call={call} />
      <Description call={call} />
      {session?.roles.includes('association') && status === 'active' && callStatus !== 'closed' && (
        <AdoptFormSlot sourceId={sourceId} call={call} />
      )}
      <p>
        {call.officialUrl ? (
          <a href={call.officialUrl} target="_blank" rel="noopener noreferrer">
            {t('call.official')}
          </a>
        ) : (
          t('call.noOfficial')
        )}
      </p>
      <p className="hint attribution">{attribution}</p>
      <p>
        <Link to="/catalogue">{t('call.back')}</Link>
      </p>
    </article>
  );
}

/** A day stated without a time is a day, not its last second. */
const machineTime = (moment: NonNullable<CatalogueCall['window']['closes']>) =>
  moment.precision === 'day' ? moment.date : moment.at;

function Facts({ call, callStatus }: { call: CatalogueCall; callStatus: 'open' | 'upcoming' | 'closed' }) {
  const { t } = useTranslation('catalogue');
  const words = useCatalogueWords();
  const callWindow = call.window;
  return (
    <section aria-labelledby="catalogue-call-facts">
      <h2 id="catalogue-call-facts">{t('call.facts')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('call.status')}</dt>
          <dd>{words.status(callStatus)}</dd>
        </div>
        {callWindow.opens && (
          <div>
            <dt>{t('call.opens')}</dt>
            <dd>
              <time dateTime={machineTime(callWindow.opens)}>{momentText(callWindow.opens)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('call.closes')}</dt>
          <dd>
            {callWindow.closes ? (
              <time dateTime={machineTime(callWindow.closes)}>{momentText(callWindow.closes)}</time>
            ) : (
              words.closes(callWindow)
            )}
          </dd>
        </div>
        {call.grantingBody && (
          <div>
            <dt>{t('call.grantingBody')}</dt>
            <dd>{call.grantingBody}</dd>
          </div>
        )}
        {(call.budget.cents !== undefined || call.budget.text) && (
          <div>
            <dt>{t('call.budget')}</dt>
            <dd>{call.budget.cents !== undefined ? formatCents(call.budget.cents) : call.budget.text}</dd>
          </div>
        )}
      </dl>
      {callWindow.closedEarly && <p>{t('call.closedEarly')}</p>}
      {callWindow.note && (
        <p>
          <strong>{t('call.dateNote')}:</strong> {callWindow.note}
        </p>
      )}
    </section>
  );
}

function WhoMayApply({ call }: { call: CatalogueCall }) {
  const { t } = useTranslation('catalogue');
  const words = useCatalogueWords();
  const { names } = words;
  const { area, ateco } = call;
  return (
    <section aria-labelledby="catalogue-call-who">
      <h2 id="catalogue-call-who">{t('call.who')}</h2>
      <dl className="stacked">
        <dt>{t('call.sizes')}</dt>
        <dd>
          {call.sizeClasses.length > 0
            ? words.list(call.sizeClasses.map(words.size))
            : t(call.acceptsUnclassified ? 'call.unclassifiedOnly' : 'call.anySize')}
          {call.acceptsUnclassified && call.sizeClasses.length > 0 && (
            <>
              <br />
              {t('call.unclassified')}
            </>
          )}
        </dd>
        {call.applicantTypes.length > 0 && (
          <>
            <dt>{t('call.applicants')}</dt>
            <dd>{words.list(call.applicantTypes.map(names.applicantType))}</dd>
          </>
        )}
        <dt>{t('call.where')}</dt>
        <dd>{words.where(area)}</dd>
        {area.municipalities.kind === 'listed' && (
          <>
            <dt>{t('call.municipalities')}</dt>
            <dd>{words.list(area.municipalities.names)}</dd>
          </>
        )}
        {area.specialAreas.length > 0 && (
          <>
            <dt>{t('call.specialAreas')}</dt>
            <dd>{words.list(area.specialAreas.map(names.specialArea))}</dd>
          </>
        )}
        <dt>{t('call.sectors')}</dt>
        <dd>
          {ateco.kind === 'all-sectors' && t('call.allSectors')}
          {ateco.kind === 'unspecified' &&
            (call.sectors.length > 0
              ? words.list(call.sectors.map(names.sector))
              : t('call.sectorsNotStated'))}
          {ateco.kind === 'codes' && (
            <>
              {call.sectors.length > 0 && <p>{words.list(call.sectors.map(names.sector))}</p>}
              {ateco.lists.map((list) => (
                <details key={list.edition} className="codes">
                  <summary>
                    {t('call.atecoCodes', { count: list.codes.length, edition: list.edition })}
                  </summary>
                  <p className="ateco-codes">{list.codes.join(', ')}</p>
                </details>
              ))}
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}

function Money({ call }: { call: CatalogueCall }) {
  const { t } = useTranslation('catalogue');
  const words = useCatalogueWords();
  const { names } = words;
  const stated = (range: CatalogueCall['aid']) => Boolean(range.minCents || range.maxCents);
  return (
    <section aria-labelledby="catalogue-call-money">
      <h2 id="catalogue-call-money">{t('call.money')}</h2>
      <dl className="stacked">
        {call.purposes.length > 0 && (
          <>
            <dt>{t('call.purposes')}</dt>
            <dd>{words.list(call.purposes.map(names.purpose))}</dd>
          </>
        )}
        {call.aidForms.length > 0 && (
          <>
            <dt>{t('call.aidForms')}</dt>
            <dd>{words.list(call.aidForms.map(names.aidForm))}</dd>
          </>
        )}
        {stated(call.spend) && (
          <>
            <dt>{t('call.spend')}</dt>
            <dd>{words.amount(call.spend)}</dd>
          </>
        )}
        <dt>{t('call.aid')}</dt>
        <dd>{words.amount(call.aid)}</dd>
      </dl>
    </section>
  );
}

function Description({ call }: { call: CatalogueCall }) {
  const { t } = useTranslation('catalogue');
  const { what, who, offers } = call.descriptionParts;
  const parts = [
    ['what', t('call.what'), what],
    ['who', t('call.whoText'), who],
    ['offers', t('call.offers'), offers],
  ] as const;
  const hasParts = parts.some(([, , text]) => text);
  const basis = call.legalBasis.primary ?? call.legalBasis.implementing;
  return (
    <section aria-labelledby="catalogue-call-description">
      <h2 id="catalogue-call-description">{t('call.description')}</h2>
      {hasParts
        ? parts.map(
            ([key, heading, text]) =>
              text && (
                <div key={key}>
                  <h3>{heading}</h3>
                  <p>{text}</p>
                </div>
              ),
          )
        : call.description && <p>{call.description}</p>}
      {basis && (
        <>
          <h3>{t('call.legalBasis')}</h3>
          <p>{basis}</p>
        </>
      )}
    </section>
  );
}
