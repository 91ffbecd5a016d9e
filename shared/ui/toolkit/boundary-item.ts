import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { boundarySentence, type Boundary } from '../../domain/toolkit/boundary.ts';
import { boundaryWordsIn } from '../../content/toolkit/boundary-words-es.ts';
import { AlBoundaryItemEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import { counted, formatDay, interfaceLanguage } from '../../content/locale.ts';
import '../base/text-field.ts';

const day = (at: number) => formatDay(new Date(at), { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * One saved boundary: the sentence, the parts the builder added, the times it was tried,
 * and buttons to mark a try (with how it went), edit or delete.
 *
 * @summary Boundary list item.
 * @fires al-boundary-item - Edit, delete, or a new try with how it went.
 */
@localized()
@customElement('al-boundary-item')
export class AlBoundaryItem extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .sentence { font-size: 1.05em; margin: 0; }
      dl { margin: var(--al-space-3) 0 0; display: grid; gap: var(--al-space-2); }
      dt { font-weight: 700; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
      .tries { margin-top: var(--al-space-3); padding-top: var(--al-space-3); border-top: 1px solid var(--al-color-border-soft); }
      .tries p { margin-bottom: var(--al-space-1); }
      .tries ul { margin: var(--al-space-2) 0 0; padding-left: 1.2rem; }
      details summary { min-height: var(--al-touch); display: flex; align-items: center; cursor: pointer; color: var(--al-color-primary); font-weight: 600; }
      .try-form { margin-top: var(--al-space-3); padding: var(--al-space-3); border-radius: var(--al-radius-small); background: var(--al-color-surface-soft); }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin-top: var(--al-space-3); }
    `,
  ];

  @query('al-text-field') private howField?: AlTextField;

  @state() private trying = false;

  /** The boundary to show. */
  @property({ attribute: false }) boundary!: Boundary;
  /** Sentence and buttons only, for the popup. */
  @property({ type: Boolean }) compact = false;

  private send(action: 'edit' | 'delete' | 'tried', howItWent?: string): void {
    this.dispatchEvent(new AlBoundaryItemEvent({ id: this.boundary.id, action, ...(howItWent !== undefined ? { howItWent } : {}) }));
  }

  private async handleTry(): Promise<void> {
    this.trying = true;
    await this.updateComplete;
    this.howField?.focus();
  }

  private async handleTrySave(): Promise<void> {
    this.send('tried', this.howField?.value ?? '');
    this.trying = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-try]')?.focus();
  }

  private async handleTryCancel(): Promise<void> {
    this.trying = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-try]')?.focus();
  }

  /** Moves focus to the edit button (after an edit is saved or cancelled). */
  focusEdit(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-edit]')?.focus();
  }

  private renderTries() {
    const tries = this.boundary.tries ?? [];
    if (!tries.length) return nothing;
    const last = tries[tries.length - 1]!;
    return html`<div class="tries">
      <p><strong>${tries.length === 1 ? msg('Tried once.') : msg(str`Tried ${counted(tries.length, { one: msg('time', { desc: 'As in "Tried 1 time."' }), other: msg('times', { desc: 'As in "Tried 3 times."' }) })}.`)}</strong> ${msg(str`Last time, on ${day(last.at)}`)}${last.howItWent ? html`: “${last.howItWent}”` : '.'}</p>
      ${tries.length > 1 && !this.compact
        ? html`<details><summary>${msg('Every time you tried it')}</summary>
            <ul>${[...tries].reverse().map((t) => html`<li>${day(t.at)}${t.howItWent ? `: ${t.howItWent}` : ''}</li>`)}</ul>
          </details>`
        : nothing}
    </div>`;
  }

  override render() {
    const b = this.boundary;
    const words = boundaryWordsIn(interfaceLanguage());
    const sentence = boundarySentence(b, words.sentence);
    const extras = (['feeling', 'words', 'holdPlan'] as const)
      .map((key) => [key, words.steps[key].label, b[key]] as const)
      .filter((x): x is readonly [typeof x[0], string, string] => Boolean(x[2]?.trim()));
    return html`
      <p class="sentence">${sentence}</p>
      ${extras.length && !(this.compact && !b.words)
        ? html`<dl>${(this.compact ? extras.filter(([key]) => key === 'words') : extras).map(([, label, v]) => html`<div><dt>${label}</dt><dd>${v}</dd></div>`)}</dl>`
        : nothing}
      ${this.renderTries()}
      ${this.trying
        ? html`<div class="try-form">
            <al-text-field multiline rows="2" label=${msg('How did it go?')} hint=${msg('Whatever happened, trying is the hard part. A few words are enough.')}></al-text-field>
            <div class="actions">
              <button class="btn primary" type="button" @click=${this.handleTrySave}>${msg('Save how it went')}</button>
              <button class="btn quiet" type="button" @click=${this.handleTryCancel}>${msg('Cancel')}</button>
            </div>
          </div>`
        : nothing}
      <div class="actions">
        ${this.trying ? nothing : html`<button class="btn" type="button" data-try aria-label=${msg(str`I tried it: ${sentence}`)} @click=${this.handleTry}>${msg('I tried it')}</button>`}
        <button class="btn" type="button" data-edit aria-label=${msg(str`Edit: ${sentence}`)} @click=${() => this.send('edit')}>${msg('Edit')}</button>
        <button class="btn danger" type="button" aria-label=${msg(str`Delete: ${sentence}`)} @click=${() => this.send('delete')}>${msg('Delete')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-boundary-item': AlBoundaryItem;
  }
}
