import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { PackProblem } from '../../../shared/domain/classes/pack-problems.ts';
import { packCodeFromHash } from '../../../shared/domain/classes/class-pack-codec.ts';
import { openClassPack, type ClassOpening, type ClassSource } from '../../../shared/data/classes/class-repo.ts';
import { packProblemTextIn } from '../../../shared/content/classes/pack-problems-es.ts';
import '../../../shared/ui/classes/pack-problem-wording.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { navigate } from '../../navigation.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/classes/class-summary.ts';
import { problemBox } from '../../../shared/ui/base/stored-view.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { classChangeTextIn } from '../../../shared/content/classes/class-changes-es.ts';
import { interfaceLanguage, type Language } from '../../../shared/content/locale.ts';
import { languageToOffer } from '../../../shared/domain/classes/class-language.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';

/** What the screen shows. */
type View =
  | { kind: 'reading' }
  | { kind: 'choose' }
  | { kind: 'problem'; pack: PackProblem }
  | { kind: 'problem'; error: unknown }
  | { kind: 'preview'; opening: Extract<ClassOpening, { ok: true }> };

/**
 * Joining a class: from a class link (`/join#pack=…`) or a class file, a preview of the class
 * (or of what an updated pack changes), then "Join this class". Both go through
 * `openClassPack`, the one way a class gets in: nothing is stored until the person says so,
 * and a pack that can't be used changes nothing.
 *
 * @summary Join a class screen.
 */
