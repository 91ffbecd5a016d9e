import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../base/shared-styles.ts';

/** Which copy the person keeps when two tabs changed one thing. */
export type TabConflictKeep = 'mine' | 'theirs' | 'both';

/** What changed, as the message names it. */
export type TabConflictThing = 'entry' | 'plan' | 'answer';

// Whole sentences per thing, because another language's words around the noun change with it
// ("Esta entrada", "Este plan").
function changedMessage(thing: TabConflictThing): string {
  if (thing === 'plan') return msg('This plan changed in another tab. Keep this version, keep the other, or keep both.');
  if (thing === 'answer') return msg('This answer changed in another tab. Keep this version, keep the other, or keep both.');
  return msg('This entry changed in another tab. Keep this version, keep the other, or keep both.');
}

function deletedMessage(thing: TabConflictThing): string {
  if (thing === 'plan') return msg('This plan was deleted in another tab. Keep this version, or let it go.');
  if (thing === 'answer') return msg('This answer was deleted in another tab. Keep this version, or let it go.');
  return msg('This entry was deleted in another tab. Keep this version, or let it go.');
}

/** Fired with the person's choice. */
export class AlTabConflictChoiceEvent extends Event {
  static readonly type = 'al-tab-conflict-choice';
  constructor(readonly keep: TabConflictKeep) {
    super(AlTabConflictChoiceEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Shown when something was changed in another tab while this tab was editing it: both
 * versions side by side, and a choice that loses nothing until the person makes it.
 *
 * @summary Changed-in-another-tab choice.
 * @fires al-tab-conflict-choice - Keep this version, the other, or both.
 */
@localized()
@customElement('al-tab-conflict')
export class AlTabConflict extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin: var(--al-space-3) 0; }
      .box { border: 2px solid var(--al-color-accent); background: var(--al-color-surface-soft); border-radius: var(--al-radius-small); padding: var(--al-space-3); }
      .box:focus { outline: 3px solid var(--al-color-focus); outline-offset: 2px; }
      .message { font-weight: 700; margin: 0 0 var(--al-space-3); }
      .versions { display: grid; gap: var(--al-space-3); grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); margin-bottom: var(--al-space-3); }
      .version { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3); }
      .label { font-weight: 600; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); margin: 0 0 var(--al-space-1); }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
      .empty { font-style: italic; color: var(--al-color-text-muted); }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  /** What changed, named in the message: an entry, a plan or an answer (each language says each its own way). */
  @property() thing: TabConflictThing = 'entry';
  /** This tab's version, as text. */
  @property() mine = '';
  /** The other tab's version, as text; empty when it was deleted there. */
  @property() theirs = '';
  /** True when the other tab deleted it. */
  @property({ type: Boolean }) deleted = false;

  /** Moves focus to the message, so a screen reader starts from what happened. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('.box')?.focus();
  }

  private choose(keep: TabConflictKeep): void {
    this.dispatchEvent(new AlTabConflictChoiceEvent(keep));
  }

  private version(label: string, text: string) {
    return html`<div class="version"><p class="label">${label}</p>${text.trim() ? html`<p class="text">${text}</p>` : html`<p class="text empty">${msg('Nothing written.')}</p>`}</div>`;
  }

  override render() {
    const message = this.deleted ? deletedMessage(this.thing) : changedMessage(this.thing);
    return html`<div class="box" role="group" aria-labelledby="message" tabindex="-1">
      <p class="message" id="message" role="alert">${message}</p>
      <div class="versions">
        ${this.version(msg('This version (this tab)'), this.mine)}
        ${this.deleted ? '' : this.version(msg('The other version (another tab)'), this.theirs)}
      </div>
      <div class="actions">
        <button class="btn primary" type="button" @click=${() => this.choose('mine')}>${msg('Keep this version')}</button>
        <button class="btn" type="button" @click=${() => this.choose('theirs')}>${this.deleted ? msg('Let it go') : msg('Keep the other')}</button>
        ${this.deleted ? '' : html`<button class="btn" type="button" @click=${() => this.choose('both')}>${msg('Keep both')}</button>`}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-tab-conflict': AlTabConflict;
  }
  interface HTMLElementEventMap {
    'al-tab-conflict-choice': AlTabConflictChoiceEvent;
  }
}
