/**
 * Watches the focused message field and, after a pause in typing, has the message read
 * for cues. When a message may land hard, shows the chip beside the field; opening it
 * shows the panel. Loaded on the first focus of a message field (see main.ts).
 *
 * What is typed goes only to the extension's own background, which reads it in memory
 * (the detector lives there, once for the whole browser, to keep this script small) and
 * answers with positions and notes. Nothing here stores it.
 */
import { render } from 'lit/html.js';
import type { Cue } from '../../shared/domain/nudge/cue-detector.ts';
import type { HelpNeed } from '../../shared/domain/nudge/cue-detector.ts';
import type { FindingKind, GeneralFinding } from '../../shared/domain/nudge/cue-finding.ts';
import { send, SITES_CHANGED, type ChipHelp, type ChipPrompt } from '../messages.ts';
import { chipView, type ChipViewActions, type ChipViewState } from './chip-view.ts';
import { notesFor } from './cue-notes.ts';
import { ChipHost } from './chip-host.ts';
import { insertWords, saveCaret, type Caret } from './insert-text.ts';
import { messageWindow } from './message-window.ts';
import { readOwnWords } from './own-words.ts';
import { changedSubstantially, snoozeFor, type Snooze } from './text-change.ts';

/** A cue as this script keeps it: the words found are cut from the field's own text. */
type ReadCue = Pick<Cue, 'kind' | 'match' | 'explanation' | 'safety'>;

/** What reading a message found. */
interface Reading {
  nudge: boolean;
  /** Help the message calls for, with the lines to show; then no thought about wording. */
  help: ChipHelp | null;
  cues: ReadCue[];
  /** What the offered prompts should fit: the rules' kinds, the topic areas they named, the model's finding. */
  kinds: FindingKind[];
  /** The model's finding where no rule names words: the panel says it in general terms. */
  general: GeneralFinding;
}

/** How long typing must pause before the message is read. */
export const PAUSE_MS = 600;

/**
 * Asks the background whether Alongside is on here; returns the controller, or null
 * (and stops the in-page script) when it is quiet or off on this site.
 */
export async function startChip(main: AbortController): Promise<ChipController | null> {
  try {
    const state = await send('site-state', {});
    if (state.active && !main.signal.aborted) return new ChipController(main);
  } catch {
    // The extension was updated or removed under this page: stay out of the way.
  }
  main.abort();
  return null;
}

/** The chip for one page: at most one field watched and one chip shown at a time. */
export class ChipController {
  private readonly host: ChipHost;
  private readonly actions: ChipViewActions;
  private field: HTMLElement | null = null;
  private fieldWatch: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the person last typed (performance.now() time): the timer reads once they pause. */
  private lastInput = 0;
  /** Counts edits to the field, so a reading of text that has changed since is dropped. */
  private edits = 0;
  private cues: ReadCue[] = [];
  private help: ChipHelp | null = null;
  private finding: Pick<Reading, 'kinds' | 'general'> = { kinds: [], general: null };
  /** Counts reads, so an answer to an older one (the person typed on) is dropped. */
  private reads = 0;
  private caret: Caret = null;
  private view: ChipViewState | null = null;
  private readonly snoozes = new WeakMap<HTMLElement, Snooze>();
  private readonly prompts = new Map<string, ChipPrompt[]>();
  /** The person chose "quiet today" or "never" here: the panel says so, and its Close ends the script. */
  private quieting = false;

  constructor(private readonly main: AbortController) {
    const signal = main.signal;
    this.host = new ChipHost(signal, () => this.handleFocusElsewhere());
    this.actions = {
      open: () => void this.handleOpen(),
      close: () => this.handleClose(),
      notNow: () => this.handleNotNow(),
      insert: (p) => this.handleInsert(p),
      openHelp: (need) => void this.handleOpenHelp(need),
      quietToday: () => void this.handleQuiet('today'),
      never: () => void this.handleQuiet('never'),
      keydown: (e) => this.handleKeydown(e),
    };
    // Told that a site was turned off or quiet (in the popup, options or another tab): ask about this one.
    const handleNotice = (message: unknown, sender: chrome.runtime.MessageSender): void => {
      if (sender.id === chrome.runtime.id && (message as { type?: unknown } | null)?.type === SITES_CHANGED) void this.handleSitesChanged();
    };
    chrome.runtime.onMessage.addListener(handleNotice);
    signal.addEventListener('abort', () => (chrome.runtime.onMessage.removeListener(handleNotice), this.teardown()), { once: true });
  }

