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
import type { HelpNeed } from '../../shared/domain/nudge/cue-detector.ts';
import { send, type ChipHelp, type ChipPrompt } from '../messages.ts';
import { chipView, type ChipViewActions, type ChipViewState } from './chip-view.ts';
import { notesFor } from './cue-notes.ts';
import { ChipHost } from './chip-host.ts';
import { insertWords, saveCaret, type Caret } from './insert-text.ts';
import { ChipPrompts, promptKinds } from './chip-prompts.ts';
import { readMessage, type ReadCue, type Reading } from './message-reading.ts';
import { readOwnWords } from './own-words.ts';
import { activeHere, onSitesChanged } from './site-state.ts';
import { changedSubstantially, snoozeFor, type Snooze } from './text-change.ts';
import { TypingPause } from './typing-pause.ts';

/**
 * Asks the background whether Alongside is on here; returns the controller, or null
 * (and stops the in-page script) when it is quiet or off on this site.
 */
export async function startChip(main: AbortController): Promise<ChipController | null> {
  if ((await activeHere()) && !main.signal.aborted) return new ChipController(main);
  main.abort();
  return null;
}

/** The chip for one page: at most one field watched and one chip shown at a time. */
export class ChipController {
  private readonly host: ChipHost;
  private readonly actions: ChipViewActions;
  private field: HTMLElement | null = null;
  private fieldWatch: AbortController | null = null;
  private readonly pause = new TypingPause(() => void this.check());
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
  private readonly prompts = new ChipPrompts();
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
    onSitesChanged(signal, () => void this.handleSitesChanged());
    signal.addEventListener('abort', () => this.teardown(), { once: true });
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
    this.pause.stop();
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
    this.edits++;
    this.pause.typed(event.timeStamp);
  }

  /** Reads the message and shows, keeps or hides the chip. */
  private async check(): Promise<void> {
    this.pause.stop();
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
    try {
      const reading = await readMessage(text, caret);
      if (reading !== 'stop') return reading;
      // Turned off or quiet since this page loaded: the background did not read it. When the
      // person just chose "quiet today" or "never" here, and a read that was already waiting
      // for a pause came back "stop", the panel saying so stays until they close it.
      if (!this.quieting) this.main.abort();
    } catch {
      // The extension was updated or removed under this page: stay out of the way.
      this.main.abort();
    }
    return null;
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
    // Off or quiet here now, or the extension was updated or removed: stop quietly.
    if (!(await activeHere())) this.main.abort();
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
    const { general } = this.finding;
    const kinds = promptKinds(this.finding, this.cues);
    const cached = this.prompts.known(kinds);
    this.show({ mode: 'panel', notes: notesFor(this.cues), safety: this.cues.some((c) => c.safety), prompts: cached ?? (kinds.length ? 'loading' : 'unavailable'), help: null, general });
    this.host.focus('#al-title');
    if (cached || kinds.length === 0) return;
    const prompts = await this.prompts.fetch(kinds);
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
    this.pause.stop();
    this.fieldWatch?.abort();
    this.host.destroy();
    this.field = null;
    this.view = null;
  }
}
