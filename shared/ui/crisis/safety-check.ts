import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { localized, msg } from '@lit/localize';
import type { AfraidAnswer, SafetyAnswer } from '../../domain/crisis/safety-plan.ts';
import { safetyPlanWords } from '../../content/crisis/safety-plan-words-es.ts';
import { safetyPlanRepo, type SafetyAnswerStore } from '../../data/crisis/safety-plan-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import './safety-lines.ts';

/**
 * Fired by `<al-safety-check>` when the answer is known or changes: on load, when the person
 * answers, and when another check on the page was answered. Only the person's own answer
 * bubbles out of the element (so other checks on the page hear it); the rest are for the
 * element's own listeners.
 */
export class AlSafetyAnswerEvent extends Event {
  static readonly type = 'al-safety-answer';
  constructor(
    readonly answer: AfraidAnswer | undefined,
    mine = false,
  ) {
    super(AlSafetyAnswerEvent.type, { bubbles: mine, composed: mine });
  }
}

/**
 * "Are you ever afraid of how they might react?", asked once where Alongside coaches a hard
 * talk or a boundary, gently and skippably. Once answered (or skipped) it shrinks to a small
 * button that asks again; a yes shows what changes: safety first, not alone or face to face,
 * the emergency number and domestic-violence line, and the private safety plan. The answer
 * is kept inside the (sealed) safety plan, never in plain settings.
 *
 * Checked against loveisrespect, "Breaking up safely"
 * (https://www.loveisrespect.org/content/breaking-safely/, 2026-12-05): the most dangerous
 * time is often when someone pulls away or says no; no one owes a face-to-face talk; if you
 * meet, take someone with you.
 *
 * @summary The safety question.
 * @fires al-safety-answer - With the answer, once known and whenever it changes.
 */
@customElement('al-safety-check')
@localized()
export class AlSafetyCheck extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin: 0 0 var(--al-space-4); }
      .box { border: 2px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); background: var(--al-color-surface-soft); padding: var(--al-space-3) var(--al-space-4); }
      .box.safety { border-color: var(--al-color-help-text); }
      .heading { font-size: 1.1rem; }
      .heading:focus { outline: none; }
      .heading:focus-visible { outline: 3px solid var(--al-color-focus); outline-offset: 4px; }
      .note { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .answers { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      ul { margin: 0 0 var(--al-space-3); padding-left: 1.25rem; }
      li { margin-bottom: var(--al-space-1); }
      .ask-again { font-weight: 600; font-size: var(--al-font-size-small); padding: 0 var(--al-space-2); }
      .plan { font-weight: 600; }
    `,
  ];

  @state() private answer: SafetyAnswer | undefined;
  @state() private loaded = false;
  /** Asking again, after a button press. */
  @state() private asking = false;
  @state() private saving = false;

  /** Where the answer is kept (the course's safety plan; the extension's popup gives its own). */
  @property({ attribute: false }) store: SafetyAnswerStore = safetyPlanRepo;
  /** The private safety plan's page; without one (the extension), the text says the course has one. */
  @property() planHref: string | undefined = '/safety-plan';
  /** The help page with every line; without one, the text points to "Need help now?". */
  @property() helpHref: string | undefined = '/help';
  /** Level of the box's heading, to fit under the page's. */
  @property({ type: Number }) headingLevel: 2 | 3 | 4 = 3;

  private readonly abort = new AbortController();

  /** True when the person said they are sometimes afraid. */
  get afraid(): boolean {
    return this.answer?.answer === 'yes';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Another check on this page (the builder and an edit form, say) was answered: show the same.
    window.addEventListener(
      AlSafetyAnswerEvent.type,
      (event) => {
        const e = event as AlSafetyAnswerEvent;
        if (e.composedPath().includes(this) || !e.answer) return;
        this.answer = { answer: e.answer, at: Date.now() };
        this.asking = false;
        this.dispatchEvent(new AlSafetyAnswerEvent(e.answer));
      },
      { signal: this.abort.signal },
    );
    this.store.answer().then(
      (a) => {
        this.answer = a;
        this.loaded = true;
        this.dispatchEvent(new AlSafetyAnswerEvent(a?.answer));
      },
      // Locked or unavailable storage: ask, and keep the answer for this page.
      () => (this.loaded = true),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort.abort();
  }

  private async handleAnswer(answer: AfraidAnswer): Promise<void> {
    if (this.saving) return;
    this.saving = true;
    try {
      // Shown once stored, so what the person sees is what a reload will show.
      this.answer = await this.store.setAnswer(answer);
    } catch {
      this.answer = { answer, at: Date.now() };
    } finally {
      this.saving = false;
    }
    this.asking = false;
    this.dispatchEvent(new AlSafetyAnswerEvent(answer, true));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(answer === 'yes' ? '.heading' : '.ask-again')?.focus();
  }

  private async handleAskAgain(): Promise<void> {
    this.asking = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }

  private heading(text: string) {
    const tag = unsafeStatic(`h${this.headingLevel}`);
    return staticHtml`<${tag} class="heading" tabindex="-1">${text}</${tag}>`;
  }

  private renderQuestion() {
    const question = safetyPlanWords().question;
    return html`<div class="box">
      ${this.heading(question)}
      <p>${msg('We ask everyone this once, because saying no or setting a limit can make some people angry. Your answer stays on this device.')}</p>
      <div class="answers" role="group" aria-label=${question}>
        <button class="btn" type="button" ?disabled=${this.saving} @click=${() => this.handleAnswer('yes')}>${msg('Yes')}</button>
        <button class="btn" type="button" ?disabled=${this.saving} @click=${() => this.handleAnswer('no')}>${msg('No')}</button>
        <button class="btn quiet" type="button" ?disabled=${this.saving} @click=${() => this.handleAnswer('skipped')}>${msg('Skip this question')}</button>
      </div>
    </div>`;
  }

  private renderSafety() {
    const advice = safetyPlanWords().saferAdvice;
    return html`<div class="box safety">
      ${this.heading(msg('Your safety comes first'))}
      <p>${advice.first}</p>
      <ul>${advice.how.map((line) => html`<li>${line}</li>`)}</ul>
      <al-safety-lines .helpHref=${this.helpHref}></al-safety-lines>
      ${this.planHref
        ? html`<p>${msg(html`<a class="plan" href=${this.planHref}>Make a private safety plan</a>: safe places, people to call, a code word, a bag ready. It stays on this device.`)}</p>`
        : html`<p>${msg('The Alongside course has a private safety plan you can fill in: safe places, people to call, a code word, a bag ready. It stays on your device.')}</p>`}
      <button class="btn quiet ask-again" type="button" @click=${this.handleAskAgain}>${msg('Change my answer')}</button>
    </div>`;
  }

  override render() {
    if (!this.loaded) return nothing;
    if (!this.answer || this.asking) return this.renderQuestion();
    if (this.answer.answer === 'yes') return this.renderSafety();
    return html`<button class="btn quiet ask-again" type="button" @click=${this.handleAskAgain}>${safetyPlanWords().question}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-safety-check': AlSafetyCheck;
  }
  interface HTMLElementEventMap {
    'al-safety-answer': AlSafetyAnswerEvent;
  }
}
