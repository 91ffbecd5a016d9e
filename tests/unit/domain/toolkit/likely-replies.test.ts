import { describe, expect, it } from 'vitest';
import { ROLEPLAY_CARDS_EN } from '../../../../shared/content/prompts/roleplay-cards.ts';
import { PROMPTS_EN } from '../../../../shared/content/prompts/prompts-en.ts';
import { emptyPlan } from '../../../../shared/domain/toolkit/conversation-plan.ts';
import { LIKELY_CARDS_MAX, LIKELY_CARDS_MIN, closeCard, likelyReplies, planTopics } from '../../../../shared/domain/toolkit/likely-replies.ts';
import { REPLY_WORDS_EN } from '../../../../shared/content/toolkit/likely-replies-en.ts';

const cards = ROLEPLAY_CARDS_EN;
const card = (id: string) => cards.find((c) => c.id === id)!;

describe('likely replies for a plan', () => {
  it('gives a plan about treatment cards about treatment, with answers', () => {
    const plan = { ...emptyPlan(), about: 'Suggesting treatment or help', goal: 'That they know help is there when they want it.' };
    const replies = likelyReplies(plan, { cards });
    expect(replies.length).toBeGreaterThanOrEqual(LIKELY_CARDS_MIN);
    expect(replies.length).toBeLessThanOrEqual(LIKELY_CARDS_MAX);
    for (const r of replies) {
      expect(card(r.id).topics, r.id).toContain('treatment');
      expect(r.answers).toHaveLength(2);
      expect(r.own).toBe(false);
    }
    // A card about money never turns up in a talk about treatment.
    expect(replies.map((r) => r.id)).not.toContain('rp-lend-me-money');
  });

  it('gives a plan about money the money cards', () => {
    const ids = likelyReplies({ ...emptyPlan(), about: 'money for rent' }, { cards }).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['rp-lend-me-money', 'rp-get-it-somewhere-else']));
  });

  it('always offers at least two cards, falling back on everyday ones', () => {
    const replies = likelyReplies({ ...emptyPlan(), about: 'the garden' }, { cards });
    expect(replies.map((r) => r.id)).toEqual(['rp-im-fine', 'rp-too-tired']);
    const oneFits = likelyReplies({ ...emptyPlan(), about: 'suicide worries' }, { cards });
    expect(oneFits.map((r) => r.id)).toEqual(['rp-whats-the-point', 'rp-im-fine']);
  });

  it('puts their own lines first, in their order, with a close card’s answers or none', () => {
    const plan = {
      ...emptyPlan(),
      about: 'seeing a doctor',
      theyMightSay: ['  ', 'I can’t afford it.', 'I tried that before and it did not help.'],
    };
    const replies = likelyReplies(plan, { cards });
    expect(replies.slice(0, 2).map((r) => [r.id, r.theySay, r.own])).toEqual([
      ['own-0', 'I can’t afford it.', true],
      ['own-1', 'I tried that before and it did not help.', true],
    ]);
    expect(replies[0]!.answers).toEqual([]);
    expect(replies[1]!.answers).toEqual(card('rp-tried-before').youMightAnswer);
    // The card lent its answers to their line, so it is not offered twice.
    expect(replies.filter((r) => r.id === 'rp-tried-before')).toEqual([]);
    expect(replies.filter((r) => !r.own).length).toBeGreaterThanOrEqual(LIKELY_CARDS_MIN);
  });

  it('follows the picked prompts’ skills and topics', () => {
    const picked = PROMPTS_EN.filter((p) => p.category === 'saying-no').slice(0, 1);
    const ids = likelyReplies({ ...emptyPlan(), about: 'Sunday' }, { cards, picked }).map((r) => r.id);
    expect(ids[0]).toBe('rp-lend-me-money');
  });

  it('never offers a card for another situation, nor a friend’s question', () => {
    const plan = { ...emptyPlan(), about: 'drinking and treatment' };
    const mental = likelyReplies(plan, { cards, situation: 'mental-illness' });
    for (const r of mental) expect(card(r.id).situations ?? ['mental-illness'], r.id).toContain('mental-illness');
    const substance = likelyReplies(plan, { cards, situation: 'substance-use' }).map((r) => r.id);
    expect(substance).toContain('rp-no-problem-everyone-drinks');
    const all = likelyReplies({ ...emptyPlan(), about: 'why I put up with it', keyPoints: ['self care'] }, { cards });
    expect(all.map((r) => r.id)).not.toContain('rp-friend-why-put-up');
  });

  it('finds a close card only when most of the words match', () => {
    expect(closeCard('I don’t have a problem.', cards)?.id).toBe('rp-no-problem-everyone-drinks');
    expect(closeCard('Leave me alone!', cards)?.id).toBe('rp-leave-me-alone');
    expect(closeCard('I can’t afford it.', cards)).toBeUndefined();
    expect(closeCard('...', cards)).toBeUndefined();
  });

  it('reads a plan’s topics with the words it is given', () => {
    const plan = { ...emptyPlan(), about: 'el dinero del alquiler' };
    expect(planTopics(plan)).toEqual(new Set());
    const spanish = { ...REPLY_WORDS_EN, topics: { ...REPLY_WORDS_EN.topics, money: /\b(?:dinero|alquiler)\b/ } };
    expect(planTopics(plan, spanish)).toEqual(new Set(['money']));
    expect(likelyReplies(plan, { cards, words: spanish }).map((r) => card(r.id).topics)[0]).toContain('money');
  });
});
