/**
 * What the other person might say back, for a plan's rehearsal: the person's own guesses
 * first, then the role-play cards that fit the talk, so practice covers the replies as well as
 * the lines. Pure, so it can be tested without a browser. The words that point to a topic are
 * one language's data (`REPLY_WORDS_EN` by default).
 */
import type { Situation } from '../../content/course-types.ts';
import { fitsSituation, type CardTopic, type Prompt, type RoleplayCard } from '../../content/prompts/prompt-types.ts';
import type { ConversationPlan } from './conversation-plan.ts';
import type { ReplyWords } from './reply-words.ts';
import { REPLY_WORDS_EN } from '../../content/toolkit/likely-replies-en.ts';

/** One reply to practise answering. */
export interface LikelyReply {
  /** Stable within the plan, for tick boxes: `own-0` for their own lines, the card's id otherwise. */
  id: string;
  theySay: string;
  /** Kind ways to answer; empty for their own line when no card is close to it. */
  answers: readonly string[];
  /** True for a line the person wrote under "They might say". */
  own: boolean;
  /** The card's safety note, where it has one. */
  safetyNote?: string;
}

/** At least this many cards, so every rehearsal has replies with answers to compare. */
export const LIKELY_CARDS_MIN = 2;
/** At most this many cards: a few replies to practise well beat a long list. */
export const LIKELY_CARDS_MAX = 3;


/** Prompt tags that say the same as a card topic. */
const TAG_TOPICS: Readonly<Record<string, CardTopic>> = {
  treatment: 'treatment',
  denial: 'treatment',
  relapse: 'treatment',
  money: 'money',
  safety: 'crisis',
  crisis: 'crisis',
};

/** Lower case with apostrophes taken out, as `ReplyWords` are written: "Don’t" reads "dont". */
function forMatching(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '');
}

/** The topics a plan's own words point to: its about, goal and key points. */
export function planTopics(plan: Pick<ConversationPlan, 'about' | 'goal' | 'keyPoints'>, words: ReplyWords = REPLY_WORDS_EN): Set<CardTopic> {
  const text = forMatching([plan.about, plan.goal, ...plan.keyPoints].join(' '));
  return new Set((Object.keys(words.topics) as CardTopic[]).filter((t) => words.topics[t].test(text)));
}

/**
 * How well a card fits: each topic the plan shares counts twice, each skill or topic of a
 * picked prompt once, and a card about something else as well (drinking, for a talk about
 * treatment only) a little less, but still above 0. 0: it does not fit.
 */
function fit(card: RoleplayCard, topics: ReadonlySet<CardTopic>, picked: readonly Pick<Prompt, 'category' | 'tags'>[]): number {
  const shared = card.topics.filter((t) => topics.has(t)).length;
  const pickedTopics = new Set(picked.flatMap((p) => p.tags.map((tag) => TAG_TOPICS[tag]).filter((t) => t !== undefined)));
  const bonus = (picked.some((p) => p.category === card.skill) ? 1 : 0) + card.topics.filter((t) => pickedTopics.has(t)).length;
  if (shared === 0 && bonus === 0) return 0;
  const elsewhere = card.topics.filter((t) => t !== 'everyday' && !topics.has(t) && !pickedTopics.has(t)).length;
  return Math.max(0.1, 2 * shared + bonus - elsewhere * 0.5);
}

/** The words of a line that carry its meaning. */
function contentWords(line: string, words: ReplyWords): Set<string> {
  return new Set(
    forMatching(line)
      .split(words.between)
      .filter((w) => w.length > 2 && !words.common.has(w)),
  );
}

/** The card whose "they say" is close to the person's own line (most of its words shared), if any. */
export function closeCard(line: string, cards: readonly RoleplayCard[], words: ReplyWords = REPLY_WORDS_EN): RoleplayCard | undefined {
  const mine = contentWords(line, words);
  if (mine.size === 0) return undefined;
  let best: { card: RoleplayCard; shared: number } | undefined;
  for (const card of cards) {
    const theirs = contentWords(card.theySay, words);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    if (shared >= Math.min(2, mine.size) && shared * 2 >= mine.size && (!best || shared > best.shared)) best = { card, shared };
  }
  return best?.card;
}

export interface LikelyRepliesOptions {
  /** The role-play cards to pick from. */
  cards: readonly RoleplayCard[];
  /** The plan's picked prompts (library or own), for their skills and topics. */
  picked?: readonly Pick<Prompt, 'category' | 'tags'>[];
  /** The reader's situation: cards for another situation are never offered. */
  situation?: Situation;
  /** The language's words for topics (English unless said). */
  words?: ReplyWords;
}

/**
 * A plan's likely replies: the person's own "they might say" lines first (with a card's answers
 * when one is close to the line), then the cards that fit the talk best, topped up with
 * everyday cards ("I'm fine. Stop asking.") so there are always at least two cards.
 */
export function likelyReplies(
  plan: Pick<ConversationPlan, 'about' | 'goal' | 'keyPoints' | 'theyMightSay'>,
  { cards, picked = [], situation, words = REPLY_WORDS_EN }: LikelyRepliesOptions,
): LikelyReply[] {
  const offered = cards.filter((c) => c.topics.length > 0 && fitsSituation(c, situation));
  const used = new Set<string>();
  const replies: LikelyReply[] = [];

  (plan.theyMightSay ?? [])
    .map((l) => l.trim())
    .filter(Boolean)
    .forEach((line, i) => {
      const card = closeCard(line, offered.filter((c) => !used.has(c.id)), words);
      if (card) used.add(card.id);
      replies.push({ id: `own-${i}`, theySay: line, answers: card?.youMightAnswer ?? [], own: true, ...(card?.safetyNote ? { safetyNote: card.safetyNote } : {}) });
    });

  const topics = planTopics(plan, words);
  const fitting = offered
    .filter((c) => !used.has(c.id))
    .map((card, order) => ({ card, order, score: fit(card, topics, picked) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, LIKELY_CARDS_MAX)
    .map((x) => x.card);
  for (const card of offered) {
    if (fitting.length >= LIKELY_CARDS_MIN) break;
    if (card.topics.includes('everyday') && !used.has(card.id) && !fitting.includes(card)) fitting.push(card);
  }
  for (const card of fitting) {
    replies.push({ id: card.id, theySay: card.theySay, answers: card.youMightAnswer, own: false, ...(card.safetyNote ? { safetyNote: card.safetyNote } : {}) });
  }
  return replies;
}
