import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CONDITIONS, RELATIONSHIPS, SITUATIONS, type Profile, type Relationship } from '../../domain/course/profile.ts';
import type { Condition, Situation } from '../../content/course-types.ts';
import { baseStyles } from '../base/shared-styles.ts';

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
@customElement('al-profile-form')
export class AlProfileForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      fieldset { border: none; padding: 0; margin: 0 0 var(--al-space-5); }
      legend { font-weight: 700; font-size: 1.1rem; margin-bottom: var(--al-space-2); }
      .hint { margin: 0 0 var(--al-space-3); color: var(--al-color-text-muted); }
      .options { display: grid; gap: var(--al-space-2); grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); }
      label { display: flex; gap: var(--al-space-3); align-items: center; min-height: var(--al-touch); padding: var(--al-space-2) var(--al-space-3); border: 2px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); background: var(--al-color-surface); cursor: pointer; }
      label:has(input:checked) { border-color: var(--al-color-primary); background: var(--al-color-primary-soft); }
      input { width: 1.2rem; height: 1.2rem; accent-color: var(--al-color-primary); flex: none; }
      .error { color: var(--al-color-danger); font-weight: 600; }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  @state() private relationship: Relationship | undefined;
  @state() private situation: Situation | undefined;
  @state() private condition: Condition | undefined;
  @state() private error = '';

  /** Choices saved before, if any. */
  @property({ attribute: false }) profile: Profile | undefined;
  /** Text on the save button. */
  @property() submitLabel = 'Save';

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
      this.error = !this.relationship ? 'Please choose who you support, or choose "Someone else".' : 'Please choose what they are facing, or choose "Both".';
      return;
    }
    this.error = '';
    const profile: Profile = { relationship: this.relationship, situation: this.situation };
    if (this.condition) profile.condition = this.condition;
    this.dispatchEvent(new AlProfileSaveEvent(profile));
  }

  override render() {
    return html`<form @submit=${this.handleSubmit} novalidate>
      <fieldset>
        <legend>Who do you support?</legend>
        <div class="options">
          ${RELATIONSHIPS.map(
            (r) => html`<label><input type="radio" name="relationship" .value=${r.id} .checked=${this.relationship === r.id}
              @change=${() => (this.relationship = r.id)} />${r.label}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>What are they facing?</legend>
        <div class="options">
          ${SITUATIONS.map(
            (s) => html`<label><input type="radio" name="situation" .value=${s.id} .checked=${this.situation === s.id}
              @change=${() => (this.situation = s.id)} />${s.label}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset aria-describedby="condition-hint">
        <legend>If you want to say: what is closest to what they live with?</legend>
        <p class="hint" id="condition-hint">You can skip this. It helps the course choose stories that fit. You can change it later in Settings.</p>
        <div class="options">
          ${CONDITIONS.map(
            (c) => html`<label><input type="radio" name="condition" .value=${c.id} .checked=${this.condition === c.id}
              @change=${() => (this.condition = c.id)} />${c.label}</label>`,
          )}
        </div>
      </fieldset>
      <p class="error" role="alert">${this.error || nothing}</p>
      <div class="buttons"><button class="btn primary" type="submit">${this.submitLabel}</button><slot name="extra"></slot></div>
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
