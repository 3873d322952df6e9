/**
 * Where the company has its seat and operating sites, picked by name: Italian provinces, Belgian
 * provinces (and Brussels), Dutch provinces. The codes the rules match stay internal (shared/places).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COUNTRIES,
  PICKABLE_REGIONS,
  PROVINCES,
  placeName,
  REGIONS,
} from '../../../../../shared/places/regions';
import type { Language } from '../../../i18n/languages';

/** The countries whose places a reader of each language most likely picks: listed first (0), then the rest. */
const READERS_COUNTRIES: Record<Language, readonly string[]> = { it: ['IT'], nl: ['BE', 'NL'], en: [] };
const nearFirst = (language: Language, country: string) => {
  const near = READERS_COUNTRIES[language] ?? [];
  const at = near.indexOf(country);
  return at === -1 ? near.length : at;
};

interface Props {
  places: readonly string[];
  error?: string;
  onChange: (places: string[]) => void;
}

export function PlacePicker({ places, error, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [choice, setChoice] = useState('');
  const name = (code: string) => placeName(code, language) ?? code;
  const groups = [
    ...REGIONS.filter((r) => PROVINCES.some((p) => p.region === r.code)).map((r) => ({
      country: r.country,
      label: `${name(r.code)} — ${name(r.country)}`,
      codes: PROVINCES.filter((p) => p.region === r.code).map((p) => p.code),
    })),
    {
      country: 'NL',
      label: name('NL'),
      codes: PROVINCES.filter((p) => p.region === 'NL').map((p) => p.code),
    },
    ...COUNTRIES.filter((c) => PICKABLE_REGIONS.some((r) => r.country === c.code)).map((c) => ({
      country: c.code,
      label: `${name(c.code)}`,
      codes: PICKABLE_REGIONS.filter((r) => r.country === c.code).map((r) => r.code),
    })),
  ].sort((a, b) => nearFirst(language, a.country) - nearFirst(language, b.country));
  const describedBy = ['company-places-hint', error ? 'company-places-error' : ''].filter(Boolean).join(' ');
  return (
    <fieldset id="company-places" tabIndex={-1} aria-describedby={describedBy}>
      <legend>{t('company.places')}</legend>
      <p id="company-places-hint" className="hint">
        {t('company.placesHint')}
      </p>
      {places.length === 0 ? (
        <p>{t('company.noPlaces')}</p>
      ) : (
        <ul className="places">
          {places.map((place, i) => (
            <li key={place}>
              {name(place)} <span className="hint">({i === 0 ? t('company.seat') : t('company.site')})</span>{' '}
              {i > 0 && (
                <button type="button" onClick={() => onChange([place, ...places.filter((p) => p !== place)])}>
                  {t('company.makeSeat', { place: name(place) })}
                </button>
              )}{' '}
              <button type="button" onClick={() => onChange(places.filter((p) => p !== place))}>
                {t('company.removePlace', { place: name(place) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="company-place">{t('company.placePick')}</label>
        <select
          id="company-place"
          value={choice}
          aria-invalid={Boolean(error)}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="">{t('company.placeChoose')}</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.codes.map((code) => (
                <option key={code} value={code}>
                  {name(code)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={!choice || places.includes(choice)}
        onClick={() => {
          onChange([...places, choice]);
          setChoice('');
        }}
      >
        {t('company.addPlace')}
      </button>
      {error && (
        <p id="company-places-error" className="error">
          {t('company.placesMissing')}
        </p>
      )}
    </fieldset>
  );
}
