import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import '../base/text-field.ts';

/** Fired by `<al-journal-note-form>` with the text of a new note. */
export class AlJournalNoteSaveEvent extends Event {
  static readonly type = 'al-journal-note-save';
  constructor(readonly detail: Readonly<{ text: string }>) {
    super(AlJournalNoteSaveEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * "Write a note": a button that opens a small form for a free note, and closes it again.
 *
 * @summary New journal note.
 * @fires al-journal-note-save - With the note's text; the form closes.
 */
@localized()
@customElement('al-journal-note-form')
export class AlJournalNoteForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin-bottom: var(--al-space-4); max-width: var(--al-measure); }
      section { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); box-shadow: var(--al-shadow); }
      h2 { font-size: var(--al-font-size-h2); }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      form { margin: 0; }
    `,
  ];

  @query('al-text-field') private field?: AlTextField;
  @query('.open') private openButton?: HTMLButtonElement;

  @state() private open = false;
  /** Saved with nothing written: worded at render time, so a change of language rewords it. */
  @state() private empty = false;

  private async toggle(open: boolean): Promise<void> {
    this.open = open;
    this.empty = false;
    await this.updateComplete;
    if (open) this.field?.focus();
    else this.openButton?.focus();
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const text = this.field?.value.trim() ?? '';
    if (!text) {
      this.empty = true;
      this.field?.focus();
      return;
    }
    this.dispatchEvent(new AlJournalNoteSaveEvent({ text }));
    void this.toggle(false);
  }

  override render() {
    if (!this.open) return html`<button class="btn primary open" type="button" @click=${() => this.toggle(true)}>${msg('Write a note')}</button>`;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${msg('Write a note')}</h2>
      <form novalidate @submit=${this.handleSubmit} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.toggle(false)}>
        <al-text-field multiline rows="5" label=${msg('Your note')} hint=${msg('Just for you. It stays on this device.')}
          .error=${this.empty ? msg('Write a few words first. Anything you want to remember is fine.') : ''}></al-text-field>
        <div class="actions">
          <button class="btn primary" type="submit">${msg('Save note')}</button>
          <button class="btn" type="button" @click=${() => this.toggle(false)}>${msg('Cancel')}</button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-journal-note-form': AlJournalNoteForm;
  }
  interface HTMLElementEventMap {
    'al-journal-note-save': AlJournalNoteSaveEvent;
  }
}
