import { describe, expect, it } from 'vitest';
import { checkBoundary } from '../../../shared/domain/toolkit/boundary-pitfalls.ts';
import { pitfallWording } from '../../../shared/domain/toolkit/pitfall-rules.ts';
import { PITFALL_WORDS_EN } from '../../../shared/content/toolkit/pitfall-words-en.ts';
import { PITFALL_WORDS_ES, pitfallWordsIn } from '../../../shared/content/toolkit/pitfall-words-es.ts';
import { PITFALL_RULES_ES } from '../../../shared/content/toolkit/pitfall-rules-es.ts';
import { BOUNDARY_WORDS_EN } from '../../../shared/content/toolkit/boundary-words-en.ts';
import { BOUNDARY_WORDS_ES } from '../../../shared/content/toolkit/boundary-words-es.ts';
import { inflesz, MIN_INFLESZ } from '../../support/readability-es.ts';
import { blocksToText } from '../../support/readability.ts';

/** The hints a Spanish draft gets, in the words the builder shows. */
const shown = (draft: Parameters<typeof checkBoundary>[0]) => checkBoundary(draft, PITFALL_RULES_ES).map((p) => pitfallWording(p, PITFALL_WORDS_ES));

/** Every Spanish string a reader sees around boundaries. */
const everyString = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' && !(value instanceof RegExp) ? Object.values(value).flatMap(everyString) : [];

describe('the Spanish words for boundaries and their hints', () => {
  it('word every hint and every part the English words', () => {
    expect(Object.keys(PITFALL_WORDS_ES.hints).sort()).toEqual(Object.keys(PITFALL_WORDS_EN.hints).sort());
    expect(Object.keys(PITFALL_WORDS_ES.rewords).sort()).toEqual(Object.keys(PITFALL_WORDS_EN.rewords).sort());
    expect(Object.keys(BOUNDARY_WORDS_ES.steps).sort()).toEqual(Object.keys(BOUNDARY_WORDS_EN.steps).sort());
    expect(Object.keys(BOUNDARY_WORDS_ES.core).sort()).toEqual(Object.keys(BOUNDARY_WORDS_EN.core).sort());
    for (const [kind, text] of Object.entries(PITFALL_WORDS_ES.rewords)) expect(text.includes('{act}'), kind).toBe(PITFALL_WORDS_EN.rewords[kind as keyof typeof PITFALL_WORDS_EN.rewords].includes('{act}'));
    expect(PITFALL_WORDS_ES.hints.label.message).toContain('{match}');
    expect(pitfallWordsIn('es')).toBe(PITFALL_WORDS_ES);
    expect(pitfallWordsIn('en')).toBe(PITFALL_WORDS_EN);
  });

  it('show a Spanish hint, with a suggestion from the person’s own words', () => {
    expect(shown({ words: 'Eres tan egoísta.' })).toEqual([{ message: 'Palabras como “egoísta” pueden doler, y hacen más difícil que te escuchen.', suggestion: PITFALL_WORDS_ES.hints.label.suggestion }]);
    expect(shown({ words: 'Tienes que dejar de beber.' })[0]?.suggestion).toBe('Prueba a decir qué harás tú si pasa: “Si vuelves a beber, voy a …”');
    expect(shown({ words: 'No puedes beber en esta casa.' })[0]?.suggestion).toBe('Prueba a decir qué harás tú si pasa: “Si llegas a beber en esta casa, voy a …”');
    expect(shown({ words: 'Deberías buscar ayuda.' })[0]?.suggestion).toBe(PITFALL_WORDS_ES.rewords['hope-and-offer']);
  });

  it('speak with tú, plainly, and without orders of their own', () => {
    const strings = [...everyString(PITFALL_WORDS_ES), ...everyString(BOUNDARY_WORDS_ES)];
    for (const s of strings) expect(s, s).not.toMatch(/\b(?:usted|vosotros|debes|tienes que|mal[oa]?)\b/i);
    const hints = Object.values(PITFALL_WORDS_ES.hints).flatMap((h) => [h.message.replace('{match}', 'vago'), h.suggestion]);
    expect(inflesz(blocksToText(hints))).toBeGreaterThanOrEqual(MIN_INFLESZ);
  });

  it('flag none of their own example boundaries', () => {
    const examples = Object.values(PITFALL_WORDS_ES.hints).flatMap((h) => [...h.suggestion.matchAll(/“([^”]+)”/g)].map((m) => m[1]!));
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const words of examples) expect(checkBoundary({ words }, PITFALL_RULES_ES), words).toEqual([]);
  });
});
