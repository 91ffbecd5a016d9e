import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { roleplayCardSchema } from '../../../shared/content/prompts/prompt-schema.ts';
import { ROLEPLAY_CARDS_EN } from '../../../shared/content/prompts/roleplay-cards.ts';
import { ROLEPLAY_CARDS_ES } from '../../../shared/content/prompts/roleplay-cards-es.ts';
import { roleplayCardsIn } from '../../../shared/content/prompts/by-language.ts';
import { spanishTextProblems } from '../../support/spanish-text-checks.ts';

const TEXTS = ROLEPLAY_CARDS_ES.flatMap((c) => [
  { where: `${c.id} theySay`, text: c.theySay },
  ...c.youMightAnswer.map((text, i) => ({ where: `${c.id} answer ${i + 1}`, text })),
  ...(c.safetyNote ? [{ where: `${c.id} safetyNote`, text: c.safetyNote }] : []),
]);

describe('the role-play cards in Spanish', () => {
  it('has every English card, in the same order, with the same id, skill, topics and situations', () => {
    expect(ROLEPLAY_CARDS_ES.map((c) => [c.id, c.skill, c.topics, c.situations])).toEqual(ROLEPLAY_CARDS_EN.map((c) => [c.id, c.skill, c.topics, c.situations]));
    expect(ROLEPLAY_CARDS_ES.flatMap((c) => (v.safeParse(roleplayCardSchema, c).success ? [] : [c.id]))).toEqual([]);
  });

  it('says every line in Spanish: what they say, both answers, and a safety note wherever the English has one', () => {
    for (const [i, en] of ROLEPLAY_CARDS_EN.entries()) {
      const es = ROLEPLAY_CARDS_ES[i]!;
      expect(es.theySay, en.id).not.toBe(en.theySay);
      expect(es.youMightAnswer.filter((a) => en.youMightAnswer.includes(a)), en.id).toEqual([]);
      expect(es.safetyNote === undefined, en.id).toBe(en.safetyNote === undefined);
      if (en.safetyNote) expect(es.safetyNote, en.id).not.toBe(en.safetyNote);
    }
  });

  it('uses tú, person-first words and no English, and leaves the reader without a gender', () => {
    expect(spanishTextProblems(TEXTS)).toEqual([]);
  });

  it('keeps the facts that save lives after a return to use, as the English does', () => {
    const card = ROLEPLAY_CARDS_ES.find((c) => c.id === 'rp-used-last-night')!;
    expect(card.safetyNote).toMatch(/después de un tiempo sin consumir/);
    expect(card.safetyNote).toMatch(/el riesgo de sobredosis es mayor/);
    expect(card.safetyNote).toMatch(/naloxona/);
    expect(card.safetyNote).toMatch(/no despierta.*llama al número de emergencias/);
    expect(card.youMightAnswer.join(' ')).toMatch(/¿Estás a salvo ahora\?/);
    const despair = ROLEPLAY_CARDS_ES.find((c) => c.id === 'rp-whats-the-point')!.youMightAnswer.join(' ');
    expect(despair).toMatch(/quitarte la vida/);
    expect(despair).toMatch(/línea de crisis|número de emergencias/);
  });

  it('is picked by language', () => {
    expect(roleplayCardsIn('en')).toBe(ROLEPLAY_CARDS_EN);
    expect(roleplayCardsIn('es')).toBe(ROLEPLAY_CARDS_ES);
  });
});
