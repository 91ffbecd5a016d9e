import { describe, expect, it } from 'vitest';
import { ROLEPLAY_CARDS_ES } from '../../../shared/content/prompts/roleplay-cards-es.ts';
import { planTemplate, templateFields } from '../../../shared/content/plan-templates.ts';
import { REPLY_WORDS_EN } from '../../../shared/content/toolkit/likely-replies-en.ts';
import { REPLY_WORDS_ES, replyWordsIn } from '../../../shared/content/toolkit/likely-replies-es.ts';
import { emptyPlan } from '../../../shared/domain/toolkit/conversation-plan.ts';
import { closeCard, likelyReplies, planTopics } from '../../../shared/domain/toolkit/likely-replies.ts';

const cards = ROLEPLAY_CARDS_ES;
const words = REPLY_WORDS_ES;
const topicsOf = (id: string) => cards.find((c) => c.id === id)!.topics;

describe('likely replies for a plan written in Spanish', () => {
  it('has words for every topic the English has', () => {
    expect(Object.keys(REPLY_WORDS_ES.topics).sort()).toEqual(Object.keys(REPLY_WORDS_EN.topics).sort());
    expect(replyWordsIn('es')).toBe(REPLY_WORDS_ES);
    expect(replyWordsIn('en')).toBe(REPLY_WORDS_EN);
  });

  it('gives the Spanish treatment template the treatment cards, in Spanish, and no money card', () => {
    const plan = { ...emptyPlan(), ...templateFields(planTemplate('suggesting-treatment', 'es')!, 'substance-use') };
    expect(planTopics(plan, words)).toContain('treatment');
    const replies = likelyReplies(plan, { cards, words });
    expect(replies.length).toBeGreaterThanOrEqual(2);
    for (const r of replies) expect(topicsOf(r.id), r.id).toContain('treatment');
    expect(replies.map((r) => r.id)).not.toContain('rp-lend-me-money');
    expect(replies.every((r) => r.theySay === cards.find((c) => c.id === r.id)!.theySay)).toBe(true);
  });

  it('hears accented words and word endings: money, drinking, a crisis', () => {
    expect(planTopics({ ...emptyPlan(), about: 'el dinero para el alquiler' }, words)).toEqual(new Set(['money']));
    expect(planTopics({ ...emptyPlan(), about: 'lo que está bebiendo' }, words)).toEqual(new Set(['substance-use']));
    expect(planTopics({ ...emptyPlan(), about: 'la consulta con la psiquiatra' }, words)).toEqual(new Set(['treatment']));
    expect(planTopics({ ...emptyPlan(), about: 'el jardín' }, words)).toEqual(new Set());
  });

  it('finds the card close to a line the person wrote in Spanish', () => {
    expect(closeCard('Estoy bien, deja de preguntar', cards, words)?.id).toBe('rp-im-fine');
    expect(closeCard('¿Me prestas dinero?', cards, words)?.id).toBe('rp-lend-me-money');
  });
});
