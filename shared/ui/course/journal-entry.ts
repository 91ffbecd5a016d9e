import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { JournalEntry } from '../../domain/course/journal.ts';
import { keepBoth } from '../../domain/trust/keep-both.ts';
import { shortWords } from '../base/format.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import { kindLabel } from './journal-groups.ts';
import { humaniseId } from '../toolkit/plan-labels.ts';
import type { AlTabConflict, AlTabConflictChoiceEvent } from '../trust/tab-conflict.ts';
import '../base/text-field.ts';
import '../trust/tab-conflict.ts';
import { weekNameOf } from './week-name.ts';
import { readerDate, readerTime } from './reader-dates.ts';

/** This tab's edit and the copy another tab saved meanwhile (undefined: it deleted the entry). */
export interface JournalConflict {
  mine: string;
  theirs: JournalEntry | undefined;
}

/** Fired when the person asks to edit an entry (`editing` true) or leaves the edit (false). */
export class AlJournalEntryEditEvent extends Event {
  static readonly type = 'al-journal-entry-edit';
  constructor(readonly detail: Readonly<{ id: string; editing: boolean }>) {
    super(AlJournalEntryEditEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired with the new text when the person saves an edit. `base` is the `updatedAt` of the copy
 * the text is built on, when that is not the entry shown (after a changed-in-another-tab choice).
 */
export class AlJournalEntrySaveEvent extends Event {
  static readonly type = 'al-journal-entry-save';
  constructor(readonly detail: Readonly<{ id: string; text: string; base?: number }>) {
    super(AlJournalEntrySaveEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the person asks to delete an entry. */
export class AlJournalEntryDeleteEvent extends Event {
  static readonly type = 'al-journal-entry-delete';
  constructor(readonly detail: Readonly<{ id: string }>) {
    super(AlJournalEntryDeleteEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * One journal entry: the question as the reader saw it, their words, a practice's plan and
 * when they tried it; edited in place.
 *
 * @summary Journal entry.
 * @fires al-journal-entry-edit - Start or leave editing.
 * @fires al-journal-entry-save - Save the edited text.
 * @fires al-journal-entry-delete - Delete the entry.
 */
@localized()
@customElement('al-journal-entry')
export class AlJournalEntry extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      article {
        background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius);
        padding: var(--al-space-4); box-shadow: var(--al-shadow);
      }
      h3 { font-size: 1.05rem; margin-bottom: var(--al-space-1); }
      .meta { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; }
      .empty { color: var(--al-color-text-muted); font-style: italic; }
      dl { margin: 0 0 var(--al-space-3); }
      dt { font-weight: 600; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      dd { margin: 0 0 var(--al-space-2); overflow-wrap: anywhere; }
      .tried { color: var(--al-color-success); font-weight: 700; }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      form { margin: 0; }
      .elsewhere { border-left: 4px solid var(--al-color-accent); padding-left: var(--al-space-3); }
    `,
  ];

  @query('al-text-field') private field?: AlTextField;
  @query('al-tab-conflict') private conflictBox?: AlTabConflict;

  /** An empty note was saved: worded at render time, so a change of language rewords it. */
  @state() private empty = false;

  /** The entry to show. */
  @property({ attribute: false }) entry!: JournalEntry;
  /** Shows the edit form instead of the text. */
  @property({ type: Boolean }) editing = false;
  /** `date` shows the time only (the day is the group's heading); `week` shows the date. */
  @property() view: 'date' | 'week' = 'date';
  /** A practice plan's questions, field id → label. */
  @property({ attribute: false }) planLabels: Readonly<Record<string, string>> | undefined;
  /** Set while editing when another tab has saved this entry since it was opened here. */
  @property({ type: Boolean }) changedElsewhere = false;
  /** A save refused because another tab saved first: both versions, for the person to choose. */
  @property({ attribute: false }) conflict: JournalConflict | undefined;

  override async updated(changed: Map<string, unknown>): Promise<void> {
    if (changed.has('conflict') && this.conflict) {
      await this.conflictBox?.updateComplete;
      this.conflictBox?.focus();
    }
  }

  private handleChoice(event: AlTabConflictChoiceEvent): void {
    const conflict = this.conflict;
    if (!conflict) return;
    const { mine, theirs } = conflict;
    // Keeping the other version is leaving the edit: the page shows the stored copy.
    if (event.keep === 'theirs') return this.edit(false);
    const text = event.keep === 'both' && theirs ? keepBoth(theirs.text, mine) : mine;
    this.dispatchEvent(new AlJournalEntrySaveEvent({ id: this.entry.id, text, base: theirs?.updatedAt ?? 0 }));
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('editing')) this.empty = false;
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const text = this.field?.value.trim() ?? '';
    if (!text && this.entry.kind === 'note') {
      this.empty = true;
      this.field?.focus();
      return;
    }
    this.dispatchEvent(new AlJournalEntrySaveEvent({ id: this.entry.id, text }));
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.edit(false);
  }

  private edit(editing: boolean): void {
    this.dispatchEvent(new AlJournalEntryEditEvent({ id: this.entry.id, editing }));
  }

  /** Moves focus to the entry itself (after "Show more" or a delete). */
  focusEntry(): void {
    this.renderRoot.querySelector<HTMLElement>('article')?.focus();
  }

  /** Moves focus to the Edit button (after an edit ends). */
  focusEdit(): void {
    this.renderRoot.querySelector<HTMLElement>('.edit')?.focus();
  }

  /** Moves focus into the edit field. */
  async focusField(): Promise<void> {
    await this.updateComplete;
    this.field?.focus();
  }

  private renderPlan(plan: Record<string, string>) {
    const filled = Object.entries(plan).filter(([, v]) => v.trim());
    if (filled.length === 0) return nothing;
    return html`<dl>${filled.map(([id, value]) => html`<dt>${this.planLabels?.[id] ?? humaniseId(id)}</dt><dd>${value}</dd>`)}</dl>`;
  }

  override render() {
    const e = this.entry;
    const when = new Date(e.createdAt);
    const whenText =
      this.view === 'date'
        ? readerTime(when, { hour: 'numeric', minute: '2-digit' })
        : readerDate(when, { day: 'numeric', month: 'short', year: 'numeric' });
    const heading = e.prompt || msg('Note');
    const about = shortWords(e.text || heading, 8);
    const noteLike = e.kind === 'note';
    return html`<article tabindex="-1" aria-labelledby="heading">
      <h3 id="heading">${heading}</h3>
      <p class="meta">${kindLabel(e.kind)}${e.week ? ` · ${weekNameOf(e.week)}` : ''} · <time datetime=${Number.isNaN(when.getTime()) ? '' : when.toISOString()}>${whenText}</time></p>
      ${e.plan ? this.renderPlan(e.plan) : nothing}
      ${e.triedAt ? html`<p class="tried">${msg(str`Tried on ${readerDate(e.triedAt, { day: 'numeric', month: 'long', year: 'numeric' })}`)}</p>` : nothing}
      ${this.editing
        ? html`<form novalidate @submit=${this.handleSubmit} @keydown=${this.handleKeydown}>
            ${this.changedElsewhere && !this.conflict
              ? html`<p class="elsewhere" role="status">${msg('This entry changed in another tab since you opened it here. When you save, you can choose which version to keep, or keep both.')}</p>`
              : nothing}
            <al-text-field multiline rows="5" label=${noteLike ? msg('Edit your note') : msg('Edit your words')} .value=${e.text}
              .error=${this.empty ? msg('Write a few words, or delete this note if you no longer need it.') : ''}></al-text-field>
            ${this.conflict
              ? html`<al-tab-conflict .mine=${this.conflict.mine} .theirs=${this.conflict.theirs?.text ?? ''} ?deleted=${!this.conflict.theirs}
                  @al-tab-conflict-choice=${this.handleChoice}></al-tab-conflict>`
              : nothing}
            <div class="actions">
              <button class="btn primary" type="submit">${msg('Save changes')}</button>
              <button class="btn" type="button" @click=${() => this.edit(false)}>${msg('Cancel')}</button>
            </div>
          </form>`
        : html`${e.text ? html`<p class="text">${e.text}</p>` : html`<p class="empty">${msg('Nothing written here yet.')}</p>`}
            <div class="actions">
              <button class="btn edit" type="button" aria-label=${msg(str`Edit entry: ${about}`)} @click=${() => this.edit(true)}>${msg('Edit')}</button>
              <button class="btn danger" type="button" aria-label=${msg(str`Delete entry: ${about}`)}
                @click=${() => this.dispatchEvent(new AlJournalEntryDeleteEvent({ id: e.id }))}>${msg('Delete')}</button>
            </div>`}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-journal-entry': AlJournalEntry;
  }
  interface HTMLElementEventMap {
    'al-journal-entry-edit': AlJournalEntryEditEvent;
    'al-journal-entry-save': AlJournalEntrySaveEvent;
    'al-journal-entry-delete': AlJournalEntryDeleteEvent;
  }
}
