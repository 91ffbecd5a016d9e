/**
 * The English words a conversation plan is named and rehearsed with: its title ("Talk with
 * Sam about money"), the "how did it go" question the journal keeps, and what each line to
 * rehearse is ("Key point 2"). English rules too: an "about" the person typed themselves is
 * not said twice. Another language goes in a file beside this one, with the same names.
 */
import type { ConversationPlan, RehearsalLine } from '../../domain/toolkit/conversation-plan.ts';
import { formatCount } from '../locale.ts';

/** What the talk is about, without an "about" the person typed themselves. */
const topicOf = (about: string) => about.trim().replace(/^about\s+/i, '');

/** A short name for a plan: "Talk with Sam about money". */
export function planTitle(plan: Pick<ConversationPlan, 'who' | 'about'>): string {
  const who = plan.who.trim();
  const about = topicOf(plan.about);
  if (who && about) return `Talk with ${who} about ${about}`;
  if (about) return `Talk about ${about}`;
  if (who) return `Talk with ${who}`;
  return 'A conversation';
}

/** The "how did it go" question, as the journal keeps it. */
export function reflectionPromptFor(plan: Pick<ConversationPlan, 'about'>): string {
  const about = topicOf(plan.about).replace(/[.?!\s]+$/, '');
  return about ? `How did the conversation about ${about} go?` : 'How did the conversation go?';
}

const PARTS = { opening: 'Opening line', point: 'Key point', prompt: 'Prompt', exit: 'Exit line' } as const;

/** What a line to rehearse is: "Opening line", "Key point 2", "Prompt 1", "Exit line". */
export function rehearsalLineLabel(line: Pick<RehearsalLine, 'part' | 'n'>): string {
  return line.n === undefined ? PARTS[line.part] : `${PARTS[line.part]} ${formatCount(line.n)}`;
}
