import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { PROMPTS_EN } from '../../content/prompts/prompts-en.ts';
import { planTitle, rehearsalLines, type ConversationPlan, type RehearsalLine } from '../../domain/conversation-plan.ts';
import { ownPromptsRepo, plansRepo } from '../../data/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import { blanksAsWords, blanksOf } from '../../domain/prompt-search.ts';
import { canSpeak, speak, stopSpeaking } from '../speech.ts';
import { baseStyles } from '../shared-styles.ts';

/**
 * Rehearse a plan line by line: the opening, the key points, the chosen prompts and the
 * exit line, each with a box to tick off and (where the browser can) "Read aloud".
 *
 * @summary Rehearsal.
 */
@customElement('al-rehearsal')
export class AlRehearsal extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .title { font-size: var(--al-font-size-h1); }
      ol { list-style: none; margin: 0 0 var(--al-space-4); padding: 0; display: grid; gap: var(--al-space-3); }
      li { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); box-shadow: var(--al-shadow); }
      li.done { background: var(--al-color-primary-soft); border-color: transparent; box-shadow: none; }
      .kind { font-size: var(--al-font-size-small); font-weight: 700; color: var(--al-color-text-muted); text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 var(--al-space-1); }
      .text { font-size: 1.2em; font-weight: 600; overflow-wrap: anywhere; white-space: pre-line; }
      .row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-4); }
      label.tick { display: inline-flex; align-items: center; gap: var(--al-space-2); min-height: var(--al-touch); font-weight: 600; cursor: pointer; }
      label.tick input { width: 1.4rem; height: 1.4rem; margin: 0; accent-color: var(--al-color-primary); }
      .progress { font-weight: 600; }
      .tip { background: var(--al-color-surface-soft); border-radius: var(--al-radius-small); padding: var(--al-space-3) var(--al-space-4); }
      .empty { color: var(--al-color-text-muted); }
      .note { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
    `,
  ];

  @state() private plan: ConversationPlan | null | undefined;
  @state() private own: OwnPromptRecord[] = [];
  @state() private ticked = new Set<string>();

  /** The plan's id. */
  @property() planId = '';
  /** Where plans are kept. */
  @property({ attribute: false }) plans: RecordStore<ConversationPlan> = plansRepo;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** The prompt library. */
  @property({ attribute: false }) library: readonly Prompt[] = PROMPTS_EN;
  /** Back to the plan. */
  @property() planHref = '';
  /** Level of the title. */
  @property({ type: Number }) headingLevel: 1 | 2 = 1;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('planId')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopSpeaking();
  }

  private async load(): Promise<void> {
    this.plan = undefined;
    this.ticked = new Set();
    const [plan, own] = await Promise.all([this.plans.get(this.planId).catch(() => undefined), this.ownStore.list().catch(() => [])]);
    this.plan = plan ?? null;
    this.own = own;
  }

  private lines(): RehearsalLine[] {
    if (!this.plan) return [];
    return rehearsalLines(this.plan, (id) => (this.own.find((p) => p.id === id) ?? this.library.find((p) => p.id === id))?.words);
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.ticked);
    if (on) next.add(id);
    else next.delete(id);
    this.ticked = next;
  }

  private renderLines(lines: RehearsalLine[]) {
    const speech = canSpeak();
    const done = lines.filter((l) => this.ticked.has(l.id)).length;
    return html`
      <ol>
        ${lines.map(
          (l) => html`<li class=${this.ticked.has(l.id) ? 'done' : ''}>
            <p class="kind" id=${`kind-${l.id}`}>${l.label}</p>
            <p class="text">${l.text}</p>
            ${blanksOf(l.text).length ? html`<p class="note">Say the words in [brackets] your own way, or fill them in on the plan.</p>` : nothing}
            <div class="row">
              <label class="tick"><input type="checkbox" aria-label=${`Practised: ${l.label}`} .checked=${this.ticked.has(l.id)}
                @change=${(e: Event) => this.toggle(l.id, (e.target as HTMLInputElement).checked)} />Practised</label>
              ${speech ? html`<button class="btn quiet" type="button" aria-label=${`Read aloud: ${l.label}`} @click=${() => speak(blanksAsWords(l.text))}>Read aloud</button>` : nothing}
            </div>
          </li>`,
        )}
      </ol>
      <p class="progress" role="status">${done === lines.length
        ? 'You practised every line. However the talk goes, you prepared with care.'
        : `${done} of ${lines.length} practised`}</p>
      <div class="row">
        <button class="btn" type="button" ?disabled=${done === 0} @click=${() => (this.ticked = new Set())}>Start again</button>
        ${this.planHref ? html`<a class="btn quiet" href=${this.planHref}>Back to the plan</a>` : nothing}
      </div>
    `;
  }

  override render() {
    const p = this.plan;
    const tag = unsafeStatic(`h${this.headingLevel}`);
    if (p === undefined) return html`<p>Loading your plan…</p>`;
    if (p === null) {
      return html`${staticHtml`<${tag} class="title">We could not find this plan</${tag}>`}
        <p>It may have been deleted. ${this.planHref ? html`<a href=${this.planHref}>Go back</a>.` : nothing}</p>`;
    }
    const lines = this.lines();
    return html`
      ${staticHtml`<${tag} class="title">Rehearse: ${planTitle(p)}</${tag}>`}
      <p class="tip">Say each line out loud, slowly, in your own voice. Change the words until they feel like yours. You can practise alone, or ask someone you trust to play the other person.</p>
      ${lines.length
        ? this.renderLines(lines)
        : html`<p class="empty">This plan has no lines to practise yet. Add an opening line, key points or an exit line to the plan first.
            ${this.planHref ? html`<a href=${this.planHref}>Back to the plan</a>` : nothing}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-rehearsal': AlRehearsal;
  }
}
