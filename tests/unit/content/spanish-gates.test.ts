import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spanishSyllables } from '../../support/syllables-es.ts';
import { MIN_INFLESZ, fernandezHuerta, inflesz, spanishCounts } from '../../support/readability-es.ts';
import { AVOIDED_WORDS_ES, TEACHING_EXAMPLES_ES, avoidedWordsInEs, plain } from '../../support/voice-words-es.ts';
import { checkSpanishText, spanishGateProblems } from '../../support/spanish-gates.ts';
import { courseWeeks } from '../../support/course-lessons.ts';
import { stringsIn } from '../../support/voice-words.ts';
import { AVOIDED_ES, NOT_AVOIDED_ES, PLAIN_ES, TEACHING_ES, TOO_HARD_ES } from '../../fixtures/spanish-texts.ts';

/**
 * Every Spanish content file: each `*-es.ts` under shared/content, found by this glob, so a new
 * one is gated the day it lands, with no list to update. Every export is checked (see
 * spanishGateProblems: lessons by section, everything for voice).
 */
const SPANISH_CONTENT = import.meta.glob<Record<string, unknown>>('../../../shared/content/**/*-es.ts', { eager: true });

/**
 * What the nudge listens for (shared/content/cues/): the words people type, hard words among
 * them, so the chip can hear despair. They are never shown as Alongside's own words, so the
 * voice list does not apply to them.
 */
const LISTENED_FOR = (file: string) => file.includes('/content/cues/');

describe('Spanish syllables', () => {
  // Counts as the RAE's spelling rules give them (see syllables-es.ts for why "huir" is one).
  const KNOWN: Record<string, number> = {
    // hiatus: a strong vowel next to a strong one, or an accented í / ú
    país: 2, leí: 2, ahí: 2, caerán: 3, oído: 3, reúne: 3, continúa: 4, prohíbe: 3, búho: 2, rehén: 2,
    día: 2, María: 3, poeta: 3, teatro: 3, creer: 2, leer: 2, cooperar: 4, aeropuerto: 5, alcohólico: 5,
    // diphthongs and triphthongs: a weak vowel leaning on another vowel
    ciudad: 2, cuidado: 3, diario: 2, familia: 3, ansiedad: 3, murciélago: 4, autoestima: 5, buey: 1,
    averiguáis: 4, huir: 1, guion: 1, zanahoria: 4, recuperación: 5, esquizofrenia: 5, adolescencia: 5,
    // silent u after q and in gue / gui; ü is heard
    quiero: 2, guerra: 2, tranquilo: 3, guitarra: 3, pingüino: 3, vergüenza: 3, agua: 2,
    // y: a vowel with no vowel after it, else a consonant
    hoy: 1, muy: 1, rey: 1, y: 1, estoy: 2, Uruguay: 3, ayer: 2, reyes: 2, ayuda: 3,
    // and the rest of the word as written
    psicólogo: 4, Ñandú: 2, TCC: 1,
  };

  it('counts known words right, hard cases included', () => {
    expect(Object.keys(KNOWN).length).toBeGreaterThanOrEqual(40);
    const wrong = Object.entries(KNOWN).filter(([w, n]) => spanishSyllables(w) !== n).map(([w, n]) => `${w}: ${spanishSyllables(w)}, not ${n}`);
    expect(wrong).toEqual([]);
  });

  it('ignores case and how the accent is encoded', () => {
    expect(spanishSyllables('PAÍS')).toBe(2);
    expect(spanishSyllables('pai\u0301s')).toBe(2);
  });
});

describe('Spanish reading level (INFLESZ)', () => {
  it('counts words, sentences and syllables as the formula needs them', () => {
    // ¿ and ¡ only open a sentence; a colon ends one, as in the English test.
    expect(spanishCounts('¿Qué pasó? ¡Ya está! Hablemos: con calma.')).toEqual({ words: 7, sentences: 4, syllables: 12 });
    // {Person} reads as "Tu hijo"; a blank counts as "eso"; "10.000" is one word.
    expect(spanishCounts('{Person} dijo [lo que pasó] 10.000 veces.')).toEqual({ words: 6, sentences: 1, syllables: 14 });
    // The agreement token reads as its first form, as {person} reads as "tu hijo": cansado, 3 syllables.
    expect(spanishCounts('{Person} está {cansado|cansada|sin fuerzas}.')).toEqual({ words: 4, sentences: 1, syllables: 8 });
  });

  it('scores sentences as worked by hand', () => {
    // Tu(1) hijo(2) no(1) eligió(3) esto(2): 9 syllables, 5 words, 1 sentence.
    // INFLESZ 206.835 − 62.3 × 9/5 − 5/1 = 89.695; Fernández-Huerta 206.84 − 0.60 × 180 − 1.02 × 5 = 93.74.
    expect(inflesz('Tu hijo no eligió esto.')).toBeCloseTo(89.695, 3);
    expect(fernandezHuerta('Tu hijo no eligió esto.')).toBeCloseTo(93.74, 3);
    // Pi-de(2) a-yu-da(3). No(1) es-tás(2) so-lo(2): 10 syllables, 5 words, 2 sentences → 206.835 − 124.6 − 2.5.
    expect(inflesz('Pide ayuda. No estás solo.')).toBeCloseTo(79.735, 3);
    // La(1) psi-co-e-du-ca-ción(6) fa-mi-liar(3) dis-mi-nu-ye(4) sig-ni-fi-ca-ti-va-men-te(8) las(1) re-ca-í-das(4):
    // 27 syllables, 7 words, 1 sentence → 206.835 − 62.3 × 27/7 − 7 = −40.465 ("muy difícil").
    expect(inflesz('La psicoeducación familiar disminuye significativamente las recaídas.')).toBeCloseTo(-40.465, 3);
    expect(inflesz('')).toBe(0);
  });

  it('puts the threshold where corrected Fernández-Huerta puts grade 8 (L = 60) for plain Spanish', () => {
    // The two formulas differ by about 2.3 × syllables per word; for the plain fixtures, about 4.5.
    for (const text of PLAIN_ES) expect(fernandezHuerta(text) - inflesz(text), text.slice(0, 40)).toBeCloseTo(4.5, 0);
    expect(MIN_INFLESZ).toBe(55);
  });
});

