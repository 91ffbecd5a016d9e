/**
 * The in-page chip and its panel, as lit templates (custom elements don't exist in a
 * content script, so these render with lit's `render()` into a shadow root the
 * controller owns). Every piece of page text is bound as text, never as HTML.
 * The extension's dev page `extension/dev/chip-preview.html` renders the same templates
 * in an open shadow root so axe can check them.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { GeneralFinding } from '../../shared/domain/nudge/cue-finding.ts';
import type { ChipHelp, ChipPrompt } from '../messages.ts';
import { shortWords } from '../../shared/ui/base/format.ts';
import { HELP_CHIP_LABEL, helpPanel, type ChipHelpActions } from './chip-help-view.ts';
import { GENERAL_NOTES, type CueNote, type GeneralNote } from './cue-notes.ts';

/** Everything the view shows. */
export interface ChipViewState {
  mode: 'chip' | 'panel' | 'done';
  notes: CueNote[];
  /** True when a cue touched suicide, self-harm or overdose: show where to get help. */
  safety: boolean;
  prompts: ChipPrompt[] | 'loading' | 'unavailable';
  /** When the message calls for help (despair, danger, safety): the chip offers that help instead, and nothing about wording. */
  help: ChipHelp | null;
  /**
   * What the model found where no rule names words ('tone', or a hard 'topic'): the panel
   * then says so in general terms. When rules name words (`notes`), those are explained instead.
   */
  general?: GeneralFinding;
  /** For `done`: what just changed, in a line. */
  doneMessage?: string;
}

/** What the buttons do. */
export interface ChipViewActions extends ChipHelpActions {
  open(): void;
  insert(prompt: ChipPrompt): void;
  quietToday(): void;
  never(): void;
  keydown(event: KeyboardEvent): void;
}

/** The chip's full name; its visible text is the part after "Alongside: ". */
export const CHIP_LABEL = 'Alongside: a gentle thought before you send?';

const SOURCE_LABEL: Record<ChipPrompt['source'], string> = {
  boundary: 'Your boundary',
  favourite: 'Your favourite',
  own: 'Your words',
  library: 'From the Alongside library',
};

const mark = html`<svg class="mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="7.5" cy="10" r="5.5"></circle><circle cx="12.5" cy="10" r="5.5"></circle></svg>`;

function chip(state: ChipViewState, a: ChipViewActions): TemplateResult {
  const label = state.help ? HELP_CHIP_LABEL[state.help.need] : CHIP_LABEL;
  const visible = label.slice('Alongside: '.length);
  return html`<div class="chip">
    <button class="chip-open" type="button" aria-label=${label} aria-haspopup="dialog" aria-expanded="false" @click=${a.open}>
      ${mark}<span>${visible[0]!.toUpperCase()}${visible.slice(1)}</span>
    </button>
    <button class="chip-close" type="button" aria-label="Not now" title="Not now" @click=${a.notNow}><span aria-hidden="true">×</span></button>
  </div>`;
}

function prompts(state: ChipViewState, a: ChipViewActions): TemplateResult {
  if (state.prompts === 'loading') return html`<p class="muted">Finding words…</p>`;
  if (state.prompts === 'unavailable' || state.prompts.length === 0) {
    return html`<p class="muted">${generalNote(state)?.tip ?? GENERAL_NOTES.tone.tip}</p>`;
  }
  return html`<ul class="prompts">
    ${state.prompts.map(
      (p) => html`<li>
        <p class="say">${p.words}</p>
        <div class="row">
          <span class="source">${SOURCE_LABEL[p.source]}</span>
          <button class="btn small" type="button" aria-label=${`Insert: ${shortWords(p.words)}`} @click=${() => a.insert(p)}>Insert</button>
        </div>
      </li>`,
    )}
  </ul>`;
}

/** The general note, when only the model found something: rules' words, when there are any, are explained instead. */
function generalNote(state: ChipViewState): GeneralNote | null {
  return state.general && state.notes.length === 0 && !state.safety ? GENERAL_NOTES[state.general] : null;
}

/** True when everything found is the writer's own distress: then the panel speaks to them first. */
function distressOnly(state: ChipViewState): boolean {
  return state.safety || (state.notes.length > 0 && state.notes.every((n) => n.kind === 'distress'));
}

function intro(state: ChipViewState): TemplateResult {
  const general = generalNote(state);
  if (general) return html`<p id="al-intro"><strong>${general.says}</strong> ${general.why}</p>`;
  return html`<p id="al-intro">${distressOnly(state)
    ? 'This sounds really hard. You matter, and you don’t have to carry this alone.'
    : 'This sounds like a hard moment, and your feelings make sense. Before you send, you could read it once as they will.'}</p>`;
}

function panel(state: ChipViewState, a: ChipViewActions): TemplateResult {
  return html`<section class="panel" role="dialog" aria-modal="false" aria-labelledby="al-title" aria-describedby="al-intro">
    <div class="head">
      <h2 id="al-title" tabindex="-1">${mark}A gentle thought</h2>
      <button class="icon" type="button" aria-label="Close" title="Close (Esc)" @click=${a.close}><span aria-hidden="true">×</span></button>
    </div>
    ${intro(state)}
    ${state.safety
      ? html`<p class="help"><strong>If you or someone else may be in danger right now,</strong> call your local emergency number or a crisis line. You don’t have to handle this alone.</p>`
      : nothing}
    ${state.notes.length
      ? html`<h3>What stood out</h3>
          <ul class="cues">
            ${state.notes.map((n) => html`<li>${n.matches.length ? html`<span class="found">${n.matches.map((m, i) => html`${i ? ', ' : ''}“${m}”`)}</span> ` : nothing}${n.explanation}</li>`)}
          </ul>`
      : nothing}
    <h3>Words you could use</h3>
    ${prompts(state, a)}
    <div class="actions">
      <button class="btn" type="button" @click=${a.notNow}>Not now</button>
      <button class="btn quiet" type="button" @click=${a.quietToday}>Quiet on this site today</button>
      <button class="btn quiet" type="button" @click=${a.never}>Never on this site</button>
    </div>
    <p class="fine">Only you can see this. Alongside reads what you write only inside your browser, and never keeps it or sends it anywhere.</p>
  </section>`;
}

function done(state: ChipViewState, a: ChipViewActions): TemplateResult {
  return html`<section class="panel" role="dialog" aria-modal="false" aria-labelledby="al-title">
    <div class="head">
      <h2 id="al-title" tabindex="-1">${mark}Alongside</h2>
    </div>
    <p role="status">${state.doneMessage ?? ''}</p>
    <div class="actions"><button class="btn" type="button" @click=${a.close}>Close</button></div>
  </section>`;
}

/** Keeps the chip's own clicks and keys from reaching the page's handlers (shortcuts, "click outside" closers). */
const keepInside = (event: Event): void => event.stopPropagation();

/**
 * The whole view for a state. The wrapper takes focus (tabindex -1) when someone clicks
 * its text, so focus stays in the chip instead of falling to the page.
 */
export function chipView(state: ChipViewState, a: ChipViewActions): TemplateResult {
  return html`<div class="wrap" tabindex="-1" @keydown=${a.keydown} @pointerdown=${keepInside} @mousedown=${keepInside} @click=${keepInside}>
    ${state.mode === 'chip' ? chip(state, a) : state.mode === 'done' ? done(state, a) : state.help ? helpPanel(state.help, a, mark) : panel(state, a)}
  </div>`;
}
