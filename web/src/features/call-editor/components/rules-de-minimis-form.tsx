/**
 * The call's de minimis rule as plain questions: is the grant de minimis aid and under which
 * regulation, what happens past the company's headroom, and lower ceilings for some sectors (sector
 * codes read back by name). Each answer is written into the rules JSON.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DE_MINIMIS_CEILING_CENTS } from '../../../../../shared/eligibility/de-minimis';
import { Field } from '../../../components/field';
import { currentLocale } from '../../../i18n/i18n';
import { formatCents } from '../../../lib/format';
import { useLabels } from '../../../lib/labels';
import {
  type DeMinimisRule,
  EXCESS_CHOICES,
  type ExcessChoice,
  parseSectors,
  REGULATION_CHOICES,
  type RegulationChoice,
  readDeMinimis,
  type SectorCeiling,
  writeDeMinimis,
} from './rules-de-minimis';
import { isOneOf, parseFigure, showFigure } from './rules-figures';
import { type RulesJsonProps, useTypedFields } from './use-typed-fields';

export function RulesDeMinimisForm({ json, onChange }: RulesJsonProps) {
  const { t } = useTranslation('rules');
  const labels = useLabels();
  const locale = currentLocale();
  // Texts being typed (sector lists, amounts, articles) until they can be written.
  const { typing, problems, type, problem, stopTyping, reset } = useTypedFields();
  // The rule as it was before "not de minimis" was chosen, so choosing a regulation again restores it.
  const [before, setBefore] = useState<DeMinimisRule>();

  const rule = readDeMinimis(json);
  const write = (patch: Partial<DeMinimisRule>) => onChange(writeDeMinimis(json, { ...rule, ...patch }));
  const writeCeiling = (index: number, patch: Partial<SectorCeiling>) =>
    write({ ceilings: rule.ceilings.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  const setSectors = (index: number, input: string) => {
    const id = `sectors-${index}`;
    type(id, input);
    const sectors = parseSectors(input);
    if (!sectors || sectors.length === 0) {
      problem(id, t('deMinimis.sectorsProblem'));
      return;
    }
    problem(id, undefined);
    writeCeiling(index, { sectors });
  };
  const setAmount = (index: number, input: string) => {
    const id = `amount-${index}`;
    type(id, input);
    const parsed = parseFigure('money', input);
    if (!parsed.ok || parsed.value === undefined) {
      problem(id, t('figures.problems.money'));
      return;
    }
    problem(id, undefined);
    writeCeiling(index, { cents: parsed.value as number });
  };
  // Ceilings are edited in place, so removing one shifts the typing state of those after it: drop it.
  const removeCeiling = (index: number) => {
    reset();
    write({ ceilings: rule.ceilings.filter((_, i) => i !== index) });
  };

  const ceiling = (c: SectorCeiling, index: number) => {
    const n = index + 1;
    const sectorsId = `sectors-${index}`;
    const empty = c.sectors.length === 0 ? t('deMinimis.sectorsProblem') : undefined;
    const ceilingCents = rule.regulation === 'none' ? 0 : DE_MINIMIS_CEILING_CENTS[rule.regulation];
    const amountId = `amount-${index}`;
    const amountProblem =
      problems[amountId] ??
      (c.cents <= 0
        ? t('deMinimis.amountMissing')
        : c.cents >= ceilingCents
          ? t('deMinimis.amountNotLower', { ceiling: formatCents(ceilingCents) })
          : undefined);
    return (
      // A ceiling is edited in place: its position is its identity here.
      <fieldset key={index}>
        <legend>{t('deMinimis.ceiling', { n })}</legend>
        <Field
          id={`de-minimis-${sectorsId}`}
          label={t('deMinimis.sectors')}
          hint={
            c.sectors.length > 0
              ? t('deMinimis.sectorsRead', {
                  names: c.sectors.map((code) => `${code} ${labels.sector(code)}`).join('; '),
                })
              : t('deMinimis.sectorsHint')
          }
          error={problems[sectorsId] ?? empty}
        >
          {(aria) => (
            <input
              {...aria}
              list="rules-sectors"
              autoComplete="off"
              value={typing[sectorsId] ?? c.sectors.join(', ')}
              onChange={(e) => setSectors(index, e.target.value)}
              onBlur={() => stopTyping(sectorsId)}
            />
          )}
        </Field>
        <Field id={`de-minimis-amount-${index}`} label={t('deMinimis.ceilingAmount')} error={amountProblem}>
          {(aria) => (
            <input
              {...aria}
              inputMode="decimal"
              value={typing[amountId] ?? (c.cents > 0 ? showFigure('money', c.cents, locale) : '')}
              onChange={(e) => setAmount(index, e.target.value)}
              onBlur={() => stopTyping(amountId)}
            />
          )}
        </Field>
        <Field id={`de-minimis-article-${index}`} label={t('deMinimis.ceilingArticle')}>
          {(aria) => (
            <input
              {...aria}
              maxLength={80}
              value={typing[`article-${index}`] ?? c.article}
              onChange={(e) => {
                type(`article-${index}`, e.target.value);
                writeCeiling(index, { article: e.target.value });
              }}
              onBlur={() => stopTyping(`article-${index}`)}
            />
          )}
        </Field>
        <button type="button" className="secondary" onClick={() => removeCeiling(index)}>
          {t('deMinimis.removeCeiling', { n })}
        </button>
      </fieldset>
    );
  };

  return (
    <fieldset className="figures">
      <legend>{t('deMinimis.legend')}</legend>
      <Field
        id="de-minimis-regulation"
        label={t('deMinimis.regulation')}
        hint={t('deMinimis.regulationHint')}
      >
        {(aria) => (
          <select
            {...aria}
            value={rule.regulation}
            onChange={(e) => {
              const regulation = e.target.value;
              if (!isOneOf<RegulationChoice>(REGULATION_CHOICES, regulation)) return;
              if (regulation === 'none') setBefore(rule);
              write({ ...(rule.regulation === 'none' && before ? before : {}), regulation });
            }}
          >
            {REGULATION_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`deMinimis.regulations.${choice}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rule.regulation !== 'none' && (
        <>
          <Field id="de-minimis-excess" label={t('deMinimis.onExcess')}>
            {(aria) => (
              <select
                {...aria}
                value={rule.onExcess}
                onChange={(e) => {
                  const onExcess = e.target.value;
                  if (isOneOf<ExcessChoice>(EXCESS_CHOICES, onExcess)) write({ onExcess });
                }}
              >
                {EXCESS_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {t(`deMinimis.excessChoices.${choice}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="de-minimis-article" label={t('deMinimis.article')} error={problems.article}>
            {(aria) => (
              <input
                {...aria}
                maxLength={80}
                value={typing.article ?? rule.article}
                onChange={(e) => {
                  type('article', e.target.value);
                  const named = e.target.value.trim() !== '';
                  problem('article', named ? undefined : t('deMinimis.articleMissing'));
                  if (named) write({ article: e.target.value });
                }}
                onBlur={() => stopTyping('article')}
              />
            )}
          </Field>
          <p className="hint">{t('deMinimis.ceilingsHint')}</p>
          {rule.regulation === 'EU-2023/2831' && rule.ceilings.length > 0 && (
            <p className="error">{t('deMinimis.noCeilings2023')}</p>
          )}
          {rule.ceilings.map(ceiling)}
          <datalist id="rules-sectors">
            {labels.sectors().map(([code, name]) => (
              <option key={code} value={`${code} — ${name}`} />
            ))}
          </datalist>
          <button
            type="button"
            className="secondary"
            onClick={() => write({ ceilings: [...rule.ceilings, { sectors: [], cents: 0, article: '' }] })}
          >
            {t('deMinimis.addCeiling')}
          </button>
        </>
      )}
    </fieldset>
  );
}
