import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { PROMPTS_EN } from '../../content/prompts/prompts-en.ts';
import { favouritesRepo, ownPromptsRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import type { AlFavouriteToggleEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { FavouriteStore } from './prompt-library.ts';
import { problemText } from '../base/storage-call.ts';
import './prompt-card.ts';

/**
 * The person's favourite prompts as a short list with "Copy", for the popup.
 *
 * @summary Favourite prompts.
 */
@customElement('al-favourite-prompts')
export class AlFavouritePrompts extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-2); }
      .empty { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
    `,
  ];

  @state() private prompts: Prompt[] | undefined;
  @state() private problem = '';

  /** The prompt library. */
  @property({ attribute: false }) library: readonly Prompt[] = PROMPTS_EN;
  /** Where favourites are kept. */
  @property({ attribute: false }) favouritesStore: FavouriteStore = favouritesRepo;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** Said when there are no favourites yet. */
  @property() emptyText = 'No favourites yet. Star the prompts you like, and they will wait for you here.';

  override connectedCallback(): void {
    super.connectedCallback();
    void Promise.all([this.favouritesStore.ids(), this.ownStore.list().catch(() => [])]).then(
      ([ids, own]) => {
        const all = [...own, ...this.library];
        this.prompts = [...ids].map((id) => all.find((p) => p.id === id)).filter((p): p is Prompt => Boolean(p));
      },
      (error: Error) => {
        this.prompts = [];
        this.problem = problemText(error);
      },
    );
  }

  private async handleToggle(event: AlFavouriteToggleEvent): Promise<void> {
    const { promptId, favourite } = event.detail;
    if (favourite) return;
    try {
      await this.favouritesStore.set(promptId, false);
      this.prompts = this.prompts?.filter((p) => p.id !== promptId);
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  override render() {
    if (this.problem) return html`<p class="problem" role="alert">${this.problem}</p>`;
    if (!this.prompts) return html`<p class="empty">Loading…</p>`;
    if (!this.prompts.length) return html`<p class="empty">${this.emptyText}</p>`;
    return html`<ul @al-favourite-toggle=${this.handleToggle}>
      ${this.prompts.map((p) => html`<li><al-prompt-card compact favourite .prompt=${p}></al-prompt-card></li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-favourite-prompts': AlFavouritePrompts;
  }
}