  /** Starts watching a focused message field (or checks it again on a return to it). */
  attach(field: HTMLElement): void {
    if (this.main.signal.aborted) return;
    if (field !== this.field) {
      this.detach();
      this.field = field;
      this.fieldWatch = new AbortController();
      const opts = { signal: AbortSignal.any([this.main.signal, this.fieldWatch.signal]) };
      field.addEventListener('input', (event) => this.handleInput(field, event), opts);
      // The cursor is kept when focus leaves the field (for the chip, say), not at every key.
      field.addEventListener('focusout', () => (this.rememberCaret(), this.host.checkFocusSoon()), opts);
    }
    void this.check();
  }

  private detach(): void {
    this.stopTimer();
    this.fieldWatch?.abort();
    this.fieldWatch = null;
    this.field = null;
    this.hide();
  }

  private rememberCaret(): void {
    if (this.field) this.caret = saveCaret(this.field) ?? this.caret;
  }

  /**
   * Every keystroke: constant work. The field's text is read once per pause (check), and
   * only the person's own words (own-words.ts), so a long thread below costs nothing here.
   */
  private handleInput(field: HTMLElement, event: Event): void {
    // Emptied own words are a new message (often: the last one was just sent), even when new
    // words follow before the pause. Typing only adds, so only other edits (delete, cut, undo)
    // while the chip is snoozed look, and at the own words alone, never the thread below.
    if (!(event as InputEvent).inputType?.startsWith('insert') && this.snoozes.has(field) && !readOwnWords(field).text.trim()) this.snoozes.delete(field);
    this.lastInput = event.timeStamp;
    this.edits++;
    // One timer per pause, not one per key: when it fires early, it waits out the rest.
    this.timer ??= setTimeout(() => this.handlePauseTimer(), PAUSE_MS);
  }

