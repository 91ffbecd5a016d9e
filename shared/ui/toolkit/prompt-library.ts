import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { promptCategoriesIn, type Prompt, type PromptCategory } from '../../content/prompts/prompt-types.ts';
import { promptsIn } from '../../content/prompts/by-language.ts';
import { buildPromptIndex, searchPrompts, type PromptIndex } from '../../domain/toolkit/prompt-search.ts';
import { ownPromptFrom } from '../../domain/toolkit/own-prompt.ts';
import { favouritesRepo, ownPromptsRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import type { AlFavouriteToggleEvent, AlOwnPromptActionEvent, AlOwnPromptSaveEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { showToast } from '../base/toast.ts';
import type { AlOwnPromptForm } from './own-prompt-form.ts';
import './prompt-card.ts';
import './own-prompt-form.ts';
import '../base/text-field.ts';
import { changeStored, problemBox, readProblem } from '../base/stored-view.ts';
import { counted, formatCount, interfaceLanguage } from '../../content/locale.ts';

/** Results per "page" in the popup, where a long list is hard to scroll. */
const COMPACT_PAGE = 10;

const NO_FAVOURITES: ReadonlySet<string> = new Set();

/** Where favourites are kept: the ids, and a way to mark one. */
export type FavouriteStore = Pick<typeof favouritesRepo, 'ids' | 'set'>;

/**
 * The prompt library: instant search, a filter by kind and by favourites, the person's own
 * prompts with the library's, and a form to write one.
 *
 * @summary Prompt library.
 */
@customElement('al-prompt-library')
@localized()
export class AlPromptLibrary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .filters { display: grid; gap: 0 var(--al-space-4); grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); align-items: end; }
      .filters al-text-field { grid-column: 1 / -1; }
      label.select { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
      select { font: inherit; color: inherit; background: var(--al-color-surface); min-height: var(--al-touch); width: 100%; border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: 0 var(--al-space-3); margin-bottom: var(--al-space-4); }
      .check { display: flex; align-items: center; gap: var(--al-space-2); min-height: var(--al-touch); font-weight: 600; margin-bottom: var(--al-space-4); cursor: pointer; }
      .check input { width: 1.4rem; height: 1.4rem; margin: 0; accent-color: var(--al-color-primary); }
      .count { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      ul { list-style: none; margin: 0 0 var(--al-space-5); padding: 0; display: grid; gap: var(--al-space-3); }
      .group-heading { font-size: 1.2rem; margin-top: var(--al-space-5); }
      .group-note { color: var(--al-color-text-muted); }
      .own-form { margin-top: var(--al-space-6); }
      .editing { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); }
      :host([compact]) ul { gap: var(--al-space-2); }
    `,
  ];

  @query('al-own-prompt-form.new') private newForm!: AlOwnPromptForm;

  @state() private query = '';
  @state() private announced = '';
  @state() private category: PromptCategory | '' = '';
  @state() private favouritesOnly = false;
  @state() private editingId: string | undefined;
  @state() private problem = '';
  /** How many results show in compact mode; "Show more" adds a page. */
  @state() private shown = COMPACT_PAGE;

  /** The library to show; the interface language's when none is given, picked at each update so a switch of language shows at once. */
  @property({ attribute: false }) library?: readonly Prompt[];
  private get libraryNow(): readonly Prompt[] {
    return this.library ?? promptsIn(interfaceLanguage());
  }
  /** Where favourites are kept (defaults to this origin's database). */
  @property({ attribute: false }) favouritesStore: FavouriteStore = favouritesRepo;
  /** Where the person's own prompts are kept (defaults to this origin's database). */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** Tighter cards and no "write your own", for the popup. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Level of the library's own headings. */
  @property({ type: Number }) headingLevel: 2 | 3 | 4 = 2;

  /** The person's favourites and own prompts: read when the library opens, and again after each change. The library shows meanwhile. */
  private readonly stored = new Task(this, {
    task: async ([favouritesStore, ownStore]) => {
      const [favourites, own] = await Promise.all([favouritesStore.ids(), ownStore.list()]);
      return { favourites, own };
    },
    args: () => [this.favouritesStore, this.ownStore] as const,
  });

  private index: PromptIndex = buildPromptIndex([]);
  private hits: Prompt[] = [];
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the index and the hits were last made from, and the language the count was said in. */
  private made: { library: readonly Prompt[]; stored: unknown; language: string } | undefined;

  private get favourites(): ReadonlySet<string> {
    return this.stored.value?.favourites ?? NO_FAVOURITES;
  }

  private get own(): OwnPromptRecord[] {
    return this.stored.value?.own ?? [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    const read = this.made?.stored !== this.stored.value;
    const library = this.libraryNow;
    const switched = this.made?.library !== library;
    // A change of language says the count again in the new one.
    const relanguaged = this.made !== undefined && this.made.language !== interfaceLanguage();
    if (read || switched) this.index = buildPromptIndex(library, this.own);
    this.made = { library, stored: this.stored.value, language: interfaceLanguage() };
    if (read || switched || relanguaged || ['query', 'category', 'favouritesOnly'].some((k) => changed.has(k))) {
      const filter = { category: this.category || null, favourites: this.favouritesOnly ? this.favourites : null };
      this.hits = searchPrompts(this.index, this.query, filter).map((h) => h.prompt);
      if (['query', 'category', 'favouritesOnly'].some((k) => changed.has(k))) this.shown = COMPACT_PAGE;
      // Say how many once typing pauses, so a screen reader isn't talked over on every key.
      const text = this.countText(this.hits.length);
      clearTimeout(this.announceTimer);
      if (text !== this.announced) this.announceTimer = setTimeout(() => (this.announced = text), 500);
    }
  }

  /** Runs a change and reads favourites and own prompts again; a failure shows its kind message and leaves what is stored as it was. */
  private async change(work: () => Promise<unknown>): Promise<boolean> {
    this.problem = await changeStored(this.stored, work);
    return !this.problem;
  }

  private handleSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private async handleFavourite(event: AlFavouriteToggleEvent): Promise<void> {
    const { promptId, favourite } = event.detail;
    await this.change(() => this.favouritesStore.set(promptId, favourite));
  }

  private async handleOwnSave(event: AlOwnPromptSaveEvent): Promise<void> {
    const { input, id } = event.detail;
    const existing = id ? this.own.find((p) => p.id === id) : undefined;
    if (!(await this.change(() => this.ownStore.save(ownPromptFrom(input, existing) as OwnPromptRecord)))) return;
    if (existing) {
      this.editingId = undefined;
      showToast(this, msg('Your prompt is updated.'));
    } else {
      this.newForm.reset();
      showToast(this, msg('Your prompt is saved. It is at the top of the list, with “Your own” on it.'));
    }
  }

  private async handleOwnAction(event: AlOwnPromptActionEvent): Promise<void> {
    const { promptId, action } = event.detail;
    if (action === 'edit') {
      this.editingId = promptId;
      await this.updateComplete;
      this.renderRoot.querySelector<AlOwnPromptForm>('al-own-prompt-form.edit')?.focus();
      return;
    }
    let removed: OwnPromptRecord | undefined;
    const ok = await this.change(async () => (removed = await this.ownStore.remove(promptId)));
    if (!ok || !removed) return;
    const back = removed;
    showToast(this, msg('Your prompt is deleted.'), {
      action: {
        label: msg('Undo'),
        run: async () => {
          // Newer than the deletion, so a linked extension that already heard of it takes it back too.
          if (await this.change(() => this.ownStore.putExact({ ...back, updatedAt: Date.now() }))) showToast(this, msg('Your prompt is back.'));
        },
      },
    });
  }

  private countText(n: number): string {
    if (n > 0) return counted(n, { one: msg('prompt'), other: msg('prompts') });
    if (this.favouritesOnly && this.favourites.size === 0) return msg('No favourites yet. Press “Favourite” on a prompt to keep it here.');
    return msg('No prompts match. Try another word, or write your own.');
  }

  private heading(text: string, level: number, cls = '') {
    const tag = unsafeStatic(`h${Math.min(level, 6)}`);
    return staticHtml`<${tag} class=${cls}>${text}</${tag}>`;
  }

  private renderList(prompts: readonly Prompt[], showCategory: boolean) {
    return html`<ul>
      ${repeat(
        prompts,
        (p) => p.id,
        (p) =>
          html`<li>
            ${this.editingId === p.id
              ? html`<div class="editing"><al-own-prompt-form class="edit" idPrefix=${`edit-${p.id}`} .prompt=${p}
                  @al-own-prompt-save=${this.handleOwnSave} @al-own-prompt-cancel=${() => (this.editingId = undefined)}></al-own-prompt-form></div>`
              : html`<al-prompt-card .prompt=${p} ?favourite=${this.favourites.has(p.id)} ?showCategory=${showCategory} ?compact=${this.compact}></al-prompt-card>`}
          </li>`,
      )}
    </ul>`;
  }

  private renderResults(hits: readonly Prompt[]) {
    if (hits.length === 0) return nothing;
    // Searching: one list, best match first. Browsing everything: grouped by kind, as a book reads.
    if (this.compact) {
      const more = hits.length - this.shown;
      return html`${this.renderList(hits.slice(0, this.shown), false)}
        ${more > 0
          ? html`<button class="btn" type="button" @click=${() => (this.shown += COMPACT_PAGE)}>${msg(str`Show ${formatCount(Math.min(more, COMPACT_PAGE))} more`)}</button>`
          : nothing}`;
    }
    if (this.query.trim() || this.category || this.favouritesOnly) return this.renderList(hits, !this.category);
    const level = this.headingLevel;
    const own = hits.filter((p) => p.own);
    return html`
      ${own.length ? html`${this.heading(msg('Your own prompts'), level, 'group-heading')}${this.renderList(own, true)}` : nothing}
      ${promptCategoriesIn(interfaceLanguage()).map((c) => {
        const inGroup = hits.filter((p) => !p.own && p.category === c.id);
        return inGroup.length
          ? html`${this.heading(c.label, level, 'group-heading')}<p class="group-note">${c.description}</p>${this.renderList(inGroup, false)}`
          : nothing;
      })}
    `;
  }

  override render() {
    const hits = this.hits;
    return html`
      ${problemBox(readProblem(this.stored) || this.problem)}
      <div class="filters" role="search" aria-label=${msg('Prompts')}>
        <al-text-field type="search" label=${msg('Search prompts')} hint=${msg('Try a word such as money, angry or text.')} maxlength="100" .value=${this.query} @input=${this.handleSearch}></al-text-field>
        <div>
          <label class="select" for="category">${msg('Kind of words')}</label>
          <select id="category" @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value as PromptCategory | '')}>
            <option value="">${msg('All kinds')}</option>
            ${promptCategoriesIn(interfaceLanguage()).map((c) => html`<option value=${c.id} ?selected=${this.category === c.id}>${c.label}</option>`)}
          </select>
        </div>
        <label class="check"><input type="checkbox" .checked=${this.favouritesOnly} @change=${(e: Event) => (this.favouritesOnly = (e.target as HTMLInputElement).checked)} />
          ${msg(str`Favourites only (${formatCount(this.favourites.size)})`)}</label>
      </div>
      <p class="count" role="status">${this.announced}</p>
      <div @al-favourite-toggle=${this.handleFavourite} @al-own-prompt-action=${this.handleOwnAction}>${this.renderResults(hits)}</div>
      ${this.compact
        ? nothing
        : html`<section class="own-form" aria-labelledby="own-heading">
            ${staticHtml`<${unsafeStatic(`h${this.headingLevel}`)} id="own-heading">${msg('Write your own')}</${unsafeStatic(`h${this.headingLevel}`)}>`}
            <p>${msg('Your own words often work best. They stay on this device, with the library.')}</p>
            <al-own-prompt-form class="new" @al-own-prompt-save=${this.handleOwnSave}></al-own-prompt-form>
          </section>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-prompt-library': AlPromptLibrary;
  }
}
