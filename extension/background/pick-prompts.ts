/**
 * Chooses the two or three things to offer beside a hard message, from the kinds of cue
 * found (never from the message itself): the person's own boundary and favourite or own
 * prompts first, then library prompts whose skill fits. Pure, so it is tested in node.
 */
import type { Situation } from '../../shared/content/course-types.ts';
import { fitsSituation, type Prompt, type PromptCategory } from '../../shared/content/prompts/prompt-types.ts';
import { boundarySentence, type Boundary } from '../../shared/domain/boundary.ts';
import type { FindingKind } from '../../shared/domain/cue-finding.ts';
import type { ChipPrompt } from '../messages.ts';

/** The skills that help with each kind of cue, most fitting first. */
export const SKILLS_FOR_CUE: Readonly<Record<FindingKind, readonly PromptCategory[]>> = {
  absolute: ['i-statements', 'calming', 'listening'],
  blame: ['i-statements', 'repair', 'validating'],
  ultimatum: ['boundaries', 'calming', 'saying-no'],
  label: ['i-statements', 'repair', 'validating'],
  topic: ['encouraging-help', 'asking', 'boundaries'],
  shouting: ['calming', 'i-statements', 'repair'],
  distress: ['self-care', 'calming', 'i-statements'],
  money: ['boundaries', 'saying-no', 'i-statements'],
  treatment: ['encouraging-help', 'asking', 'listening'],
  tone: ['calming', 'repair', 'i-statements'],
};

/** Kinds where a boundary the person wrote is worth offering first. */
const BOUNDARY_KINDS: ReadonlySet<FindingKind> = new Set(['ultimatum', 'topic', 'blame', 'label', 'absolute', 'shouting']);
/** Kinds that mean feelings are running high. */
const HEATED_KINDS: ReadonlySet<FindingKind> = new Set(['ultimatum', 'shouting', 'blame', 'label']);

/** What the picker chooses from. */
export interface PromptSources {
  boundaries: readonly Boundary[];
  /** Ids of favourite prompts (library or own). */
  favourites: ReadonlySet<string>;
  /** Prompts the person wrote. */
  own: readonly Prompt[];
  library: readonly Prompt[];
  /** Only library prompts for this situation (all when undefined). */
  situation?: Situation;
}

/** How well a prompt fits the cues: its skill first, then whether it suits a written message. */
export function promptScore(prompt: Prompt, kinds: readonly FindingKind[]): number {
  let score = 0;
  for (const kind of new Set(kinds)) {
    const at = SKILLS_FOR_CUE[kind].indexOf(prompt.category);
    if (at !== -1) score += 3 - at;
  }
  if (score === 0) return 0;
  // Written to be sent as a text, short, and ready without fill-in blanks: easiest to insert.
  if (prompt.tags.includes('text-message')) score += 2;
  if (prompt.tags.includes('quick')) score += 1;
  if (!prompt.words.includes('[')) score += 2;
  if (prompt.tags.includes('anger') && kinds.some((k) => HEATED_KINDS.has(k))) score += 2;
  return score;
}

/** Best first; a stable order on ties (the order they were given). */
function ranked(prompts: readonly Prompt[], kinds: readonly FindingKind[]): { prompt: Prompt; score: number }[] {
  return prompts
    .map((prompt, order) => ({ prompt, score: promptScore(prompt, kinds), order }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
}

/**
 * True for a record the background can read. With the app lock on, the person's boundaries
 * and own prompts are stored sealed and the background never has the key: they are skipped
 * (the data layer already leaves them out there; this keeps a sealed one from ever being
 * offered as empty words).
 */
function readable(record: object): boolean {
  return !('sealed' in record);
}

/**
 * Up to `limit` prompts for these cue kinds: at most one boundary, at most two of the
 * person's favourite or own prompts, then library prompts of different skills.
 */
export function pickPrompts(kinds: readonly FindingKind[], given: PromptSources, limit = 3): ChipPrompt[] {
  const sources = { ...given, boundaries: given.boundaries.filter(readable), own: given.own.filter(readable) };
  const out: ChipPrompt[] = [];
  const seen = new Set<string>();
  const add = (p: ChipPrompt): void => {
    if (out.length >= limit || seen.has(p.id) || !p.words.trim()) return;
    seen.add(p.id);
    out.push(p);
  };

  // 1. The newest boundary, in the words the person chose to say it.
  if (kinds.some((k) => BOUNDARY_KINDS.has(k))) {
    const boundary = sources.boundaries.find((b) => (b.words ?? '').trim() || (b.situation.trim() && b.action.trim()));
    if (boundary) {
      add({ id: `boundary:${boundary.id}`, words: boundary.words?.trim() || boundarySentence(boundary), source: 'boundary', note: 'A boundary you wrote' });
    }
  }

  // 2. Their favourites and own words: those that fit the cues first, then any favourite.
  const libraryById = new Map(sources.library.map((p) => [p.id, p] as const));
  const favourites = [...sources.favourites].map((id) => sources.own.find((p) => p.id === id) ?? libraryById.get(id)).filter((p): p is Prompt => Boolean(p));
  const ownNotFavourite = sources.own.filter((p) => !sources.favourites.has(p.id));
  const personal = [
    ...ranked(favourites, kinds).map((r) => ({ ...r, source: 'favourite' as const })),
    ...ranked(ownNotFavourite, kinds)
      .filter((r) => r.score > 0)
      .map((r) => ({ ...r, source: 'own' as const })),
  ].sort((a, b) => b.score - a.score);
  for (const { prompt, source } of personal.slice(0, 2)) {
    add({ id: prompt.id, words: prompt.words, source, note: prompt.whenToUse });
  }

  // 3. Library prompts, one skill at a time so the choices differ, then the best of the rest.
  const library = ranked(
    sources.library.filter((p) => fitsSituation(p, sources.situation)),
    kinds,
  ).filter((r) => r.score > 0);
  const skills = new Set<PromptCategory>(out.flatMap((p) => (libraryById.get(p.id)?.category ? [libraryById.get(p.id)!.category] : [])));
  for (const { prompt } of library) {
    if (skills.has(prompt.category)) continue;
    skills.add(prompt.category);
    add({ id: prompt.id, words: prompt.words, source: 'library', note: prompt.whenToUse });
  }
  for (const { prompt } of library) add({ id: prompt.id, words: prompt.words, source: 'library', note: prompt.whenToUse });
  return out;
}
