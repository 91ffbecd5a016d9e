/**
 * "I'm about to have a hard conversation": the choices the 60-second flow offers, drawn
 * from what the person prepared (today's plan, their boundaries, their favourite and own
 * prompts) and then from a few calm lines in the library.
 */
import type { Prompt, PromptCategory } from '../../content/prompts/prompt-types.ts';
import type { Boundary } from '../toolkit/boundary.ts';
import type { ConversationPlan } from '../toolkit/conversation-plan.ts';

/** Library prompts that open a talk gently, in the order offered. */
export const OPENING_PROMPT_IDS: readonly string[] = [
  'ask-permission',
  'leap-listen-how-you-see-it',
  'listen-or-ideas',
  'calm-on-your-side',
  'ask-what-would-help',
  'leap-agree-to-disagree',
];

/** Library prompts that end a talk calmly when it gets heated, in the order offered. */
export const EXIT_PROMPT_IDS: readonly string[] = [
  'calm-take-a-break',
  'calm-talk-tomorrow',
  'calm-step-outside',
  'boundary-shouting',
  'calm-name-it',
  'boundary-same-answer',
];

/** Kinds of prompt that suit an exit better than an opening. */
const EXIT_CATEGORIES: ReadonlySet<PromptCategory> = new Set(['calming', 'saying-no', 'boundaries']);

/** Where a line came from, so the flow can say so. */
export type QuickLineSource = 'plan' | 'boundary' | 'favourite' | 'own' | 'library';

/** One line the person can pick. */
export interface QuickLine {
  id: string;
  text: string;
  source: QuickLineSource;
}

/** What the choices are drawn from. */
export interface QuickPrepSources {
  library: readonly Prompt[];
  favouriteIds?: ReadonlySet<string>;
  own?: readonly Prompt[];
  boundaries?: readonly Pick<Boundary, 'id' | 'words'>[];
  /** Plans due today: their opening and exit lines come first. */
  plans?: readonly Pick<ConversationPlan, 'id' | 'opening' | 'exitLine'>[];
  /** The goal picked, so a boundary goal puts boundary words first. */
  goal?: string;
  /** Most lines per list. */
  limit?: number;
}

/** Opening and exit lines to pick from: the person's own first, each text once, at most `limit` each. */
export function quickPrepChoices(src: QuickPrepSources): { openings: QuickLine[]; exits: QuickLine[] } {
  const limit = src.limit ?? 6;
  const byId = new Map([...(src.own ?? []), ...src.library].map((p) => [p.id, p]));
  const fromPrompt = (p: Prompt, source: QuickLineSource): QuickLine => ({ id: `prompt:${p.id}`, text: p.words, source });
  const isExit = (p: Prompt) => EXIT_CATEGORIES.has(p.category);

  const plans = src.plans ?? [];
  const planOpenings = plans.filter((p) => p.opening.trim()).map((p) => ({ id: `plan:${p.id}:opening`, text: p.opening.trim(), source: 'plan' as const }));
  const planExits = plans.filter((p) => p.exitLine.trim()).map((p) => ({ id: `plan:${p.id}:exit`, text: p.exitLine.trim(), source: 'plan' as const }));
  const boundaryWords = (src.boundaries ?? [])
    .filter((b) => b.words?.trim())
    .map((b) => ({ id: `boundary:${b.id}`, text: b.words!.trim(), source: 'boundary' as const }));
  const own = src.own ?? [];
  const favourites = [...(src.favouriteIds ?? [])].map((id) => byId.get(id)).filter((p): p is Prompt => Boolean(p));
  const favOpen = favourites.filter((p) => !isExit(p)).map((p) => fromPrompt(p, p.own ? 'own' : 'favourite'));
  const favExit = favourites.filter(isExit).map((p) => fromPrompt(p, p.own ? 'own' : 'favourite'));
  const ownOpen = own.filter((p) => !isExit(p)).map((p) => fromPrompt(p, 'own'));
  const ownExit = own.filter(isExit).map((p) => fromPrompt(p, 'own'));
  const library = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((p): p is Prompt => Boolean(p)).map((p) => fromPrompt(p, 'library'));

  const openings =
    src.goal === 'boundary'
      ? [...planOpenings, ...boundaryWords, ...favOpen, ...ownOpen, ...library(OPENING_PROMPT_IDS)]
      : [...planOpenings, ...favOpen, ...ownOpen, ...boundaryWords, ...library(OPENING_PROMPT_IDS)];
  const exits = [...planExits, ...favExit, ...ownExit, ...boundaryWords, ...library(EXIT_PROMPT_IDS)];
  return { openings: distinct(openings, limit), exits: distinct(exits, limit) };
}

/** The first `limit` lines, each text once (the earlier, more personal one wins). */
function distinct(lines: readonly QuickLine[], limit: number): QuickLine[] {
  const seen = new Set<string>();
  const out: QuickLine[] = [];
  for (const line of lines) {
    const key = line.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key) || seen.has(line.id)) continue;
    seen.add(key);
    seen.add(line.id);
    out.push(line);
    if (out.length >= limit) break;
  }
  return out;
}
