import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CHECK_WORDS } from '../../../shared/api/check-words';
import { planInputSchema } from '../../../shared/plans/plan-schema';
import { messages as parts } from '../i18n/locales/parts/en';
import { messages as partsIt } from '../i18n/locales/parts/it';
import { messages as partsNl } from '../i18n/locales/parts/nl';
import { plainFieldMessages, plainServerMessages } from './field-messages';

const schema = z.object({
  name: z.string().min(1),
  title: z.string().min(3).max(5),
  amountCents: z.number().int().positive(),
  staff: z.number(),
  kind: z.enum(['a', 'b']),
  on: z.iso.date(),
});

describe('validation messages in plain words', () => {
  beforeAll(async () => {
    await i18next.init({
      lng: 'en',
      resources: { en: { translation: parts }, it: { translation: partsIt } },
      interpolation: { escapeValue: false },
    });
  });

  it('reads zod issues by code and limit, never by their schema message', async () => {
    const parsed = schema.safeParse({
      name: '',
      title: 'ab',
      amountCents: 0,
      staff: Number.NaN,
      kind: 'c',
      on: '31/12',
    });
    const messages = plainFieldMessages(parsed.error?.issues ?? []);
    expect(messages).toEqual({
      name: 'Fill this in.',
      title: 'Write at least 3 characters.',
      amountCents: 'Enter an amount above zero.',
      staff: 'Enter a number, such as 12 or 12.5.',
      kind: 'Choose one of the options.',
      on: 'Enter a date.',
    });
    for (const text of Object.values(messages)) expect(text).not.toMatch(/expected|>=|Too small/);
    await i18next.changeLanguage('it');
    expect(plainFieldMessages(parsed.error?.issues ?? []).name).toBe('Compila questo campo.');
    expect(plainServerMessages([{ path: 'name', message: 'is required' }])).toEqual({
      name: 'Questo valore non è stato accettato: controllalo e salva di nuovo.',
    });
    await i18next.changeLanguage('en');
  });

  it('words our schemas’ own checks by the key they carry, and only an unknown check as "check this value"', async () => {
    const plan = planInputSchema.safeParse({
      title: 'Shop online',
      projectPeriod: { from: '2026-06-01', to: '2026-05-01' },
      lines: [],
    });
    expect(plainFieldMessages(plan.error?.issues ?? [])).toMatchObject({
      'projectPeriod.to': 'End on or after the start date.',
    });
    await i18next.changeLanguage('it');
    expect(plainFieldMessages(plan.error?.issues ?? [])['projectPeriod.to']).toBe(
      'La fine deve essere uguale o successiva alla data di inizio.',
    );
    await i18next.changeLanguage('en');
    const unknown = z.string().refine(() => false, { params: { words: 'constructor' } });
    expect(plainFieldMessages(unknown.safeParse('x').error?.issues ?? [])).toEqual({
      '(body)': 'Check this value.',
    });
  });

  it('has words for every check in each language', () => {
    for (const words of CHECK_WORDS)
      for (const locale of [parts, partsIt, partsNl]) expect(locale.validation.checks[words]).toMatch(/\.$/);
  });
});
