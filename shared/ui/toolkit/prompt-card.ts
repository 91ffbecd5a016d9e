import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { categoryLabel, type Prompt } from '../../content/prompts/prompt-types.ts';
import { blanksOf, fillBlanks } from '../../domain/toolkit/prompt-search.ts';
import { AlFavouriteToggleEvent, AlOwnPromptActionEvent } from './toolkit-events.ts';
import { shortWords } from '../base/format.ts';
import { baseStyles } from '../base/shared-styles.ts';
import '../base/copy-button.ts';
import '../base/text-field.ts';

/**
 * One prompt: the words to say, when they fit, and "instead of … try …". Blanks such as
 * `[feeling]` get a small field each, shown only when the person opens them, and "Copy"
 * copies the words with what they typed.
 *
 * @summary Prompt card.
 * @fires al-favourite-toggle - When the star is pressed.
 * @fires al-own-prompt-action - Edit or delete, for a prompt the person wrote.
 */
@customElement('al-prompt-card')
@localized()
export class AlPromptCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); box-shadow: var(--al-shadow); }
      :host([compact]) { padding: var(--al-space-3); box-shadow: none; }
      .meta { display: flex; flex-wrap: wrap; gap: var(--al-space-2); font-size: var(--al-font-size-small); color: var(--al-color-text-muted); margin-bottom: var(--al-space-2); }
      .own { font-weight: 700; color: var(--al-color-text); background: var(--al-color-surface-soft); border-radius: 999px; padding: 0 var(--al-space-2); }
      .words { font-size: 1.1em; font-weight: 600; margin-bottom: var(--al-space-2); overflow-wrap: anywhere; }
      :host([compact]) .words { font-size: 1em; }
      .blank { background: var(--al-color-primary-soft); border-radius: 4px; padding: 0 0.2em; font-weight: 600; }
      .blank.filled { text-decoration: underline; text-decoration-color: var(--al-color-primary); text-underline-offset: 0.2em; }
      .when, .instead { color: var(--al-color-text-muted); margin-bottom: var(--al-space-2); }
      .label { font-weight: 600; color: var(--al-color-text); }
      .blanks { margin: var(--al-space-3) 0 0; padding: var(--al-space-3); border-radius: var(--al-radius-small); background: var(--al-color-surface-soft); }
      .blanks p { font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2); margin-top: var(--al-space-3); }
      .star svg { width: 1.25em; height: 1.25em; flex: none; }
      .star[aria-pressed='true'] svg { fill: currentColor; }
      .spacer { flex: 1 1 auto; }
    `,
  ];

  @state() private expanded = false;
  @state() private values: Record<string, string> = {};

  /** The prompt to show. */
  @property({ attribute: false }) prompt!: Prompt;
  /** Whether the person starred it. */
  @property({ type: Boolean }) favourite = false;
  /** Show the category above the words (in search results). */
  @property({ type: Boolean }) showCategory = false;
  /** Words, blanks and buttons only, for the popup. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Offer the star. */
  @property({ type: Boolean }) starrable = true;

  private get filled(): string {
    return fillBlanks(this.prompt.words, this.values);
  }

  private handleBlank(name: string, event: Event): void {
    this.values = { ...this.values, [name]: (event.target as HTMLInputElement).value };
  }

  private async handleExpand(): Promise<void> {
    this.expanded = !this.expanded;
    if (this.expanded) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('al-text-field')?.focus();
    }
  }

  private renderWords() {
    // Blanks stand out; once typed, they show what the person wrote.
    const parts = this.prompt.words.split(/(\[[^[\]]+\])/);
    return parts.map((part) => {
      const m = /^\[([^[\]]+)\]$/.exec(part);
      if (!m) return part;
      const value = this.values[m[1]!.trim()]?.trim();
      return html`<span class="blank ${value ? 'filled' : ''}">${value || part}</span>`;
    });
  }

  override render() {
    const p = this.prompt;
    const blanks = blanksOf(p.words);
    const short = shortWords(p.words);
    return html`
      ${(this.showCategory || p.own) && !this.compact
        ? html`<div class="meta">${p.own ? html`<span class="own">${msg('Your own')}</span>` : nothing}${this.showCategory ? html`<span>${categoryLabel(p.category)}</span>` : nothing}</div>`
        : nothing}
      <p class="words">${this.renderWords()}</p>
      ${!this.compact && p.whenToUse ? html`<p class="when"><span class="label">${msg('When:')}</span> ${p.whenToUse}</p>` : nothing}
      ${!this.compact && p.insteadOf && p.tryThis
        ? html`<p class="instead">${msg(html`<span class="label">Instead of</span> “${p.insteadOf}” <span class="label">try</span> “${p.tryThis}”`)}</p>`
        : nothing}
      ${blanks.length && this.expanded
        ? html`<div class="blanks" id="blanks">
            <p>${msg('Type your own words for each blank. They are used only when you copy.')}</p>
            ${blanks.map((name) => html`<al-text-field label=${name[0]!.toUpperCase() + name.slice(1)} .value=${this.values[name] ?? ''} maxlength="200" @input=${(e: Event) => this.handleBlank(name, e)}></al-text-field>`)}
          </div>`
        : nothing}
      <div class="actions">
        <al-copy-button .text=${this.filled} caption=${msg('Copy')} label=${msg(str`Copy: ${short}`)}></al-copy-button>
        ${blanks.length
          ? html`<button class="btn quiet" type="button" aria-expanded=${String(this.expanded)} aria-controls=${ifDefined(this.expanded ? 'blanks' : undefined)}
              aria-label=${this.expanded ? msg(str`Hide the blanks: ${short}`) : msg(str`Fill in the blanks: ${short}`)} @click=${this.handleExpand}>
              ${this.compact ? (this.expanded ? msg('Hide') : msg('Fill in')) : this.expanded ? msg('Hide the blanks') : msg('Fill in the blanks')}
            </button>`
          : nothing}
        <span class="spacer"></span>
        ${this.starrable
          ? html`<button class="btn quiet star" type="button" aria-pressed=${String(this.favourite)} aria-label=${msg(str`Favourite: ${short}`)}
              @click=${() => this.dispatchEvent(new AlFavouriteToggleEvent({ promptId: p.id, favourite: !this.favourite }))}>
              <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"><path d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9z"></path></svg>
              ${this.compact ? nothing : msg('Favourite')}
            </button>`
          : nothing}
        ${p.own && !this.compact
          ? html`<button class="btn quiet" type="button" aria-label=${msg(str`Edit: ${short}`)} @click=${() => this.dispatchEvent(new AlOwnPromptActionEvent({ promptId: p.id, action: 'edit' }))}>${msg('Edit')}</button>
              <button class="btn danger" type="button" aria-label=${msg(str`Delete: ${short}`)} @click=${() => this.dispatchEvent(new AlOwnPromptActionEvent({ promptId: p.id, action: 'delete' }))}>${msg('Delete')}</button>`
          : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-prompt-card': AlPromptCard;
  }
}
