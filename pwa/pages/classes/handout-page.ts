import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import type { Week } from '../../../shared/content/course-types.ts';
import { WEEK_COUNT, weekFromParam, weekIn } from '../../../shared/content/weeks/index.ts';
import { formatCount, interfaceLanguage, type Language } from '../../../shared/content/locale.ts';
import { DEFAULT_PROFILE, personalise } from '../../../shared/domain/course/profile.ts';
import { renderBlocks } from '../../../shared/ui/course/blocks.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { renderStored } from '../../../shared/ui/base/stored-view.ts';
import '../../../shared/ui/crisis/print-help.ts';
import { weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { weekNameOf } from '../../../shared/ui/course/week-name.ts';

/**
 * Page rules that only a document stylesheet can set (`@page` does nothing inside a shadow
 * root): 15 mm margins on A4 and Letter alike, and black on white even in dark mode.
 */
const printSheet = (() => {
  if (typeof CSSStyleSheet === 'undefined') return undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { margin: 15mm; }
    @media print { :root { color-scheme: light; } html, body { background: #fff !important; color: #000 !important; } }`);
  return sheet;
})();

/**
 * A week's handout: the key takeaways and the skill sheet, with room to write. Made to print
 * cleanly on A4 or Letter; the app's header, menu and footer are left off the page.
 *
 * @summary Week handout screen.
 */
@localized()
@customElement('al-handout-page')
export class AlHandoutPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      article { max-width: var(--al-measure); }
      .eyebrow { color: var(--al-color-text-muted); font-weight: 600; margin: 0 0 var(--al-space-1); }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin: var(--al-space-4) 0; }
      h2 { font-size: var(--al-font-size-h2); margin-top: var(--al-space-5); }
      li { margin-bottom: var(--al-space-2); }
      .write { border-bottom: 1px solid var(--al-color-border); min-height: 3.2em; margin-bottom: var(--al-space-3); }
      .write .label { font-weight: 600; display: block; }
      .help { margin-top: var(--al-space-5); }
      .foot { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin-top: var(--al-space-5); border-top: 1px solid var(--al-color-border-soft); padding-top: var(--al-space-3); }
      @media print {
        :host { color: #000; font-size: 11pt; }
        .screen-only { display: none !important; }
        article { max-width: none; }
        h1 { font-size: 20pt; margin-top: 0; }
        h2 { font-size: 14pt; margin-top: 12pt; break-after: avoid; }
        .eyebrow, .foot { color: #000; }
        section { break-inside: avoid; }
        li, p { orphans: 3; widows: 3; }
        .write { border-bottom: 1px solid #000; min-height: 1.8cm; }
        a { color: #000; text-decoration: none; }
      }
    `,
  ];

  /** Route parameters: `week`. */
  @property({ attribute: false }) params: Record<string, string> = {};

  private get number(): number {
    return weekFromParam(this.params.week);
  }

  /** The week's lesson, in the interface's language where it is written; read again when the week in the address or the language changes. */
  private readonly week = new Task(this, {
    task: ([n, language]) => weekIn(n, language),
    args: () => [this.number, interfaceLanguage()] as const,
    onComplete: ({ week }) => (document.title = msg(str`${weekNameOf(week.number)} handout · Alongside`)),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (printSheet && !document.adoptedStyleSheets.includes(printSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  }

  private renderHandout(n: number, w: Week, written: Language) {
    // A handout may go to a whole group: it speaks of "the person you support", in the week's own language.
    const p = (t: string) => personalise(t, DEFAULT_PROFILE, written);
    return html`
      <div class="actions screen-only">
        <button class="btn primary" type="button" @click=${() => window.print()}>${msg('Print this handout')}</button>
        <a class="btn quiet" href=${`/course/week/${n}`}>${msg(str`Back to week ${formatCount(weekPosition(n))}`)}</a>
      </div>
      <article>
        <p class="eyebrow">${msg(str`Alongside · ${weekNameOf(n)} of ${formatCount(WEEK_COUNT)}`)}</p>
        <h1>${w.title}</h1>
        <section aria-labelledby="takeaways">
          <h2 id="takeaways">${msg('Key takeaways')}</h2>
          <ul>${w.takeaways.map((t) => html`<li>${p(t)}</li>`)}</ul>
        </section>
        <section aria-labelledby="skill">
          <h2 id="skill">${msg(str`Skill sheet: ${p(w.practice.title)}`)}</h2>
          ${renderBlocks(w.practice.intro, DEFAULT_PROFILE, written)}
          <ol>${w.practice.steps.map((s) => html`<li>${p(s)}</li>`)}</ol>
        </section>
        <section aria-labelledby="plan">
          <h2 id="plan">${msg('My plan')}</h2>
          ${w.practice.plan.map((f) => html`<div class="write"><span class="label">${p(f.label)}</span></div>`)}
        </section>
        <al-print-help class="help"></al-print-help>
        <p class="foot">${msg('Alongside is for learning and support; it is not treatment.')}</p>
      </article>
    `;
  }

  override render() {
    const n = this.number;
    if (!n) return html`<h1>${msg('We could not find that week')}</h1><p><a href="/course">${msg('See all weeks')}</a></p>`;
    const shown = renderStored(this.week, { loading: msg('Opening the handout…'), complete: ({ week, language }) => this.renderHandout(n, week, language) });
    // Until the week is read (or if it could not be), its name heads the screen.
    return this.week.value ? shown : html`<h1>${msg(str`${weekNameOf(n)} handout`)}</h1>${shown}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-handout-page': AlHandoutPage;
  }
}
