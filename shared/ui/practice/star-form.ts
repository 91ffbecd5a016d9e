import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { starWords } from '../../content/practice/star-words-es.ts';
import { LADDER, STAR_AREAS, type StarMoment } from '../../domain/practice/supporter-star.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlChoiceGroup, ChoiceOption } from '../base/choice-group.ts';
import { momentLabels } from './star-helpers.ts';
import { counted } from '../../content/locale.ts';
import '../base/choice-group.ts';

/** A supporter star the person asked to save. */
export interface StarDraft {
  moment: StarMoment;
  /** Area id → ladder step 1–5. */
  scores: Record<string, number>;
}

/** Fired by `<al-star-form>` with every area answered. */
export class AlStarSaveEvent extends Event {
  static readonly type = 'al-star-save';
  constructor(readonly detail: Readonly<StarDraft>) {
    super(AlStarSaveEvent.type, { bubbles: true, composed: true });
  }
}

/** The ladder's steps as choices, in the interface's language (built at render time). */
function stepOptions(): ChoiceOption[] {
  const ladder = starWords().ladder;
  return LADDER.map((step) => ({ value: String(step), label: `${step}.\u00a0${ladder[step].label}`, detail: ladder[step].detail }));
}

/** "6 areas still need a step.", and that any step will do. */
function stillNeeded(missing: number): string {
  const areas = counted(missing, {
    one: msg('area still needs', { desc: 'Counted: "1 area still needs a step."' }),
    other: msg('areas still need', { desc: 'Counted: "6 areas still need a step."' }),
  });
  return msg(str`${areas} a step. Any step is fine; it is only for you.`);
}

/**
 * "My supporter star": when it is taken, and a step on the ladder of change for each area.
 * Every area needs a step; the first one missing is named, announced and focused.
 *
 * @summary Supporter star form.
 * @fires al-star-save - With the moment and a step per area.
 */
@customElement('al-star-form')
@localized()
export class AlStarForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      form { margin: 0; }
      .moment { margin-bottom: var(--al-space-5); }
      label { display: block; font-weight: 700; margin-bottom: var(--al-space-1); }
      select {
        font: inherit; color: inherit; background: var(--al-color-surface); min-height: var(--al-touch); max-width: 100%;
        border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3);
      }
      .summary { color: var(--al-color-danger); font-weight: 600; }
    `,
  ];

  @state() private scores: Record<string, number> = {};
  @state() private errors: Record<string, string> = {};
  @state() private chosenMoment: StarMoment | undefined;

  /** The moment to suggest until the person picks one. */
  @property() moment: StarMoment = 'any';
  /** Turns off the button while a save is under way. */
  @property({ type: Boolean }) busy = false;

  private handleStep(areaId: string, event: Event): void {
    this.scores = { ...this.scores, [areaId]: Number((event.target as AlChoiceGroup).value) };
    this.errors = { ...this.errors, [areaId]: '' };
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const missing = STAR_AREAS.filter((a) => !this.scores[a.id]);
    const areas = starWords().areas;
    this.errors = Object.fromEntries(missing.map((a) => [a.id, msg(str`Please choose a step for \u201c${areas[a.id].label}\u201d.`)]));
    const first = missing[0];
    if (first) {
      this.renderRoot.querySelector<AlChoiceGroup>(`al-choice-group[data-area="${first.id}"]`)?.focus();
      return;
    }
    this.dispatchEvent(new AlStarSaveEvent({ moment: this.chosenMoment ?? this.moment, scores: { ...this.scores } }));
  }

  /** Clears the form for next time. */
  reset(): void {
    this.scores = {};
    this.errors = {};
    this.chosenMoment = undefined;
  }

  override render() {
    const missing = Object.values(this.errors).filter(Boolean).length;
    const areas = starWords().areas;
    const steps = stepOptions();
    const moments = Object.entries(momentLabels()) as [StarMoment, string][];
    return html`<form novalidate @submit=${this.handleSubmit}>
      <div class="moment">
        <label for="moment">${msg('When is this?')}</label>
        <select id="moment" .value=${this.chosenMoment ?? this.moment} @change=${(e: Event) => (this.chosenMoment = (e.target as HTMLSelectElement).value as StarMoment)}>
          ${moments.map(([value, label]) => html`<option value=${value} ?selected=${value === (this.chosenMoment ?? this.moment)}>${label}</option>`)}
        </select>
      </div>
      ${STAR_AREAS.map(
        (a) => html`<al-choice-group data-area=${a.id} legend=${areas[a.id].label} question=${areas[a.id].question} required
          .options=${steps} .value=${String(this.scores[a.id] ?? '')} .error=${this.errors[a.id] ?? ''}
          @change=${(e: Event) => this.handleStep(a.id, e)}></al-choice-group>`,
      )}
      ${missing > 1 ? html`<p class="summary">${stillNeeded(missing)}</p>` : nothing}
      <button class="btn primary" type="submit" ?disabled=${this.busy}>${msg('Save my star')}</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-star-form': AlStarForm;
  }
  interface HTMLElementEventMap {
    'al-star-save': AlStarSaveEvent;
  }
}
