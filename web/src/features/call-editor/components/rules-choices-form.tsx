/**
 * The rules a call states in words, as plain questions: which spend the project limits are measured
 * on, other aid on the same cost, when the project may start and costs may be invoiced, and whether a
 * share range refuses the plan or caps the group. Each answer is written into the rules JSON.
 */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { currentLocale } from '../../../i18n/i18n';
import {
  COST_BASES,
  type CostBasis,
  hasTiming,
  OTHER_AID_CHOICES,
  type OtherAidChoice,
  OUTSIDE_CHOICES,
  type OutsideChoice,
  parseDays,
  readApplyWithinDays,
  readCostBasis,
  readOtherAid,
  readOutside,
  TIMING_RULES,
  type TimingRule,
  writeApplyWithinDays,
  writeCostBasis,
  writeOtherAid,
  writeOutside,
  writeTiming,
} from './rules-choices';
import { isOneOf, labelOf, parseFigure, showFigure } from './rules-figures';

import { type RulesJsonProps, useTypedFields } from './use-typed-fields';

export function RulesChoicesForm({ json, onChange }: RulesJsonProps) {
  const { t, i18n } = useTranslation('rules');
  const locale = currentLocale();
  // Texts being typed (an intensity, a number of days, articles) until they can be written.
  const { typing, problems, type, problem, stopTyping } = useTypedFields();

  const otherAid = readOtherAid(json);
  const aidArticle = typing.aidArticle ?? otherAid.article;
  // The article new date rules cite; each rule already there keeps its own.
  const timesArticle = typing.timingArticle ?? '';
  const days = readApplyWithinDays(json);
  const ranges = Array.isArray(json.shareRanges) ? (json.shareRanges as unknown[]) : [];

  const intensityShown = typing.intensity ?? showFigure('percent', otherAid.maxIntensityBp ?? 10_000, locale);
  const setIntensity = (input: string) => {
    type('intensity', input);
    const parsed = parseFigure('percent', input);
    if (!parsed.ok || parsed.value === undefined) {
      problem('intensity', t('figures.problems.percent'));
      return;
    }
    problem('intensity', undefined);
    onChange(
      writeOtherAid(json, { ...otherAid, article: aidArticle, maxIntensityBp: parsed.value as number }),
    );
  };
  const setDays = (input: string) => {
    type('days', input);
    const parsed = parseDays(input);
    if (!parsed.ok) {
      problem('days', t('choices.daysProblem'));
      return;
    }
    problem('days', undefined);
    onChange(writeApplyWithinDays(json, parsed.value, timesArticle));
  };
  const timingBox = (rule: TimingRule) => (
    <div className="check" key={rule}>
      <input
        id={`choice-timing-${rule}`}
        type="checkbox"
        checked={hasTiming(json, rule)}
        onChange={(e) => onChange(writeTiming(json, rule, e.target.checked, timesArticle))}
      />
      <label htmlFor={`choice-timing-${rule}`}>{t(`choices.timing.${rule}`)}</label>
    </div>
  );

  return (
    <fieldset className="figures">
      <legend>{t('choices.legend')}</legend>
      <p className="hint">{t('choices.hint')}</p>
      <Field id="choice-cost-basis" label={t('choices.costBasis')} hint={t('choices.costBasisHint')}>
        {(aria) => (
          <select
            {...aria}
            value={readCostBasis(json)}
            onChange={(e) => {
              const basis = e.target.value;
              if (isOneOf<CostBasis>(COST_BASES, basis)) onChange(writeCostBasis(json, basis));
            }}
          >
            {COST_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {t(`choices.costBases.${basis}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset>
        <legend>{t('choices.otherAid')}</legend>
        <Field id="choice-other-aid" label={t('choices.otherAidPolicy')} hint={t('choices.otherAidHint')}>
          {(aria) => (
            <select
              {...aria}
              value={otherAid.choice}
              onChange={(e) => {
                const choice = e.target.value;
                if (isOneOf<OtherAidChoice>(OTHER_AID_CHOICES, choice)) {
                  onChange(writeOtherAid(json, { ...otherAid, choice, article: aidArticle }));
                }
              }}
            >
              {OTHER_AID_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`choices.otherAidChoices.${choice}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {otherAid.choice === 'max-intensity' && (
          <Field id="choice-intensity" label={t('choices.intensity')} error={problems.intensity}>
            {(aria) => (
              <input
                {...aria}
                inputMode="decimal"
                value={intensityShown}
                onChange={(e) => setIntensity(e.target.value)}
                onBlur={() => stopTyping('intensity')}
              />
            )}
          </Field>
        )}
        {otherAid.choice !== 'unchecked' && (
          <Field id="choice-aid-article" label={t('choices.article')}>
            {(aria) => (
              <input
                {...aria}
                value={aidArticle}
                onChange={(e) => {
                  type('aidArticle', e.target.value);
                  if (e.target.value.trim())
                    onChange(writeOtherAid(json, { ...otherAid, article: e.target.value }));
                }}
                onBlur={() => stopTyping('aidArticle')}
              />
            )}
          </Field>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('choices.timingLegend')}</legend>
        <Field
          id="choice-timing-article"
          label={t('choices.timingArticle')}
          hint={t('choices.timingArticleHint')}
        >
          {(aria) => (
            <input {...aria} value={timesArticle} onChange={(e) => type('timingArticle', e.target.value)} />
          )}
        </Field>
        {(Object.keys(TIMING_RULES) as TimingRule[]).map(timingBox)}
        <Field
          id="choice-apply-within"
          label={t('choices.applyWithin')}
          hint={t('choices.applyWithinHint')}
          error={problems.days}
        >
          {(aria) => (
            <input
              {...aria}
              inputMode="numeric"
              value={typing.days ?? (days === undefined ? '' : String(days))}
              onChange={(e) => setDays(e.target.value)}
              onBlur={() => stopTyping('days')}
            />
          )}
        </Field>
      </fieldset>

      {ranges.map((range, index) => {
        const name = labelOf(range, i18n.language, index + 1);
        return (
          <Field
            // biome-ignore lint/suspicious/noArrayIndexKey: a range is edited in place; its position is its identity here.
            key={index}
            id={`choice-range-${index}`}
            label={t('choices.outside', { name })}
          >
            {(aria) => (
              <select
                {...aria}
                value={readOutside(json, index)}
                onChange={(e) => {
                  const choice = e.target.value;
                  if (isOneOf<OutsideChoice>(OUTSIDE_CHOICES, choice))
                    onChange(writeOutside(json, index, choice));
                }}
              >
                {OUTSIDE_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {t(`choices.outsideChoices.${choice}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
