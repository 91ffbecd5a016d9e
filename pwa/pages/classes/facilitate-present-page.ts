import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { roleplayCardsIn } from '../../../shared/content/prompts/by-language.ts';
import { sessionGuideIn } from '../../../shared/content/session-guides-es.ts';
import { weekFromParam, weekIn } from '../../../shared/content/weeks/index.ts';
import { formatCount, interfaceLanguage } from '../../../shared/content/locale.ts';
import { slideWordsIn } from '../../../shared/content/classes/session-slides-es.ts';
import { defaultAgreementsIn } from '../../../shared/content/classes/group-agreements-es.ts';
import { sessionSlides, type Slide } from '../../../shared/domain/classes/session-slides.ts';
import { classRepo } from '../../../shared/data/classes/class-repo.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { renderStored } from '../../../shared/ui/base/stored-view.ts';
import { navigate } from '../../navigation.ts';
import { weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { weekNameOf } from '../../../shared/ui/course/week-name.ts';

/**
 * The presentation view for a shared screen: one large slide at a time, built from course
 * content and the class's group agreements only (no names, notes or answers). Arrow keys, Page Up/Down and Space move;
 * Home and End jump; Escape goes back to the session guide. It fills the window as a modal
 * dialog, so nothing behind it can be reached by mistake.
 *
 * @summary Presentation view.
 */
@localized()
@customElement('al-facilitate-present-page')
export class AlFacilitatePresentPage extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      dialog {
        width: 100vw; height: 100vh; height: 100dvh; max-width: none; max-height: none; margin: 0; padding: 0; border: none;
        background: var(--al-color-bg); color: var(--al-color-text); display: flex; flex-direction: column;
      }
      dialog:not([open]) { display: none; }
      dialog::backdrop { background: var(--al-color-bg); }
      .top { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-4); padding: var(--al-space-2) var(--al-space-4); border-bottom: 1px solid var(--al-color-border-soft); }
      h1 { font-size: 1rem; margin: 0; color: var(--al-color-text-muted); flex: 1 1 14rem; }
      .count { margin: 0; font-weight: 600; color: var(--al-color-text-muted); font-variant-numeric: tabular-nums; }
      @media (max-width: 40rem) { .fullscreen { display: none; } }
      .slide { flex: 1; overflow: auto; display: flex; flex-direction: column; justify-content: center; padding: clamp(1rem, 4vw, 4rem) clamp(1.25rem, 7vw, 7rem); outline: none; }
      .eyebrow { font-size: clamp(1.1rem, 2.2vw, 1.8rem); font-weight: 700; color: var(--al-color-primary); margin: 0 0 var(--al-space-3); text-transform: uppercase; letter-spacing: 0.04em; }
      h2 { font-size: clamp(1.9rem, 5vw, 4.2rem); line-height: 1.2; margin: 0 0 var(--al-space-5); max-width: 30ch; }
      .slide p, .slide li { font-size: clamp(1.3rem, 3vw, 2.5rem); line-height: 1.4; max-width: 40ch; }
      .slide ul { margin: 0; padding-left: 1.2em; }
      .slide li { margin-bottom: var(--al-space-3); }
      .bottom { display: flex; flex-wrap: wrap; gap: var(--al-space-2); justify-content: space-between; align-items: center; padding: var(--al-space-2) var(--al-space-4); border-top: 1px solid var(--al-color-border-soft); }
      .keys { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin: 0; }
      .nav { display: flex; gap: var(--al-space-2); }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.slide') private slideBox!: HTMLElement;

  @state() private index = 0;

  /** Route parameters: `week`. */
  @property({ attribute: false }) params: Record<string, string> = {};

  private get number(): number {
    return weekFromParam(this.params.week);
  }

  private readonly abort = new AbortController();

  /**
   * The week's slides (null: no such week), in the interface's language where the week is
   * written; made again when the week in the address or the language changes, and then shown.
   */
  private readonly deck = new Task(this, {
    task: async ([n, language]): Promise<{ slides: Slide[]; heading: string } | null> => {
      const guide = sessionGuideIn(n, language);
      if (!n || !guide) return null;
      const starting = defaultAgreementsIn(language);
      const [{ week, language: written }, agreed] = await Promise.all([
        weekIn(n, language),
        // The class's own agreements; with no class (or none readable), the starting ones in this language.
        classRepo.sessionClass().then((c) => (c.fromClass ? c.agreements : starting), () => starting),
      ]);
      const cards = guide.cards.map((id) => roleplayCardsIn(interfaceLanguage()).find((c) => c.id === id)).filter((c) => c !== undefined);
      return { slides: sessionSlides(week, guide, cards, agreed, slideWordsIn(), written), heading: `${weekNameOf(n)}: ${week.title}` };
    },
    args: () => [this.number, interfaceLanguage()] as const,
  });
  /** The deck on show, so a new one is shown once it is drawn. */
  private presented: unknown;

  private get slides(): Slide[] {
    return this.deck.value?.slides ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On the document, so the keys work wherever focus is while the slides show.
    document.addEventListener('keydown', (e) => this.handleKey(e), { signal: this.abort.signal });
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('params')) this.index = 0;
  }

  override updated(): void {
    const deck = this.deck.value;
    if (!deck || deck === this.presented) return;
    this.presented = deck;
    document.title = msg(str`Presenting week ${formatCount(weekPosition(this.number))} · Alongside`);
    if (!this.dialog.open) this.dialog.showModal();
    this.slideBox.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort.abort();
    this.leaving = true;
    if (this.dialog?.open) this.dialog.close();
  }

  private go(index: number): void {
    this.index = Math.max(0, Math.min(this.slides.length - 1, index));
  }

  private leaving = false;

  private leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    navigate(`/facilitate/session/${this.number}`);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || !this.dialog?.open) return;
    const onButton = event.composedPath()[0] instanceof HTMLButtonElement;
    const moves: Record<string, number | undefined> = {
      ArrowRight: this.index + 1,
      ArrowDown: this.index + 1,
      PageDown: this.index + 1,
      ArrowLeft: this.index - 1,
      ArrowUp: this.index - 1,
      PageUp: this.index - 1,
      Home: 0,
      End: this.slides.length - 1,
      // Space moves on, as in slide software; on a focused button it presses that button instead.
      ' ': onButton ? undefined : event.shiftKey ? this.index - 1 : this.index + 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.go(to);
  }

  private handleCancel(event: Event): void {
    // Escape closes a modal dialog; here it means "leave the presentation" (if the browser
    // closes it anyway, `close` leaves too).
    event.preventDefault();
    this.leave();
  }

  override render() {
    const n = this.number;
    if (!n || !sessionGuideIn(n, interfaceLanguage())) return html`<h1>${msg('We could not find that week')}</h1><p><a href="/facilitate">${msg('Back to running a class')}</a></p>`;
    const slide = this.slides[this.index];
    return html`
      ${renderStored(this.deck, { loading: msg('Opening the presentation…'), complete: () => nothing })}
      <dialog aria-labelledby="title" @cancel=${this.handleCancel} @close=${this.leave}>
        <div class="top">
          <h1 id="title">${this.deck.value?.heading ?? ''}</h1>
          <p class="count" aria-hidden="true">${formatCount(this.index + 1)} / ${formatCount(this.slides.length)}</p>
          <button class="btn quiet fullscreen" type="button" @click=${() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>${msg('Full screen')}</button>
          <button class="btn" type="button" @click=${this.leave}>${msg('Leave')}</button>
        </div>
        <section class="slide" tabindex="-1" aria-roledescription="slide" aria-label=${msg(str`Slide ${formatCount(this.index + 1)} of ${formatCount(this.slides.length)}`)}>
          ${slide
            ? html`<p class="eyebrow">${slide.eyebrow}</p>
                <h2>${slide.title}</h2>
                ${slide.lines.map((l) => html`<p>${l}</p>`)}
                ${slide.list ? html`<ul>${slide.list.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}`
            : nothing}
        </section>
        <p class="visually-hidden" role="status">${slide ? msg(str`Slide ${formatCount(this.index + 1)} of ${formatCount(this.slides.length)}: ${slide.title}`) : ''}</p>
        <div class="bottom">
          <p class="keys">${msg('Arrow keys or Space to move. Escape to leave.')}</p>
          <div class="nav">
            <button class="btn" type="button" ?disabled=${this.index === 0} @click=${() => this.go(this.index - 1)}>${msg('Previous')}</button>
            <button class="btn primary" type="button" ?disabled=${this.index >= this.slides.length - 1} @click=${() => this.go(this.index + 1)}>${msg('Next')}</button>
          </div>
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-facilitate-present-page': AlFacilitatePresentPage;
  }
}
