import { describe, expect, it } from 'vitest';
import { RIGHT_NOW_CARDS } from '../../../shared/content/right-now.ts';
import { RIGHT_NOW_CARDS_ES, rightNowCardsIn } from '../../../shared/content/right-now-es.ts';
import { ENGLISH_WORDS, SPANISH_WORDS_TO_AVOID, USTED } from '../../support/spanish-words.ts';

const TEXTS = Object.entries(RIGHT_NOW_CARDS_ES).flatMap(([id, c]) => [
  { where: `${id} title`, text: c.title },
  ...c.steps.map((text, i) => ({ where: `${id} step ${i + 1}`, text })),
  ...(c.nextLabel ? [{ where: `${id} next`, text: c.nextLabel }] : []),
]);

describe('"what to do now" cards in Spanish', () => {
  it('has Spanish for every card, and for no other', () => {
    expect(Object.keys(RIGHT_NOW_CARDS_ES).sort()).toEqual(RIGHT_NOW_CARDS.map((c) => c.id).sort());
  });

  it('has one Spanish step for each English step, and a label for each link', () => {
    for (const card of RIGHT_NOW_CARDS) {
      const es = RIGHT_NOW_CARDS_ES[card.id];
      expect(es.steps.length, card.id).toBe(card.steps.length);
      expect(es.nextLabel !== undefined, card.id).toBe(card.next !== undefined);
    }
  });

  it('merges the Spanish in, with the same lines and links', () => {
    const es = rightNowCardsIn('es');
    expect(rightNowCardsIn('en')).toBe(RIGHT_NOW_CARDS);
    expect(es.map((c) => [c.id, c.lines, c.next?.href])).toEqual(RIGHT_NOW_CARDS.map((c) => [c.id, c.lines, c.next?.href]));
    expect(es.find((c) => c.id === 'violence')!.next).toEqual({ href: '/safety-plan', label: 'Haz un plan de seguridad privado' });
    expect(es.map((c) => c.title)).toEqual(RIGHT_NOW_CARDS.map((c) => RIGHT_NOW_CARDS_ES[c.id].title));
  });

  it('names the facts that save lives, as the English does', () => {
    const text = (id: keyof typeof RIGHT_NOW_CARDS_ES) => RIGHT_NOW_CARDS_ES[id].steps.join(' ');
    expect(text('suicide')).toMatch(/¿Estás pensando en quitarte la vida\?/);
    expect(text('suicide')).toMatch(/armas de fuego, las pastillas y los medicamentos/);
    expect(text('suicide')).toMatch(/Quédate con la persona/);
    expect(text('suicide')).toMatch(/No prometas guardar el secreto/);
    expect(text('mental-health-crisis')).toMatch(/equipo móvil de crisis/);
    expect(text('mental-health-crisis')).toMatch(/agentes formados en crisis/);
    expect(text('overdose')).toMatch(/naloxona/);
    expect(text('overdose')).toMatch(/segunda dosis/);
    expect(text('overdose')).toMatch(/posición lateral de seguridad/);
    expect(text('withdrawal')).toMatch(/peligroso/);
    expect(text('withdrawal')).toMatch(/convulsión/);
    expect(text('violence')).toMatch(/Lo primero es tu seguridad/);
    expect(text('violence')).toMatch(/nunca es tu culpa/);
  });

  it('leaves no English words, uses tú and person-first words, and never a casual verb for suicide', () => {
    const english = TEXTS.flatMap(({ where, text }) => (text.match(ENGLISH_WORDS) ?? []).map((w) => `${where}: "${w}"`));
    const avoided = TEXTS.flatMap(({ where, text }) => (text.match(SPANISH_WORDS_TO_AVOID) ?? []).map((w) => `${where}: "${w}"`));
    expect(english).toEqual([]);
    expect(avoided).toEqual([]);
    expect(TEXTS.filter(({ text }) => USTED.test(text))).toEqual([]);
  });
});
