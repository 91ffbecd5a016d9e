/**
 * The shape of one language's words for picking likely replies: which words in a plan point
 * to a card topic, and which small words say little about what a line is about. The words
 * are data in `shared/content/toolkit/` (`likely-replies-en.ts`); `likely-replies.ts` applies
 * whichever set it is given. Kept apart from it so the content can name this type without an
 * import circle.
 */
import type { CardTopic } from '../../content/prompts/prompt-types.ts';

/** One language's words for `likelyReplies`. Text is lower-cased, with apostrophes taken out, before it is matched. */
export interface ReplyWords {
  /** The words in a plan that point to each topic. */
  topics: Readonly<Record<CardTopic, RegExp>>;
  /** Small words that say little about what a line is about. */
  common: ReadonlySet<string>;
  /** What splits a line into words. */
  between: RegExp;
}
