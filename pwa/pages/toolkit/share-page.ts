import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { boundarySentence, type Boundary } from '../../../shared/domain/toolkit/boundary.ts';
import { boundaryWordsIn } from '../../../shared/content/toolkit/boundary-words-es.ts';
import { interfaceLanguage } from '../../../shared/content/locale.ts';
import type { JournalEntry } from '../../../shared/domain/course/journal.ts';
import { boundariesRepo } from '../../../shared/data/toolkit/boundaries-repo.ts';
import { journalRepo } from '../../../shared/data/course/course-repos.ts';
import { downloadFile } from '../../../shared/ui/base/download.ts';
import { shareCardImage, type ShareCardContent } from '../../../shared/ui/base/share-image.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { renderStored } from '../../../shared/ui/base/stored-view.ts';
import '../../../shared/ui/base/share-card.ts';

type Kind = 'reflection' | 'boundary' | 'win';

/** What can be shared, in the interface's language (built at render time, so a language switch shows). */
const kinds = (): readonly { id: Kind; label: string }[] => [
  { id: 'reflection', label: msg('A reflection') },
  { id: 'boundary', label: msg('A boundary') },
  { id: 'win', label: msg('A small win') },
];

/** A saved boundary as one sentence, in the interface's language. */
const sentenceOf = (b: Boundary) => boundarySentence(b, boundaryWordsIn(interfaceLanguage()).sentence);

/**
 * Sharing by choice: the person picks one thing (a reflection, a boundary, or a small win
 * they type) and shows it on their own screen as a large card, saves it as an image, or
 * prints it. Nothing leaves the device unless they hand it on themselves.
 *
 * @summary Share one thing screen.
 */
