/**
 * The second tier of the SME's matches: calls of the Italian catalogue whose records do not rule the
 * plan out, shown after the calls GrantFit checks line by line (the app composes both on the matches
 * page). Each check is said in words, marked as confirmed by the record or left for the SME to check in
 * the official text; nothing here is a verdict.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { FitCheck } from '../../../../../shared/catalogue/coarse-fit';
import { Fold } from '../../../components/fold';
import { failureWords } from '../../../lib/failure-words';
import { formatCalendarDate, formatCents } from '../../../lib/format';
import { useCatalogueFits } from '../api/get-catalogue-fits';
import { type CatalogueWords, useCatalogueWords } from './use-catalogue-words';

type T = ReturnType<typeof useTranslation<'catalogue'>>['t'];

/** One check in words, from its code and the figures it was made with. */
function checkText(check: FitCheck, t: T, words: CatalogueWords): string {
  const { names, list } = words;
  switch (check.aspect) {
    case 'window':
      if (check.code === 'upcoming')
        return check.opens
          ? t('fits.window.upcoming', { date: formatCalendarDate(check.opens) })
          : t('fits.window.upcomingUndated');
      return check.code === 'open' && check.closes
        ? t('fits.window.open', { date: formatCalendarDate(check.closes) })
        : t('fits.window.untilFundsRunOut');
    case 'purpose':
      return check.code === 'other-purposes'
        ? t('fits.purpose.other', { purposes: list(check.purposes.map(names.purpose)) })
        : t(`fits.purpose.${check.code === 'digitalisation' ? 'digitalisation' : 'unstated'}`);
    case 'area':
      if (check.code === 'region')
        return t('fits.area.region', { regions: list(check.regions.map(names.region)) });
      if (check.code === 'part-of-region') {
        return check.regions.includes('IT')
          ? t('fits.area.partOfItaly')
          : t('fits.area.partOfRegion', { regions: list(check.regions.map(names.region)) });
      }
      return t(`fits.area.${check.code === 'national' ? 'national' : 'unstated'}`);
    case 'size':
      return check.code === 'listed'
        ? t('fits.size.listed', { size: words.size(check.size) })
        : t('fits.size.unstated');
    case 'sector':
      if (check.code === 'listed') return t('fits.sector.listed', { code: check.sectorCode });
      if (check.code === 'narrower') return t('fits.sector.narrower', { code: check.sectorCode });
      if (check.code === 'other-edition')
        return t('fits.sector.otherEdition', { code: check.sectorCode, edition: check.editions.join(', ') });
      return t(`fits.sector.${check.code === 'all-sectors' ? 'all' : 'unstated'}`);
    case 'applicant':
      if (check.code === 'some-enterprises')
        return t('fits.applicant.some', { types: list(check.types.map(names.applicantType)) });
      return t(`fits.applicant.${check.code === 'enterprises' ? 'enterprises' : 'unstated'}`);
    case 'costs':
      return check.code === 'covered'
        ? t('fits.costs.covered', {
            count: check.lines,
            of: check.ofLines,
            amount: formatCents(check.coveredCents),
            families: list(check.families.map(names.costFamily)),
          })
        : t('fits.costs.unstated');
    case 'spend':
      if (check.code === 'within')
        return t('fits.spend.within', {
          plan: formatCents(check.planCents),
          range: words.amount({ minCents: check.minCents, maxCents: check.maxCents }),
        });
      if (check.code === 'above-max')
        return t('fits.spend.aboveMax', {
          plan: formatCents(check.planCents),
          max: formatCents(check.maxCents ?? 0),
        });
      return t('fits.spend.unstated');
  }
}

export function CatalogueFits({ planId }: { planId: string }) {
  const fits = useCatalogueFits(planId);
  const { t } = useTranslation('catalogue');
  const words = useCatalogueWords();
  const items = fits.data?.items ?? [];
  // The catalogue is Italy's: for a company with no place in Italy there is nothing to show.
  if (fits.data?.outsideItaly) return null;
  return (
    <section aria-labelledby="catalogue-fits-title" className="catalogue-fits">
      <h2 id="catalogue-fits-title" className="group-title">
        {t('fits.title')}
      </h2>
      {fits.isPending && <p role="status">{t('fits.loading')}</p>}
      {fits.isError && <p role="alert">{t('fits.failed', { message: failureWords(fits.error) })}</p>}
      {fits.data && items.length === 0 && <p>{t('fits.none')}</p>}
      {/* Folded: a second tier, read on request (and no late, large paint under the checked matches). */}
      {items.length > 0 && (
        <Fold summary={t('fits.show', { count: fits.data?.total ?? items.length })}>
          {() => (
            <>
              <p>{t('fits.intro')}</p>
              {fits.data && fits.data.total > items.length && (
                <p>{t('fits.shown', { total: fits.data.total, shown: items.length })}</p>
              )}
              <ol className="card-list">
                {items.map((fit) => (
                  <li key={fit.sourceId} className="card">
                    <h3>
                      <Link to={`/catalogue/${fit.sourceId}`}>{fit.title}</Link>
                    </h3>
                    <p>
                      <strong>{t('fits.badge')}</strong>
                      {fit.grantingBody && <> · {fit.grantingBody}</>} ·{' '}
                      {t('fits.aid', { aid: words.amount(fit.aid) })}
                    </p>
                    <ul className="fit-checks">
                      {fit.checks.map((check) => (
                        <li key={check.aspect} data-outcome={check.outcome}>
                          <strong>{t(check.outcome === 'fits' ? 'fits.confirmed' : 'fits.toCheck')}</strong>{' '}
                          {checkText(check, t, words)}
                        </li>
                      ))}
                    </ul>
                    {fit.officialUrl && (
                      <p>
                        <a href={fit.officialUrl} target="_blank" rel="noopener noreferrer">
                          {t('fits.official')}
                          <span className="visually-hidden">: {fit.title}</span>
                        </a>
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
        </Fold>
      )}
      {fits.data && <p className="attribution">{fits.data.attribution}</p>}
    </section>
  );
}
