import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { promptsIn } from '../../content/prompts/by-language.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { PLAN_FILL_MAX, type PromptFills } from '../../domain/toolkit/conversation-plan.ts';
import { blanksOf, buildPromptIndex, fillBlanks, searchPrompts, type PromptIndex } from '../../domain/toolkit/prompt-search.ts';
import { favouritesRepo, ownPromptsRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { shortWords } from '../base/format.ts';
import type { FavouriteStore } from './prompt-library.ts';
import { counted, formatCount } from '../../content/locale.ts';
import '../base/text-field.ts';

/** Most search results shown at once: enough to choose from, few enough to scan. */
const SHOWN = 6;

/**
 * Pick prompts from the library (and the person's own) for a plan: search, add, remove,
 * and fill in a picked prompt's blanks ("[another way to help]") in their own words.
 * Form-like: read `value` (the picked ids) and `fills` on `change` / `input`.
 *
 * @summary Prompt picker.
 * @fires change - When a prompt is added or removed.
 * @fires input - As the person types into a blank (from the field, composed).
 */
@customElement('al-prompt-picker')
@localized()
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
      .blanks { flex: 1 1 100%; display: grid; gap: 0 var(--al-space-3); grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
      .blanks al-text-field { margin-bottom: var(--al-space-2); }
      .blank { text-decoration: underline; text-decoration-color: var(--al-color-primary); text-underline-offset: 0.2em; }
    `,
  ];

  @state() private query = '';
  @state() private announced = '';

  /** Ids of the picked prompts, in order. */
  @property({ attribute: false }) value: string[] = [];
  /** The person's words for picked prompts' blanks (prompt id → blank → words); kept for a prompt removed and added back. */
  @property({ attribute: false }) fills: PromptFills = {};
  /** The library to pick from; the interface language's when none is given, picked at each update. */
  @property({ attribute: false }) library?: readonly Prompt[];
  private get libraryNow(): readonly Prompt[] {
    return this.library ?? promptsIn(interfaceLanguage());
  }
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** Where favourites are kept: they are offered before anything is typed. */
  @property({ attribute: false }) favouritesStore: FavouriteStore = favouritesRepo;

  /** The person's own prompts and favourites; picking still works from the library when they can't be read. */
  private readonly stored = new Task(this, {
    task: async ([ownStore, favouritesStore]) => {
      const [own, favourites] = await Promise.all([ownStore.list().catch((): OwnPromptRecord[] => []), favouritesStore.ids().catch(() => new Set<string>())]);
      return { own, favourites };
    },
    args: () => [this.ownStore, this.favouritesStore] as const,
  });

  private index: PromptIndex = buildPromptIndex([]);
  /** The own prompts and library the index was made from. */
  private indexed: { own: unknown; library: unknown } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override willUpdate(): void {
    const own = this.stored.value?.own;
    const library = this.libraryNow;
    if (this.indexed && this.indexed.own === own && this.indexed.library === library) return;
    this.index = buildPromptIndex(library, own ?? []);
    this.indexed = { own, library };
  }

  private find(id: string): Prompt | undefined {
    return this.index.entries.find((e) => e.prompt.id === id)?.prompt;
  }

  private handleSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const n = this.query.trim() ? searchPrompts(this.index, this.query).length : 0;
      const matches = () => counted(n, { one: msg('prompt matches'), other: msg('prompts match') });
      this.announced = !this.query.trim()
        ? ''
        : n === 0
          ? msg('No prompts match. Try another word.')
          : n > SHOWN
            ? msg(str`${matches()}. Showing the best ${formatCount(SHOWN)}.`)
            : `${matches()}.`;
    }, 500);
  }

  private async set(ids: string[], focusSelector?: string): Promise<void> {
    this.value = ids;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.updateComplete;
    if (focusSelector) this.renderRoot.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  private handleFill(id: string, blank: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.fills = { ...this.fills, [id]: { ...this.fills[id], [blank]: value } };
  }

  /** The words with what the person typed so far, the typed part marked, as the plan will say them. */
  private renderFilled(id: string, words: string) {
    const mine = this.fills[id] ?? {};
    return words.split(/(\[[^[\]]+\])/).map((part) => {
      const filled = /^\[[^[\]]+\]$/.test(part) ? fillBlanks(part, mine) : part;
      return filled === part ? part : html`<span class="blank">${filled}</span>`;
    });
  }

  private renderBlanks(id: string, words: string) {
    const blanks = blanksOf(words);
    if (!blanks.length) return nothing;
    return html`<div class="blanks" role="group" aria-label=${msg(str`Your words for: ${shortWords(words)}`)}>
      ${blanks.map(
        (name) => html`<al-text-field label=${name[0]!.toUpperCase() + name.slice(1)} maxlength=${PLAN_FILL_MAX}
          .value=${this.fills[id]?.[name] ?? ''} @input=${(e: Event) => this.handleFill(id, name, e)}></al-text-field>`,
      )}
    </div>`;
  }

  private renderOption(p: Prompt) {
    const picked = this.value.includes(p.id);
    return html`<li>
      <span class="words">${p.words}</span>
      <button class="btn ${picked ? 'quiet' : ''}" type="button" aria-label=${picked ? msg(str`Remove: ${shortWords(p.words)}`) : msg(str`Add: ${shortWords(p.words)}`)}
        @click=${() => void this.set(picked ? this.value.filter((x) => x !== p.id) : [...this.value, p.id])}>
        ${picked ? msg('Remove') : msg('Add')}
      </button>
    </li>`;
  }

  override render() {
    const picked = this.value.map((id) => ({ id, prompt: this.find(id) }));
    const q = this.query.trim();
    const results = q ? searchPrompts(this.index, q).slice(0, SHOWN).map((h) => h.prompt) : [];
    const favs = q ? [] : [...(this.stored.value?.favourites ?? [])].map((id) => this.find(id)).filter((p): p is Prompt => Boolean(p)).slice(0, SHOWN);
    return html`
      <p class="label" id="picked-label">${msg('Prompts you picked')}</p>
      ${picked.length
        ? html`<ul class="picked" aria-labelledby="picked-label">
            ${picked.map(
              ({ id, prompt }, i) => html`<li>
                <span class="words">${prompt ? this.renderFilled(id, prompt.words) : msg('A prompt that is no longer in the library')}</span>
                <button class="btn quiet" type="button" data-remove=${i} aria-label=${msg(str`Remove: ${shortWords(prompt?.words ?? id)}`)}
                  @click=${() => void this.set(this.value.filter((x) => x !== id), `[data-remove="${Math.max(0, i - 1)}"], al-text-field`)}>
                  ${msg('Remove')}
                </button>
                ${prompt ? this.renderBlanks(id, prompt.words) : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${msg('None yet. Search below, then press “Add”.')}</p>`}
      <al-text-field type="search" label=${msg('Find a prompt to add')} hint=${msg('Type a word, such as money, calm or listen.')} maxlength="100" .value=${this.query} @input=${this.handleSearch}></al-text-field>
      <p class="muted" role="status">${this.announced}</p>
      ${results.length ? html`<ul aria-label=${msg('Matching prompts')}>${results.map((p) => this.renderOption(p))}</ul>` : nothing}
      ${favs.length ? html`<p class="sub" id="fav-label">${msg('Your favourites')}</p><ul aria-labelledby="fav-label">${favs.map((p) => this.renderOption(p))}</ul>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-prompt-picker': AlPromptPicker;
  }
}
