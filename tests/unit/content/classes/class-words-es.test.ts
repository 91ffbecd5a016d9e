import { afterEach, describe, expect, it } from 'vitest';
import type { PackProblem } from '../../../../shared/domain/classes/pack-problems.ts';
import type { ClassChange } from '../../../../shared/domain/classes/class-meetings.ts';
import { PACK_PROBLEM_WORDS_EN, packProblemText } from '../../../../shared/content/classes/pack-problems-en.ts';
import { PACK_PROBLEM_WORDS_ES, packProblemTextIn } from '../../../../shared/content/classes/pack-problems-es.ts';
import { CLASS_CHANGE_WORDS_EN, classChangeText } from '../../../../shared/content/classes/class-changes-en.ts';
import { CLASS_CHANGE_WORDS_ES, classChangeTextIn } from '../../../../shared/content/classes/class-changes-es.ts';
import { CALENDAR_WORDS_EN } from '../../../../shared/content/classes/calendar-words-en.ts';
import { CALENDAR_WORDS_ES, calendarWordsIn } from '../../../../shared/content/classes/calendar-words-es.ts';
import { SLIDE_WORDS_EN } from '../../../../shared/content/classes/session-slides-en.ts';
import { SLIDE_WORDS_ES, slideWordsIn } from '../../../../shared/content/classes/session-slides-es.ts';
import { DEFAULT_AGREEMENTS_EN } from '../../../../shared/content/classes/group-agreements-en.ts';
import { DEFAULT_AGREEMENTS_ES, defaultAgreementsIn } from '../../../../shared/content/classes/group-agreements-es.ts';
import { useLanguage } from '../../../../shared/content/locale.ts';
import { avoidedWordsInEs } from '../../../support/voice-words-es.ts';

/**
 * The classes' words tables in Spanish: the same keys as the English ones, every sentence
 * worded anew (not left in English), the same numbers, phones and addresses as the English
 * sentence shows, and the Spanish voice list (tú, no labels for people). The spanish-gates test
 * checks the tables' plain strings; these are functions, so they are called here.
 */
afterEach(() => useLanguage('en'));

/** One of each problem, with every detail a sentence can show. */
function sample(kind: PackProblem['kind']): PackProblem {
  const resource = { name: 'Línea de apoyo familiar', phone: '1-8OO-273-8255', site: 'https://988lifeline.org@evil.example/', lookAlike: true };
  const of = kind.startsWith('week-') ? 'note' : 'agreements';
  return { kind, field: 'resource-address', part: 'timeZone', max: 480, min: 15, of, meeting: 4, week: 2, maxBytes: 65536, ...resource } as unknown as PackProblem;
}

const digits = (text: string) => text.match(/\d+/g) ?? [];
const at = (date: string) => ({ timeZone: 'Europe/Madrid', meeting: { week: 3, date, time: '18:30' } });
const CHANGES: Record<ClassChange['kind'], ClassChange> = {
  renamed: { kind: 'renamed', name: 'Martes por la tarde' },
  facilitator: { kind: 'facilitator' },
  'time-zone': { kind: 'time-zone', timeZone: 'America/Mexico_City' },
  length: { kind: 'length', minutes: 120 },
  moved: { kind: 'moved', week: 3, from: at('2026-03-24'), to: at('2026-03-26') },
  covers: { kind: 'covers', week: 4, at: at('2026-03-31') },
  'meetings-added': { kind: 'meetings-added', count: 1 },
  'meetings-removed': { kind: 'meetings-removed', count: 2 },
  venue: { kind: 'venue' },
  agreements: { kind: 'agreements' },
  resources: { kind: 'resources' },
  notes: { kind: 'notes' },
};

