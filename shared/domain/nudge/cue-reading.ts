/**
 * The combined reading of a message: the rules (cue-detector.ts) name words and find
 * help; the nudge model (cue-model.ts) decides whether the message earns the chip, and
 * hears what no rule names (sarcasm, guilt, a calm hard topic). The model can overrule a
 * rule, so a calm boundary that says "drinking" is left alone; help found by a rule
 * always earns the chip, because offering help lines is the safe error.
 *
 * Runs in the extension's background only: the model's weights are far too large for
 * the in-page script, and nothing here touches the DOM.
 */
import modelData from '../../content/cues/cue-model-en.json';
import { analysedRange, detectCues, precompileLexicon, type Cue, type HelpNeed, type Sensitivity } from './cue-detector.ts';
import type { FindingKind, GeneralFinding } from './cue-finding.ts';
import { loadCueModel, runCueModel, type CueModel, type CueModelData, type ModelKind } from './cue-model.ts';
import { modelWindow, ruleSignals, isMoneyRule, isTreatmentRule } from './cue-model-inputs.ts';
import type { CueKind } from '../../content/cues/lexicon-types.ts';

/** What a reading found. */
export interface CueReading {
  /** Show the chip. */
  nudge: boolean;
  /** Help lines to offer with it (a rule found it, or the model is sure of crisis or safety). */
  help: HelpNeed | null;
  /** The rules' cues, with the words they name. */
  cues: Cue[];
  /** What the prompts should fit: the rules' kinds, the topic areas they named, and the model's own finding. */
  kinds: FindingKind[];
  /** The model's finding when no rule names a span, for a true and general line on the chip. */
  general: GeneralFinding;
  /** The model's p(nudge), 0 when it did not run. */
  modelScore: number;
  /** The kind the model would give a nudge (null when it did not run). */
  modelKind: ModelKind | null;
}

export interface ReadOptions {
  sensitivity?: Sensitivity;
  caret?: number | null;
  /** For training and tests: another model than the shipped one. */
  model?: CueModel;
}

let shipped: CueModel | null = null;

/** The shipped model, decoded on first use. */
export function cueModel(): CueModel {
  shipped ??= loadCueModel(modelData as CueModelData);
  return shipped;
}

/** Cues about how a thing is said (the model's 'tone' adds nothing when one of these is named). */
const TONE_CUES: ReadonlySet<CueKind> = new Set<CueKind>(['absolute', 'blame', 'ultimatum', 'label', 'shouting']);

/** Reads a message the person is writing. */
export function readCues(text: string, options: ReadOptions = {}): CueReading {
  const sensitivity = options.sensitivity ?? 'standard';
  if (sensitivity === 'off') return { nudge: false, help: null, cues: [], kinds: [], general: null, modelScore: 0, modelKind: null };
  const caret = options.caret ?? undefined;
  const rules = detectCues(text, { sensitivity, caret });
  const model = options.model ?? cueModel();
  const [from, to] = analysedRange(text, caret);
  const reading = runCueModel(model, modelWindow(text, from, to, caret), ruleSignals(rules));
  const modelNudge = reading.p >= model.thresholds[sensitivity];

  let help = rules.help;
  // The model alone offers help lines only when it is sure: a needless line is a small
  // cost, a missed one is not, but a chip that cries wolf teaches people to ignore it.
  if (help === null && reading.p >= 0.5 && (reading.kind === 'crisis' || reading.kind === 'safety') && reading.kindP >= model.helpThreshold) help = reading.kind;

  const kinds = new Set<FindingKind>();
  let toneNamed = false;
  let topicNamed = false;
  for (const c of rules.cues) {
    kinds.add(c.kind);
    if (TONE_CUES.has(c.kind)) toneNamed = true;
    if (c.kind !== 'topic') continue;
    topicNamed = true;
    if (isMoneyRule(c.rule)) kinds.add('money');
    if (isTreatmentRule(c.rule)) kinds.add('treatment');
  }
  let general: GeneralFinding = null;
  if (modelNudge && help === null) {
    // Crisis or safety the model is unsure of reads as tone: something true to say.
    const found: 'tone' | 'topic' = reading.kind === 'topic' ? 'topic' : 'tone';
    if (found === 'tone' && !toneNamed) kinds.add('tone');
    if (found === 'topic' && !topicNamed) kinds.add('topic');
    if (rules.cues.length === 0) general = found;
  }
  return {
    nudge: help !== null || modelNudge,
    help,
    cues: rules.cues,
    kinds: [...kinds],
    general,
    modelScore: Math.round(reading.p * 1000) / 1000,
    modelKind: reading.kind,
  };
}

/**
 * Compiles the lexicon and decodes the model now, and reads once so the engine has
 * compiled the hot paths, so the person's first pause in typing pays for none of it.
 */
export function warmUpReader(): void {
  precompileLexicon();
  readCues('Warming up: you never listen, and I love you.');
}
