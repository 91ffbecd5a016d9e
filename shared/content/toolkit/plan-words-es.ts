/**
 * The Spanish words a conversation plan is named and rehearsed with, beside the English
 * (plan-words-en.ts), with the same names; and the choice between them by the interface's
 * language. Spanish rules too: a "sobre" the person typed themselves is not said twice.
 */
import type { ConversationPlan, RehearsalLine } from '../../domain/toolkit/conversation-plan.ts';
import { formatCount, type Language } from '../locale.ts';
import * as english from './plan-words-en.ts';

/** What the talk is about, without a "sobre" or "de" the person typed themselves. */
const topicOf = (about: string) => about.trim().replace(/^(sobre|de)\s+/i, '');

/** A short name for a plan: "Hablar con Sam sobre dinero". */
export function planTitle(plan: Pick<ConversationPlan, 'who' | 'about'>): string {
  const who = plan.who.trim();
  const about = topicOf(plan.about);
  if (who && about) return `Hablar con ${who} sobre ${about}`;
  if (about) return `Hablar sobre ${about}`;
  if (who) return `Hablar con ${who}`;
  return 'Una conversación';
}

/** The "how did it go" question, as the journal keeps it. */
export function reflectionPromptFor(plan: Pick<ConversationPlan, 'about'>): string {
  const about = topicOf(plan.about).replace(/[.?!\s]+$/, '');
  return about ? `¿Cómo fue la conversación sobre ${about}?` : '¿Cómo fue la conversación?';
}

const PARTS = { opening: 'Frase para empezar', point: 'Punto clave', prompt: 'Frase', exit: 'Frase para salir' } as const;

/** What a line to rehearse is: "Frase para empezar", "Punto clave 2", "Frase 1", "Frase para salir". */
export function rehearsalLineLabel(line: Pick<RehearsalLine, 'part' | 'n'>): string {
  return line.n === undefined ? PARTS[line.part] : `${PARTS[line.part]} ${formatCount(line.n)}`;
}

/** A plan's words in one language. */
export interface PlanWords {
  planTitle: typeof planTitle;
  reflectionPromptFor: typeof reflectionPromptFor;
  rehearsalLineLabel: typeof rehearsalLineLabel;
}

const SPANISH: PlanWords = { planTitle, reflectionPromptFor, rehearsalLineLabel };

/** The plan's words in `language`, asked for at render time. */
export function planWordsIn(language: Language): PlanWords {
  return language === 'es' ? SPANISH : english;
}