describe('the Spanish voice list', () => {
  it('catches every entry, in every gender and number, with or without accents', () => {
    expect(AVOIDED_ES.filter((t) => avoidedWordsInEs(t).length === 0)).toEqual([]);
    expect(AVOIDED_WORDS_ES.filter(({ pattern }) => !AVOIDED_ES.some((t) => pattern.test(plain(t)))).map((w) => w.avoid)).toEqual([]);
    for (const form of ['adicto', 'adicta', 'adictos', 'adictas', 'ADICTA', 'alcohólicas', 'alcoholicas', 'locos']) {
      expect(avoidedWordsInEs(`Son ${form}.`), form).not.toEqual([]);
    }
  });

  it('leaves plain Spanish alone', () => {
    expect(NOT_AVOIDED_ES.flatMap((t) => avoidedWordsInEs(t).map((w) => `${t} → ${w}`))).toEqual([]);
  });

  it('says for every entry what to write instead, and why', () => {
    for (const { avoid, prefer, why } of AVOIDED_WORDS_ES) {
      expect(prefer.length, avoid).toBeGreaterThan(1);
      expect(why.length, avoid).toBeGreaterThan(20);
    }
  });

  it('allows a quoted teaching passage only where it is named', () => {
    const text = `En la semana 4: ${TEACHING_ES.passage}`;
    expect(avoidedWordsInEs(text)).not.toEqual([]);
    expect(avoidedWordsInEs(text, [TEACHING_ES])).toEqual([]);
    expect(avoidedWordsInEs(`${text} Es un adicto.`, [TEACHING_ES])).toHaveLength(1);
  });

  it('allows only teaching passages still in the Spanish content, each with a reason', () => {
    const everything = Object.entries(SPANISH_CONTENT).flatMap(([file, mod]) => stringsIn(mod, file).map((s) => s.text));
    for (const { passage, why } of TEACHING_EXAMPLES_ES) {
      expect(why.length, passage).toBeGreaterThan(20);
      expect(everything.some((t) => t.includes(passage)), `${passage} is no longer in the content`).toBe(true);
    }
  });
});

describe('the Spanish gates', () => {
  it('pass plain Spanish in the course voice', () => {
    for (const text of PLAIN_ES) expect(checkSpanishText(text), text.slice(0, 40)).toMatchObject({ problems: [] });
  });

  it('fail text that is too hard, and say by how much', () => {
    for (const text of TOO_HARD_ES) expect(checkSpanishText(text).problems, text.slice(0, 40)).toEqual([expect.stringMatching(/^INFLESZ -?\d+\.\d, below 55$/)]);
  });

  it('fail text that uses a word to avoid, naming it and what to say instead', () => {
    expect(checkSpanishText('Tu hermano no es un adicto malo.').problems).toEqual([expect.stringMatching(/^"adicto" \(evita: .*; mejor: persona con una adicción/)]);
  });

  it('score a lesson section by section, for every situation, as English does', async () => {
    const [week] = await courseWeeks();
    const story = { title: 'Una historia', variants: { 'mental-illness': [PLAIN_ES[1]!], 'substance-use': [PLAIN_ES[1]!], both: [PLAIN_ES[1]!] } };
    const lesson = {
      ...week!,
      welcome: [PLAIN_ES[2]!],
      sections: week!.sections.map((s, i) => ({ ...s, blocks: [i === 1 ? TOO_HARD_ES[0]! : PLAIN_ES[0]!] })),
      story,
      takeaways: ['No estás solo.', 'Pide ayuda.', 'Cuida de ti.'],
      practice: { ...week!.practice, intro: [PLAIN_ES[2]!], steps: ['Respira.', 'Habla con calma.'] },
      forYou: { ...week!.forYou, blocks: [PLAIN_ES[1]!] },
    };
    const section = week!.sections[1]!.id;
    expect(spanishGateProblems('lección', { LESSON: lesson })).toEqual(
      ['mental-illness', 'substance-use', 'both'].map((s) => expect.stringMatching(new RegExp(`^lección LESSON section ${section} \\(${s}\\): INFLESZ`))),
    );
    // The English lesson's other strings (reflections, self-check) use no avoided Spanish word; a lesson that fails the schema is reported.
    expect(spanishGateProblems('lección', { LESSON: { ...lesson, sections: [] } })).toEqual([expect.stringMatching(/^lección LESSON: not a valid lesson/)]);
  });

  it('find every *-es.ts file under shared/content', () => {
    const onDisk = readdirSync('shared/content', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('-es.ts'));
    expect(Object.keys(SPANISH_CONTENT).map((k) => k.replace('../../../shared/content/', '')).sort()).toEqual(onDisk.sort());
  });

  it('pass every Spanish content file', () => {
    const problems = Object.entries(SPANISH_CONTENT)
      .filter(([file]) => !LISTENED_FOR(file))
      .flatMap(([file, mod]) => spanishGateProblems(file.replace('../../../', ''), mod));
    expect(problems).toEqual([]);
  });
});
