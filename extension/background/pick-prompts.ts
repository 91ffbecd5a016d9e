/**
 * Chooses the two or three things to offer beside a hard message, from the kinds of
 * finding (cue-finding.ts; never from the message itself): the person's own boundary and
 * favourite or own prompts first, then library prompts whose skill fits. Pure, so it is
 * tested in node.
 */
import type { Situation } from '../../shared/content/course-types.ts';
import { fitsSituation, type Prompt, type PromptCategory } from '../../shared/content/prompts/prompt-types.ts';
import { boundarySentence, type Boundary } from '../../shared/domain/toolkit/boundary.ts';
import type { FindingKind } from '../../shared/domain/nudge/cue-finding.ts';
import type { ChipPrompt } from '../messages.ts';

/**
 * The skills that help with each kind of finding, most fitting first. A label or blame
 * earns an "I" statement about the behaviour; a hard tone (the model's 'tone', shouting,
 * an ultimatum) earns calming and repair; money earns a boundary about money; a hard
 * topic, above all treatment, earns "encouraging help without pressure".
 */
export const SKILLS_FOR_CUE: Readonly<Record<FindingKind, readonly PromptCategory[]>> = {
  absolute: ['i-statements', 'calming', 'repair'],
  blame: ['i-statements', 'repair', 'calming'],
  ultimatum: ['calming', 'boundaries', 'repair'],
  label: ['i-statements', 'repair', 'calming'],
  topic: ['encouraging-help', 'asking', 'listening'],
  shouting: ['calming', 'repair', 'i-statements'],
  distress: ['self-care', 'calming', 'i-statements'],
  money: ['boundaries', 'saying-no', 'i-statements'],
  treatment: ['encouraging-help', 'asking', 'validating'],
  tone: ['calming', 'repair', 'i-statements'],
};

/**
 * Library tags that make a prompt of a fitting skill the one to offer: a money boundary
 * for money, words about treatment for treatment. A tag counts as much as one step of
 * skill, so "I won't lend money anymore…" wins over a boundary about shouting when money
 * is the subject.
 */
const TAG_FOR_KIND: Partial<Readonly<Record<FindingKind, string>>> = { money: 'money', treatment: 'treatment' };

/**
 * The topic areas a rule names (money, treatment) say more than "a hard topic": with one
 * of them, the general 'topic' is left out, so money gets a money boundary rather than an
 * offer of treatment.
 */
const TOPIC_AREAS: ReadonlySet<FindingKind> = new Set(['money', 'treatment']);

/** Kinds where a boundary the person wrote is worth offering first (not treatment: there a boundary reads as pressure). */
const BOUNDARY_KINDS: ReadonlySet<FindingKind> = new Set(['ultimatum', 'topic', 'blame', 'label', 'absolute', 'shouting', 'money', 'tone']);
/** Kinds that mean feelings are running high. */
const HEATED_KINDS: ReadonlySet<FindingKind> = new Set(['ultimatum', 'shouting', 'blame', 'label', 'tone']);

/** The kinds that decide the prompts: each once, and 'topic' only when no rule named its area. */
export function fittingKinds(kinds: readonly FindingKind[]): FindingKind[] {
  const unique = [...new Set(kinds)];
  return unique.some((k) => TOPIC_AREAS.has(k)) ? unique.filter((k) => k !== 'topic') : unique;
}

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

/**
 * How well a prompt fits the cues: its skill and subject first, in steps of ten; then,
 * within a step, how easy it is to send (a text, short, no fill-in blanks), which is
 * never worth a step (at most 8).
 */
export function promptScore(prompt: Prompt, given: readonly FindingKind[]): number {
  const kinds = fittingKinds(given);
  let fit = 0;
  for (const kind of kinds) {
    const at = SKILLS_FOR_CUE[kind].indexOf(prompt.category);
    if (at === -1) continue;
    fit += 3 - at;
    const tag = TAG_FOR_KIND[kind];
    if (tag && prompt.tags.includes(tag)) fit += 1;
  }
  if (fit === 0) return 0;
  let ease = 0;
  if (prompt.tags.includes('text-message')) ease += 2;
  if (prompt.tags.includes('quick')) ease += 1;
  if (!prompt.words.includes('[')) ease += 3;
  if (prompt.tags.includes('anger') && kinds.some((k) => HEATED_KINDS.has(k))) ease += 2;
  return fit * 10 + ease;
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
  if (fittingKinds(kinds).some((k) => BOUNDARY_KINDS.has(k))) {
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