describe('the classes’ words in Spanish', () => {
  it('word every pack problem anew, with the English sentence’s numbers, in the Spanish voice', () => {
    expect(Object.keys(PACK_PROBLEM_WORDS_ES).sort()).toEqual(Object.keys(PACK_PROBLEM_WORDS_EN).sort());
    useLanguage('es');
    for (const kind of Object.keys(PACK_PROBLEM_WORDS_EN) as PackProblem['kind'][]) {
      const es = packProblemTextIn(sample(kind));
      const en = packProblemText(sample(kind));
      expect(es, kind).not.toBe(en);
      expect(es, kind).not.toMatch(/undefined|\[object/);
      expect(digits(es).sort(), kind).toEqual(digits(en).sort());
      expect(avoidedWordsInEs(es), kind).toEqual([]);
    }
  });

  it('say a field’s gender right, and one of something in the singular', () => {
    useLanguage('es');
    expect(packProblemTextIn({ kind: 'too-long', field: 'note', max: 1000 })).toBe('Una nota semanal es demasiado larga (1000 caracteres como máximo).');
    expect(packProblemTextIn({ kind: 'too-long', field: 'name', max: 80 })).toBe('El nombre del grupo es demasiado largo (80 caracteres como máximo).');
    expect(packProblemTextIn({ kind: 'length-too-long', max: 60 })).toBe('Las reuniones pueden durar 1 hora como máximo.');
    expect(packProblemTextIn({ kind: 'empty', field: 'name' })).toBe('Falta el nombre del grupo.');
  });

  it('word every change to a class anew, its dates in Spanish', () => {
    expect(Object.keys(CLASS_CHANGE_WORDS_ES).sort()).toEqual(Object.keys(CLASS_CHANGE_WORDS_EN).sort());
    useLanguage('es');
    for (const change of Object.values(CHANGES)) {
      const es = classChangeTextIn(change);
      expect(es, change.kind).not.toBe(classChangeText(change, 'en-GB'));
      expect(avoidedWordsInEs(es), change.kind).toEqual([]);
    }
    expect(classChangeTextIn(CHANGES.moved)).toMatch(/^La reunión de la semana 3 pasó del martes, 24 de marzo.* al jueves, 26 de marzo/);
    expect(classChangeTextIn(CHANGES['meetings-added'])).toBe('Se agregó 1 reunión.');
    expect(classChangeTextIn(CHANGES['meetings-removed'])).toBe('Se quitaron 2 reuniones.');
  });

  it('choose English while the interface is in English', () => {
    expect(packProblemTextIn({ kind: 'wrong-app' })).toBe('This is not an Alongside class.');
    expect(classChangeTextIn(CHANGES.venue, 'en-GB')).toBe('The place or video link changed.');
    expect(calendarWordsIn()).toBe(CALENDAR_WORDS_EN);
    expect(slideWordsIn()).toBe(SLIDE_WORDS_EN);
    useLanguage('es');
    expect(calendarWordsIn()).toBe(CALENDAR_WORDS_ES);
    expect(slideWordsIn()).toBe(SLIDE_WORDS_ES);
  });

  it('word the calendar, the slides and the starting agreements with the same keys', () => {
    expect(Object.keys(CALENDAR_WORDS_ES).sort()).toEqual(Object.keys(CALENDAR_WORDS_EN).sort());
    expect(Object.keys(SLIDE_WORDS_ES).sort()).toEqual(Object.keys(SLIDE_WORDS_EN).sort());
    expect(DEFAULT_AGREEMENTS_ES).toHaveLength(DEFAULT_AGREEMENTS_EN.length);
    expect(defaultAgreementsIn('es')).toBe(DEFAULT_AGREEMENTS_ES);
    expect(defaultAgreementsIn('en')).toBe(DEFAULT_AGREEMENTS_EN);
    useLanguage('es');
    expect(CALENDAR_WORDS_ES.summary('Grupo del martes', 3)).toBe('Grupo del martes: semana 3');
    expect(CALENDAR_WORDS_ES.facilitator('Ana', '')).toBe('Coordina: Ana.');
    expect(SLIDE_WORDS_ES.question(2, 4)).toBe('Pregunta 2 de 4');
    expect(SLIDE_WORDS_ES.week(3)).toBe('Semana 3');
    for (const text of [SLIDE_WORDS_ES.pairsHow, SLIDE_WORDS_ES.thanks, SLIDE_WORDS_ES.cardAsk, CALENDAR_WORDS_ES.note('Trae tu cuaderno.')]) expect(avoidedWordsInEs(text)).toEqual([]);
  });
});
