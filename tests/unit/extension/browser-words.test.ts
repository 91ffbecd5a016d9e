import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserWords } from '../../../extension/browser-words.ts';
import { avoidedWordsInEs } from '../../support/voice-words-es.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (language: string) => JSON.parse(readFileSync(`extension/public/_locales/${language}/messages.json`, 'utf8')) as Messages;

describe('the words the browser shows for Alongside (_locales)', () => {
  const en = read('en');
  const es = read('es');

  it('Spanish has every English message, with the same placeholders, and nothing else', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(Object.keys(es[key]!.placeholders ?? {}), key).toEqual(Object.keys(en[key]!.placeholders ?? {}));
      expect(es[key]!.message.trim(), key).not.toBe('');
      for (const name of Object.keys(en[key]!.placeholders ?? {})) expect(es[key]!.message, key).toContain(`$${name.toUpperCase()}$`);
    }
  });

  it('the Spanish speaks as the course does (no word from the Spanish voice list)', () => {
    expect(Object.values(es).flatMap((m) => avoidedWordsInEs(m.message))).toEqual([]);
  });

  it('outside the browser, reads the English, with its blanks filled', () => {
    expect(browserWords('extName')).toBe('Alongside');
    expect(browserWords('lockedPlanTitle', '18:30')).toBe('A conversation you planned, at 18:30');
  });
});