  private handlePauseTimer(): void {
    const wait = this.lastInput + PAUSE_MS - performance.now();
    this.timer = wait > 1 ? setTimeout(() => this.handlePauseTimer(), wait) : undefined;
    if (wait <= 1) void this.check();
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Reads the message and shows, keeps or hides the chip. */
  private async check(): Promise<void> {
    this.stopTimer();
    const field = this.field;
    if (!field?.isConnected) return this.detach();
    this.rememberCaret();
    const { text, caret } = readOwnWords(field);
    // Own words cleared, the thread below kept: a new message too.
    if (!text.trim()) this.snoozes.delete(field);
    const reading = ++this.reads;
    const edits = this.edits;
    const result = await this.read(text, caret);
    // The person typed on, changed the text or moved on while it was read: a newer reading
    // decides (a check on returning to the field, answered after the text was replaced, once
    // showed a chip for words no longer there).
    if (!result || reading !== this.reads || field !== this.field || edits !== this.edits) return;
    const snooze = this.snoozes.get(field);
    if (snooze) {
      if (!changedSubstantially(snooze, text.length, result.cues)) return this.view?.mode === 'chip' ? this.hide() : undefined;
      this.snoozes.delete(field);
    }
    // An open panel stays as it is while the person edits; a chip follows the text.
    if (this.view && this.view.mode !== 'chip') return;
    this.cues = result.cues;
    this.help = result.help;
    this.finding = { kinds: result.kinds, general: result.general };
    if (!result.nudge) return this.hide();
    this.show(this.chipState());
  }

  /**
   * Has the background read the text; null when Alongside is off here now or the extension
   * is gone, and this script then stops (chip removed, nothing more read or sent).
   */
  private async read(text: string, caret: number | undefined): Promise<Reading | null> {
    if (this.main.signal.aborted) return null;
    const [start, end] = messageWindow(text.length, caret);
    const part = text.slice(start, end);
    try {
      const found = await send('read-message', { text: part, caret: caret === undefined ? null : Math.min(Math.max(caret - start, 0), part.length) });
      // Turned off or quiet since this page loaded: the background did not read it.
      if (found.stop) {
        // The person just chose "quiet today" or "never" here, and a read that was already
        // waiting for a pause came back "stop": the panel saying so stays until they close it.
        if (!this.quieting) this.main.abort();
        return null;
      }
      const cues = found.cues.map(({ kind, start: from, end: to, explanation, safety }): ReadCue => ({ kind, match: part.slice(from, to), explanation, ...(safety ? { safety } : {}) }));
      return { nudge: found.nudge, help: found.help, cues, kinds: found.kinds, general: found.general };
    } catch {
      // The extension was updated or removed under this page: stay out of the way.
      this.main.abort();
      return null;
    }
  }

  /** The closed chip for what was read last: an offer of help, or of a gentle thought. */
  private chipState(): ChipViewState {
    return { mode: 'chip', notes: [], safety: false, prompts: 'loading', help: this.help };
  }

  private show(view: ChipViewState): void {
    if (!this.field) return;
    this.view = view;
    render(chipView(view, this.actions), this.host.mount(this.field));
    this.host.place(view.mode === 'chip' ? 'chip' : 'panel');
  }

  private hide(): void {
    this.view = null;
    this.host.unmount();
  }

  /** Snoozes the chip for this message: back only when it changes substantially. */
  private snooze(): void {
    const field = this.field;
    if (!field) return;
    const { text } = readOwnWords(field);
    // At once with the cues last read, then with the text as it is now (an insert changed it).
    this.snoozes.set(field, snoozeFor(text.length, this.cues));
    void this.read(text, undefined).then((now) => {
      if (now && this.snoozes.has(field)) this.snoozes.set(field, snoozeFor(text.length, now.cues));
    });
  }

  private backToField(): void {
    this.field?.focus({ preventScroll: true });
  }

  private async handleSitesChanged(): Promise<void> {
    // The notice is about this tab's own "quiet" or "never": its panel answers, then Close ends the script.
    if (this.quieting) return;
    try {
      if ((await send('site-state', {})).active) return;
    } catch {
      // The extension was updated or removed: stop quietly.
    }
    this.main.abort();
  }

  private handleFocusElsewhere(): void {
    // Focus left both the field and the chip: the chip belongs to a field being written in.
    this.hide();
  }

  private async handleOpen(): Promise<void> {
    // Despair, danger or fear: help, and nothing about wording or words to insert.
    if (this.help) {
      this.show({ mode: 'panel', notes: [], safety: false, prompts: [], help: this.help });
      this.host.focus('#al-title');
      return;
    }
    // The prompts fit what the reading found (the model's finding too), not only the rules' cues.
    const { general } = this.finding;
    const found: FindingKind[] = this.finding.kinds.length ? this.finding.kinds : general ? [general] : this.cues.map((c) => c.kind);
    const kinds = [...new Set(found)].sort();
    const key = kinds.join(',');
    const cached = this.prompts.get(key);
    this.show({ mode: 'panel', notes: notesFor(this.cues), safety: this.cues.some((c) => c.safety), prompts: cached ?? (kinds.length ? 'loading' : 'unavailable'), help: null, general });
    this.host.focus('#al-title');
    if (cached || kinds.length === 0) return;
    let prompts: ChipPrompt[] | 'unavailable';
    try {
      prompts = (await send('prompts-for-cues', { kinds })).prompts;
      this.prompts.set(key, prompts);
    } catch {
      prompts = 'unavailable';
    }
    if (this.view?.mode === 'panel') this.show({ ...this.view, prompts });
  }

  private handleClose(): void {
    if (this.view?.mode === 'done') {
      this.backToField();
      this.main.abort();
      return;
    }
    this.show(this.chipState());
    this.backToField();
  }

  private handleNotNow(): void {
    this.snooze();
    this.hide();
    this.backToField();
  }

  private handleInsert(prompt: ChipPrompt): void {
    const field = this.field;
    if (!field) return;
    this.hide();
    if (insertWords(field, prompt.words, this.caret)) this.rememberCaret();
    // The words went in: don't offer a thought again until the message changes a lot.
    this.snooze();
  }

  private async handleQuiet(mode: 'today' | 'never'): Promise<void> {
    this.quieting = true;
    try {
      await send('site-quiet', { mode });
    } catch {
      this.hide();
      this.main.abort();
      return;
    }
    const doneMessage =
      mode === 'today'
        ? 'Alongside will stay quiet on this site until tomorrow.'
        : 'Alongside is now off on this site. To turn it on again, open Alongside from your browser’s toolbar.';
    this.show({ mode: 'done', notes: [], safety: false, prompts: [], help: null, doneMessage });
    this.host.focus('.actions button');
  }

  private async handleOpenHelp(need: HelpNeed): Promise<void> {
    try {
      await send('open-help', { for: need });
    } catch {
      // The extension was updated or removed under this page: the lines above still work.
    }
  }

  private handleKeydown(event: KeyboardEvent): void {
    // Keys pressed in the chip are the chip's: the page's shortcuts don't hear them.
    event.stopPropagation();
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (this.view?.mode === 'chip') this.backToField();
    else this.handleClose();
  }

  private teardown(): void {
    this.stopTimer();
    this.fieldWatch?.abort();
    this.host.destroy();
    this.field = null;
    this.view = null;
  }
}
