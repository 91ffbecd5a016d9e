import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { PROMPTS_EN } from '../../content/prompts/prompts-en.ts';
import { buildPromptIndex, searchPrompts, type PromptIndex } from '../../domain/prompt-search.ts';
import { favouritesRepo, ownPromptsRepo } from '../../data/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import { baseStyles } from '../shared-styles.ts';
import { shortWords } from '../format.ts';
import type { FavouriteStore } from './prompt-library.ts';
import '../base/text-field.ts';

/** Most search results shown at once: enough to choose from, few enough to scan. */
const SHOWN = 6;

/**
 * Pick prompts from the library (and the person's own) for a plan: search, add, remove.
 * Form-like: read `value` (the picked ids) on `change`.
 *
 * @summary Prompt picker.
 * @fires change - When a prompt is added or removed.
 */
@customElement('al-prompt-picker')
export class AlPromptPicker extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .label { font-weight: 600; margin-bottom: var(--al-space-1); }
      ul { list-style: none; margin: 0 0 var(--al-space-3); padding: 0; display: grid; gap: var(--al-space-2); }
      li { display: flex; align-items: center; gap: var(--al-space-2) var(--al-space-3); flex-wrap: wrap; padding: var(--al-space-2) var(--al-space-3); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); background: var(--al-color-surface); }
      li span.words { flex: 1 1 14rem; min-width: 0; overflow-wrap: anywhere; }
      .picked li { background: var(--al-color-primary-soft); border-color: transparent; }
      .muted { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .sub { font-weight: 600; font-size: var(--al-font-size-small); margin: var(--al-space-2) 0 var(--al-space-1); }
    `,
  ];

  @state() private query = '';
  @state() private own: OwnPromptRecord[] = [];
  @state() private favourites = new Set<string>();
  @state() private announced = '';

  /** Ids of the picked prompts, in order. */
  @property({ attribute: false }) value: string[] = [];
  /** The library to pick from. */
  @property({ attribute: false }) library: readonly Prompt[] = PROMPTS_EN;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** Where favourites are kept: they are offered before anything is typed. */
  @property({ attribute: false }) favouritesStore: FavouriteStore = favouritesRepo;

  private index: PromptIndex = buildPromptIndex(PROMPTS_EN);
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Picking still works from the library if the person's own store can't be read.
    void this.ownStore.list().then((own) => (this.own = own), () => undefined);
    void this.favouritesStore.ids().then((f) => (this.favourites = f), () => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('own') || changed.has('library')) this.index = buildPromptIndex(this.library, this.own);
  }

  private find(id: string): Prompt | undefined {
    return this.index.entries.find((e) => e.prompt.id === id)?.prompt;
  }

  private handleSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const n = this.query.trim() ? searchPrompts(this.index, this.query).length : 0;
      this.announced = !this.query.trim() ? '' : n === 0 ? 'No prompts match. Try another word.' : n > SHOWN ? `${n} prompts match. Showing the best ${SHOWN}.` : `${n} ${n === 1 ? 'prompt matches' : 'prompts match'}.`;
    }, 500);
  }

  private async set(ids: string[], focusSelector?: string): Promise<void> {
    this.value = ids;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.updateComplete;
    if (focusSelector) this.renderRoot.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  private renderOption(p: Prompt) {
    const picked = this.value.includes(p.id);
    return html`<li>
      <span class="words">${p.words}</span>
      <button class="btn ${picked ? 'quiet' : ''}" type="button" aria-label=${`${picked ? 'Remove' : 'Add'}: ${shortWords(p.words)}`}
        @click=${() => void this.set(picked ? this.value.filter((x) => x !== p.id) : [...this.value, p.id])}>
        ${picked ? 'Remove' : 'Add'}
      </button>
    </li>`;
  }

  override render() {
    const picked = this.value.map((id) => ({ id, prompt: this.find(id) }));
    const q = this.query.trim();
    const results = q ? searchPrompts(this.index, q).slice(0, SHOWN).map((h) => h.prompt) : [];
    const favs = q ? [] : [...this.favourites].map((id) => this.find(id)).filter((p): p is Prompt => Boolean(p)).slice(0, SHOWN);
    return html`
      <p class="label" id="picked-label">Prompts you picked</p>
      ${picked.length
        ? html`<ul class="picked" aria-labelledby="picked-label">
            ${picked.map(
              ({ id, prompt }, i) => html`<li>
                <span class="words">${prompt?.words ?? 'A prompt that is no longer in the library'}</span>
                <button class="btn quiet" type="button" data-remove=${i} aria-label=${`Remove: ${shortWords(prompt?.words ?? id)}`}
                  @click=${() => void this.set(this.value.filter((x) => x !== id), `[data-remove="${Math.max(0, i - 1)}"], al-text-field`)}>
                  Remove
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">None yet. Search below, then press “Add”.</p>`}
      <al-text-field type="search" label="Find a prompt to add" hint="Type a word, such as money, calm or listen." maxlength="100" .value=${this.query} @input=${this.handleSearch}></al-text-field>
      <p class="muted" role="status">${this.announced}</p>
      ${results.length ? html`<ul aria-label="Matching prompts">${results.map((p) => this.renderOption(p))}</ul>` : nothing}
      ${favs.length ? html`<p class="sub" id="fav-label">Your favourites</p><ul aria-labelledby="fav-label">${favs.map((p) => this.renderOption(p))}</ul>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-prompt-picker': AlPromptPicker;
  }
}
