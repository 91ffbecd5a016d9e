import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { promptCategoriesIn, type Prompt, type PromptCategory } from '../../content/prompts/prompt-types.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { validateOwnPrompt } from '../../domain/toolkit/own-prompt.ts';
import { AlOwnPromptCancelEvent, AlOwnPromptSaveEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import '../base/text-field.ts';
import { fieldProblemsText } from '../base/problem.ts';

/**
 * Write (or edit) a prompt of your own: the words, when they fit, and which kind they are.
 *
 * @summary Own prompt form.
 * @fires al-own-prompt-save - With what was written, when it is valid.
 * @fires al-own-prompt-cancel - When an edit is cancelled.
 */
@customElement('al-own-prompt-form')
@localized()
export class AlOwnPromptForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      label { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
      select {
        font: inherit; color: inherit; background: var(--al-color-surface); min-height: var(--al-touch); max-width: 100%;
        border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: 0 var(--al-space-3); margin-bottom: var(--al-space-4);
      }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  @query('al-text-field.words') private wordsField!: AlTextField;
  @query('al-text-field.when') private whenField!: AlTextField;
  @query('select') private select!: HTMLSelectElement;

  @state() private errors: Partial<Record<'words' | 'whenToUse', string>> = {};

  /** The prompt being edited; empty for a new one. */
  @property({ attribute: false }) prompt: Prompt | undefined;
  /** Makes the ids inside unique when several forms show at once. */
  @property() idPrefix = 'own';

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = { words: this.wordsField.value, whenToUse: this.whenField.value, category: this.select.value as PromptCategory };
    this.errors = fieldProblemsText(validateOwnPrompt(input));
    if (this.errors.words) return this.wordsField.focus();
    if (this.errors.whenToUse) return this.whenField.focus();
    this.dispatchEvent(new AlOwnPromptSaveEvent(this.prompt ? { input, id: this.prompt.id } : { input }));
  }

  /** Empties the form after a save. */
  reset(): void {
    this.errors = {};
    this.wordsField.value = '';
    this.whenField.value = '';
  }

  /** Focuses the words. */
  override focus(): void {
    this.wordsField?.focus();
  }

  override render() {
    const id = `${this.idPrefix}-kind`;
    return html`<form novalidate @submit=${this.handleSubmit}>
      <al-text-field class="words" multiline rows="2" required maxlength="600" label=${msg('Your words')}
        hint=${msg('To leave a blank to fill in later, put it in square brackets, like [name].')}
        .value=${this.prompt?.words ?? ''} .error=${this.errors.words ?? ''}></al-text-field>
      <al-text-field class="when" label=${msg('When to use them (optional)')} maxlength="200"
        .value=${this.prompt?.whenToUse ?? ''} .error=${this.errors.whenToUse ?? ''}></al-text-field>
      <label for=${id}>${msg('Kind of words')}</label>
      <select id=${id}>
        ${promptCategoriesIn(interfaceLanguage()).map((c) => html`<option value=${c.id} ?selected=${(this.prompt?.category ?? 'i-statements') === c.id}>${c.label}</option>`)}
      </select>
      <div class="buttons">
        <button class="btn primary" type="submit">${this.prompt ? msg('Save changes') : msg('Save my prompt')}</button>
        ${this.prompt ? html`<button class="btn quiet" type="button" @click=${() => this.dispatchEvent(new AlOwnPromptCancelEvent())}>${msg('Cancel')}</button>` : nothing}
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-own-prompt-form': AlOwnPromptForm;
  }
}
