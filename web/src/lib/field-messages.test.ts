import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { messages as parts } from '../i18n/locales/parts/en';
import { messages as partsIt } from '../i18n/locales/parts/it';
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
});