@localized()
@customElement('al-join-page')
export class AlJoinPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      al-card { max-width: var(--al-measure); margin-top: var(--al-space-5); }
      h2 { font-size: var(--al-font-size-h2); }
      .eyebrow { color: var(--al-color-text-muted); font-weight: 600; margin: 0; font-size: var(--al-font-size-small); }
      h2:focus { outline: none; }
      .changes { background: var(--al-color-primary-soft); border-radius: var(--al-radius-small); padding: var(--al-space-3) var(--al-space-4); }
      .changes ul { margin: 0; padding-left: 1.2rem; }
      .offer label { display: flex; gap: var(--al-space-2); align-items: center; min-height: var(--al-touch); font-weight: 600; }
      .offer input { width: 1.4rem; height: 1.4rem; flex: none; }
      label.file { font-weight: 600; display: block; margin-bottom: var(--al-space-2); }
      input[type='file'] { font: inherit; max-width: 100%; }
      input[type='file']::file-selector-button { font: inherit; font-weight: 600; min-height: var(--al-touch); padding: 0 var(--al-space-4); border-radius: var(--al-radius-small); border: 2px solid var(--al-color-primary); background: var(--al-color-surface); color: var(--al-color-primary); margin-right: var(--al-space-3); cursor: pointer; }
    `,
  ];

  /** The class's name, or the problem: what a screen reader should hear first once the class is read. */
  @query('.focus-me, .problem') private focusTarget!: HTMLElement | null;

  @state() private view: View = { kind: 'reading' };
  @state() private busy = false;
  /** The class's language, when joining offers the course in it (a Spanish class, once Spanish is offered). */
  @state() private offer: Language | undefined;
  /** Whether the person keeps the offer (it starts ticked: a Spanish class opens in Spanish). */
  @state() private takeOffer = true;

  /** The address's fragment ("#…"), from the shell. */
  @property() hash = '';

  override willUpdate(changed: PropertyValues<this>): void {
    // A class link pasted while this screen is open changes only the fragment: read the new one.
    if (changed.has('hash')) void this.readLink();
  }

  private async readLink(): Promise<void> {
    const code = packCodeFromHash(this.hash);
    if (code === undefined) {
      this.view = { kind: 'choose' };
      return;
    }
    this.view = { kind: 'reading' };
    await this.open({ code });
  }

  private async open(source: ClassSource): Promise<void> {
    const opening = await openClassPack(source);
    this.view = opening.ok ? { kind: 'preview', opening } : { kind: 'problem', pack: opening.problem };
    this.offer = opening.ok ? languageToOffer(opening.pack, interfaceLanguage()) : undefined;
    this.takeOffer = true;
    await this.updateComplete;
    this.focusTarget?.focus();
  }

  private async handleFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.open({ file });
  }

  private async handleJoin(opening: Extract<ClassOpening, { ok: true }>, update: boolean): Promise<void> {
    this.busy = true;
    try {
      await opening.join();
      if (this.offer && this.takeOffer) await this.useClassLanguage(this.offer);
      // The pack is stored now; take it out of the address so a reload does not ask again.
      history.replaceState(null, '', location.pathname);
      navigate(update ? '/class?updated=1' : '/class?joined=1');
    } catch (error) {
      this.view = { kind: 'problem', error };
    } finally {
      this.busy = false;
    }
  }

  /** Keeps the class's language as the person's own choice, and shows the course in it. */
  private async useClassLanguage(language: Language): Promise<void> {
    // The class is joined already: a choice that can't be stored still changes the screen now.
    await settingsRepo.set('language', language).catch(() => undefined);
    await applyLanguage(language);
  }

  /** The problem in the interface's language, said at render time so a change of language follows. */
  private problemMessage(v: Extract<View, { kind: 'problem' }>): string {
    return 'pack' in v ? packProblemTextIn(v.pack) : problemText(v.error);
  }

  private renderLanguageOffer() {
    if (this.offer !== 'es') return nothing;
    return html`<p class="offer"><label><input type="checkbox" .checked=${this.takeOffer} @change=${(e: Event) => (this.takeOffer = (e.target as HTMLInputElement).checked)} />
      ${msg('This class is held in Spanish. Show the course in Spanish')} <span lang="es">(Ver el curso en español)</span></label></p>`;
  }

  private renderPreview({ opening: v }: Extract<View, { kind: 'preview' }>) {
    const same = v.current?.id === v.pack.id;
    const replacing = v.current && !same;
    return html`<al-card>
      <p class="eyebrow">${same ? msg('An update to your class') : msg('You are invited to a class')}</p>
      <h2 class="focus-me" tabindex="-1">${v.pack.name}</h2>
      ${same
        ? v.changes.length
          ? html`<div class="changes"><p><strong>${msg('This updates your class:')}</strong></p><ul>${v.changes.map((c) => html`<li>${classChangeTextIn(c)}</li>`)}</ul></div>
              <p>${msg('Your own notes, reflections and progress stay just as they are.')}</p>`
          : html`<p>${msg('You are already in this class, and nothing has changed.')}</p>`
        : nothing}
      ${same && v.changes.length && v.pack.updatedAt < v.current!.updatedAt
        ? html`<p><strong>${msg('This link is older than the one you opened before.')}</strong> ${msg('Your facilitator may have sent a newer one; if so, open that instead.')}</p>`
        : nothing}
      ${replacing ? html`<p class="changes">${msg(str`You are in another class now, “${v.current!.name}”. Joining this one takes its place. Your own notes stay.`)}</p>` : nothing}
      <al-class-summary .pack=${v.pack}></al-class-summary>
      <p>${msg('Joining saves the class on this device only. Each week of the course opens on its meeting date, and you can always catch up on earlier weeks.')}</p>
      ${same && !v.changes.length ? nothing : this.renderLanguageOffer()}
      ${same && !v.changes.length
        ? html`<a slot="actions" class="btn primary" href="/class">${msg('See my class')}</a>`
        : html`<button slot="actions" class="btn primary" type="button" ?disabled=${this.busy} @click=${() => this.handleJoin(v, same)}>${same ? msg('Update my class') : msg('Join this class')}</button>
            <a slot="actions" class="btn" href="/">${msg('Not now')}</a>`}
    </al-card>`;
  }

  private renderChoose() {
    return html`<al-card>
      <h2>${msg('Open a class')}</h2>
      <p>${msg('If your facilitator sent you a link or showed you a QR code, open it on this device and the class appears here.')}</p>
      <label class="file" for="file">${msg('Or open a class file (.json)')}</label>
      <input id="file" type="file" accept=".json,application/json" @change=${this.handleFile} />
    </al-card>`;
  }

  override render() {
    const v = this.view;
    return html`
      <h1>${msg('Join a class')}</h1>
      <p class="lead">${msg('In a class, you go through the course with a group and a facilitator. Everything you write stays on this device; the group never sees it unless you choose to share.')}</p>
      ${v.kind === 'reading' ? html`<p role="status">${msg('Opening the class…')}</p>` : nothing}
      ${v.kind === 'problem'
        ? html`<al-card>${problemBox(html`<h2>${msg('We could not open this class')}</h2><p>${this.problemMessage(v)}</p><p>${msg('Nothing on this device was changed.')}</p>`, { focusable: true })}</al-card>${this.renderChoose()}`
        : nothing}
      ${v.kind === 'preview' ? this.renderPreview(v) : nothing}
      ${v.kind === 'choose' ? this.renderChoose() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-join-page': AlJoinPage;
  }
}
