import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { CONDITIONS, RELATIONSHIPS, SITUATIONS, type Profile, type Relationship } from '../../domain/course/profile.ts';
import type { Condition, Situation } from '../../content/course-types.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { profileLabelsIn } from '../../content/profile-words-en.ts';
import { baseStyles } from '../base/shared-styles.ts';

/** Radio choices drawn as boxes, the chosen one marked: the profile's questions and the language's. */
export const choiceStyles = css`
  fieldset { border: none; padding: 0; }
  legend { font-weight: 700; margin-bottom: var(--al-space-2); }
  label { display: flex; gap: var(--al-space-3); align-items: center; min-height: var(--al-touch); padding: var(--al-space-2) var(--al-space-3); border: 2px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); background: var(--al-color-surface); cursor: pointer; }
  label:has(input:checked) { border-color: var(--al-color-primary); background: var(--al-color-primary-soft); }
  input { width: 1.2rem; height: 1.2rem; accent-color: var(--al-color-primary); flex: none; }
`;

/** Fired with the reader's choices. */
export class AlProfileSaveEvent extends Event {
  static readonly type = 'al-profile-save';
  constructor(readonly profile: Profile) {
    super(AlProfileSaveEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Who the reader supports and what they are facing: two short radio groups, and a third,
 * optional one for the condition, so the stories can meet the reader where they are.
 *
 * @summary Profile form.
 * @fires al-profile-save - With both choices, when saved.
 */
@localized()
@customElement('al-profile-form')
export class AlProfileForm extends LitElement {
  static override styles = [
    baseStyles,
    choiceStyles,
    css`
      :host { display: block; }
      fieldset { margin: 0 0 var(--al-space-5); }
      legend { font-size: 1.1rem; }
      .hint { margin: 0 0 var(--al-space-3); color: var(--al-color-text-muted); }
      .options { display: grid; gap: var(--al-space-2); grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); }
      .error { color: var(--al-color-danger); font-weight: 600; }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  @state() private relationship: Relationship | undefined;
  @state() private situation: Situation | undefined;
  @state() private condition: Condition | undefined;
  /** The question left unanswered at the last save, worded at render time so a change of language rewords it. */
  @state() private missing: 'relationship' | 'situation' | undefined;

  /** Choices saved before, if any. */
  @property({ attribute: false }) profile: Profile | undefined;
  /** Text on the save button; "Save" in the interface's language when not given. */
  @property() submitLabel = '';

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('profile') && this.profile) {
      this.relationship ??= this.profile.relationship;
      this.situation ??= this.profile.situation;
      this.condition ??= this.profile.condition;
    }
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    if (!this.relationship || !this.situation) {
      this.missing = !this.relationship ? 'relationship' : 'situation';
      return;
    }
    this.missing = undefined;
    const profile: Profile = { relationship: this.relationship, situation: this.situation };
    if (this.condition) profile.condition = this.condition;
    this.dispatchEvent(new AlProfileSaveEvent(profile));
  }

  override render() {
    const labels = profileLabelsIn(interfaceLanguage());
    const error =
      this.missing === 'relationship'
        ? msg('Please choose who you support, or choose "Someone else".')
        : this.missing === 'situation'
          ? msg('Please choose what they are facing, or choose "Both".')
          : '';
    return html`<form @submit=${this.handleSubmit} novalidate>
      <fieldset>
        <legend>${msg('Who do you support?')}</legend>
        <div class="options">
          ${RELATIONSHIPS.map(
            (r) => html`<label><input type="radio" name="relationship" .value=${r} .checked=${this.relationship === r}
              @change=${() => (this.relationship = r)} />${labels.relationships[r]}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('What are they facing?')}</legend>
        <div class="options">
          ${SITUATIONS.map(
            (s) => html`<label><input type="radio" name="situation" .value=${s} .checked=${this.situation === s}
              @change=${() => (this.situation = s)} />${labels.situations[s]}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset aria-describedby="condition-hint">
        <legend>${msg('If you want to say: what is closest to what they live with?')}</legend>
        <p class="hint" id="condition-hint">${msg('You can skip this. It helps the course choose stories that fit. You can change it later in Settings.')}</p>
        <div class="options">
          ${CONDITIONS.map(
            (c) => html`<label><input type="radio" name="condition" .value=${c} .checked=${this.condition === c}
              @change=${() => (this.condition = c)} />${labels.conditions[c]}</label>`,
          )}
        </div>
      </fieldset>
      <p class="error" role="alert">${error || nothing}</p>
      <div class="buttons"><button class="btn primary" type="submit">${this.submitLabel || msg('Save')}</button><slot name="extra"></slot></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-profile-form': AlProfileForm;
  }
  interface HTMLElementEventMap {
    'al-profile-save': AlProfileSaveEvent;
  }
}
