import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { promptsIn } from '../../content/prompts/by-language.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { favouritesRepo, ownPromptsRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import type { AlFavouriteToggleEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { FavouriteStore } from './prompt-library.ts';
import { changeStored, problemBox, renderStored } from '../base/stored-view.ts';
import './prompt-card.ts';

/**
 * The person's favourite prompts as a short list with "Copy", for the popup.
 *
 * @summary Favourite prompts.
 */
@customElement('al-favourite-prompts')
@localized()
export class AlFavouritePrompts extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-2); }
      .empty, .muted { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
    `,
  ];

  @state() private problem = '';

  /** The prompt library; the interface language's when none is given, picked at each update. */
  @property({ attribute: false }) library?: readonly Prompt[];
  private get libraryNow(): readonly Prompt[] {
    return this.library ?? promptsIn(interfaceLanguage());
  }
  /** Where favourites are kept. */
  @property({ attribute: false }) favouritesStore: FavouriteStore = favouritesRepo;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** Said when there are no favourites yet; empty for the usual words, in the reader's language. */
  @property() emptyText = '';

  /** The favourite prompts, in the order they were starred: read when the list opens, and again after each change. */
  private readonly prompts = new Task(this, {
    task: async ([favouritesStore, ownStore, library]) => {
      // Own prompts are a bonus here: without them, the library's favourites still show.
      const [ids, own] = await Promise.all([favouritesStore.ids(), ownStore.list().catch(() => [])]);
      const all = [...own, ...library];
      return [...ids].map((id) => all.find((p) => p.id === id)).filter((p): p is Prompt => Boolean(p));
    },
    args: () => [this.favouritesStore, this.ownStore, this.libraryNow] as const,
  });

  private async handleToggle(event: AlFavouriteToggleEvent): Promise<void> {
    const { promptId, favourite } = event.detail;
    if (favourite) return;
    this.problem = await changeStored(this.prompts, () => this.favouritesStore.set(promptId, false));
  }

  private renderList(prompts: Prompt[]) {
    if (!prompts.length) return html`<p class="empty">${this.emptyText || msg('No favourites yet. Star the prompts you like, and they will wait for you here.')}</p>`;
    return html`<ul @al-favourite-toggle=${this.handleToggle}>
      ${prompts.map((p) => html`<li><al-prompt-card compact favourite .prompt=${p}></al-prompt-card></li>`)}
    </ul>`;
  }

  override render() {
    return html`${problemBox(this.problem)}${renderStored(this.prompts, { loading: msg('Loading…'), complete: (prompts) => this.renderList(prompts) })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-favourite-prompts': AlFavouritePrompts;
  }
}