@localized()
@customElement('al-share-page')
export class AlSharePage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .promise { border-left: 4px solid var(--al-color-primary); background: var(--al-color-primary-soft); padding: var(--al-space-3) var(--al-space-4); border-radius: 0 var(--al-radius-small) var(--al-radius-small) 0; max-width: var(--al-measure); }
      fieldset { border: none; padding: 0; margin: var(--al-space-5) 0 0; max-width: var(--al-measure); min-width: 0; }
      legend { font-weight: 700; font-size: 1.1rem; margin-bottom: var(--al-space-2); }
      label.option { display: flex; gap: var(--al-space-3); align-items: flex-start; min-height: var(--al-touch); padding: var(--al-space-2) var(--al-space-3); border: 2px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); background: var(--al-color-surface); margin-bottom: var(--al-space-2); cursor: pointer; }
      label.option:has(input:checked) { border-color: var(--al-color-primary); background: var(--al-color-primary-soft); }
      label.option input { flex: none; width: 1.2rem; height: 1.2rem; margin-top: 0.2rem; accent-color: var(--al-color-primary); }
      .kinds { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      .kinds label.option { margin: 0; align-items: center; }
      .small { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .clip { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
      .win { margin-top: var(--al-space-4); max-width: var(--al-measure); }
      .win label { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
      textarea { font: inherit; color: inherit; background: var(--al-color-surface); width: 100%; border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3); }
      .preview { margin-top: var(--al-space-5); max-width: 48rem; }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin-top: var(--al-space-4); }
      dialog { width: 100vw; height: 100vh; height: 100dvh; max-width: none; max-height: none; margin: 0; border: none; padding: clamp(1rem, 5vw, 4rem); background: var(--al-color-bg); color: var(--al-color-text); }
      dialog[open] { display: flex; flex-direction: column; justify-content: center; gap: var(--al-space-4); }
      dialog al-share-card { --al-share-size: clamp(1.8rem, 5vw, 3.6rem); }
      dialog .close { align-self: flex-end; }
      @media print {
        .screen-only, dialog { display: none !important; }
        .preview { margin: 0; max-width: none; }
        :host { color: #000; }
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private kind: Kind = 'reflection';
  @state() private chosen = '';
  @state() private win = '';
  @state() private status = '';

  /** The reflections and boundaries there are to choose from, read when the screen opens. */
  private readonly stored = new Task(this, {
    task: async (): Promise<{ reflections: JournalEntry[]; boundaries: Boundary[] }> => {
      const [entries, boundaries] = await Promise.all([journalRepo.list(), boundariesRepo.list()]);
      return { reflections: entries.filter((e) => e.kind === 'reflection' && e.text.trim()), boundaries };
    },
    args: () => [],
  });

  private get content(): ShareCardContent | undefined {
    if (this.kind === 'win') return this.win.trim() ? { eyebrow: msg('A small win'), text: this.win.trim() } : undefined;
    if (this.kind === 'reflection') {
      const e = this.stored.value?.reflections.find((r) => r.id === this.chosen);
      return e ? { eyebrow: msg('A reflection'), context: e.prompt, text: e.text.trim() } : undefined;
    }
    const b = this.stored.value?.boundaries.find((x) => x.id === this.chosen);
    return b ? { eyebrow: msg('A boundary I hold'), text: sentenceOf(b) } : undefined;
  }

  private async handleImage(content: ShareCardContent): Promise<void> {
    try {
      downloadFile(`alongside-${this.kind}.png`, await shareCardImage(content));
      this.status = msg('The image is in your downloads. It stays on this device unless you send it to someone.');
    } catch (error) {
      this.status = problemText(error);
    }
  }

  private renderChoices() {
    if (this.kind === 'win') {
      return html`<div class="win"><label for="win">${msg('Your small win, in a few words')}</label>
        <textarea id="win" rows="3" maxlength="400" .value=${this.win} @input=${(e: Event) => (this.win = (e.target as HTMLTextAreaElement).value)}></textarea></div>`;
    }
    // The choices show once they are read; a failed read says why, and a small win still works.
    return renderStored(this.stored, { complete: (stored) => this.renderItems(stored) });
  }

  private renderItems({ reflections, boundaries }: { reflections: JournalEntry[]; boundaries: Boundary[] }) {
    const items =
      this.kind === 'reflection'
        ? reflections.map((r) => ({ id: r.id, main: r.text, small: r.prompt }))
        : boundaries.map((b) => ({ id: b.id, main: sentenceOf(b), small: '' }));
    if (items.length === 0) {
      return this.kind === 'reflection'
        ? html`<p>${msg('You have no reflections yet. They appear here once you answer one in a week of the course.')}</p>`
        : html`<p>${msg(html`You have no boundaries yet. <a href="/boundaries">Make one in My boundaries</a>.`)}</p>`;
    }
    return html`<fieldset><legend>${msg('Which one?')}</legend>
      ${items.map(
        (i) => html`<label class="option"><input type="radio" name="item" .checked=${this.chosen === i.id} @change=${() => (this.chosen = i.id)} />
          <span>${i.small ? html`<span class="small">${i.small}</span>` : nothing}<span class="clip">${i.main}</span></span></label>`,
      )}</fieldset>`;
  }

  override render() {
    const content = this.content;
    return html`
      <div class="screen-only">
        <h1>${msg('Share one thing')}</h1>
        <p class="promise">${msg(html`<strong>Nothing is shared unless you choose to show it. Alongside has no server.</strong> Pick one thing, then show it on your own screen, save it as a picture, or print it.`)}</p>
        <fieldset><legend>${msg('What would you like to show?')}</legend>
          <div class="kinds">${kinds().map(
            (k) => html`<label class="option"><input type="radio" name="kind" .checked=${this.kind === k.id} @change=${() => ((this.kind = k.id), (this.chosen = ''))} />${k.label}</label>`,
          )}</div>
        </fieldset>
        ${this.renderChoices()}
        <p role="status">${this.status}</p>
      </div>
      ${content
        ? html`<section class="preview" aria-label=${msg('Your card')}>
            <al-share-card .content=${content}></al-share-card>
            <div class="actions screen-only">
              <button class="btn primary" type="button" @click=${() => this.dialog.showModal()}>${msg('Show it big on my screen')}</button>
              <button class="btn" type="button" @click=${() => this.handleImage(content)}>${msg('Save as an image')}</button>
              <button class="btn" type="button" @click=${() => window.print()}>${msg('Print it')}</button>
            </div>
          </section>
          <dialog aria-label=${msg('Your card, shown large')}>
            <button class="btn close" type="button" @click=${() => this.dialog.close()}>${msg('Close')}</button>
            <al-share-card .content=${content}></al-share-card>
          </dialog>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-share-page': AlSharePage;
  }
}
