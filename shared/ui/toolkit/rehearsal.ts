import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { promptsIn, roleplayCardsIn } from '../../content/prompts/by-language.ts';
import { replyWordsIn } from '../../content/toolkit/likely-replies-es.ts';
import type { RoleplayCard } from '../../content/prompts/prompt-types.ts';
import type { Situation } from '../../content/course-types.ts';
import { pickedPrompts, rehearsalLines, type ConversationPlan, type RehearsalLine } from '../../domain/toolkit/conversation-plan.ts';
import { planWordsIn } from '../../content/toolkit/plan-words-es.ts';
import { formatCount, interfaceLanguage } from '../../content/locale.ts';
import { likelyReplies, type LikelyReply } from '../../domain/toolkit/likely-replies.ts';
import { ownPromptsRepo, plansRepo } from '../../data/toolkit/toolkit-repos.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import { blanksAsWords, blanksOf } from '../../domain/toolkit/prompt-search.ts';
import { canSpeak, speak, stopSpeaking } from '../base/speech.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { renderStored } from '../base/stored-view.ts';

/** What to do with a reply no card has an answer for: the person's own guess (read at render time). */
const ownReplyTip = () => msg('There is no set answer. Listen first, and say back what you heard. Then answer in a few calm words of your own.');

/**
 * Rehearse a plan line by line: the opening, the key points, the chosen prompts and the
 * exit line, then what they might say back (the person's own guesses, and role-play cards that
 * fit the talk) with ways to answer behind a button. Each has a box to tick off and (where the
 * browser can) "Read aloud".
 *
 * @summary Rehearsal.
 */
@customElement('al-rehearsal')
@localized()
export class AlRehearsal extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .title { font-size: var(--al-font-size-h1); }
      ol { list-style: none; margin: 0 0 var(--al-space-4); padding: 0; display: grid; gap: var(--al-space-3); }
      /* Only the cards: the answers inside a reply card are a plain list. */
      ol > li { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); box-shadow: var(--al-shadow); }
      ol > li.done { background: var(--al-color-primary-soft); border-color: transparent; box-shadow: none; }
      .kind { font-size: var(--al-font-size-small); font-weight: 700; color: var(--al-color-text-muted); text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 var(--al-space-1); }
      .text { font-size: 1.2em; font-weight: 600; overflow-wrap: anywhere; white-space: pre-line; }
      .row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-4); }
      label.tick { display: inline-flex; align-items: center; gap: var(--al-space-2); min-height: var(--al-touch); font-weight: 600; cursor: pointer; }
      label.tick input { width: 1.4rem; height: 1.4rem; margin: 0; accent-color: var(--al-color-primary); }
      .progress { font-weight: 600; }
      .tip { background: var(--al-color-surface-soft); border-radius: var(--al-radius-small); padding: var(--al-space-3) var(--al-space-4); }
      .empty { color: var(--al-color-text-muted); }
      .note { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .section { font-size: 1.2rem; margin-top: var(--al-space-5); }
      .answers { border-left: 4px solid var(--al-color-primary); padding-left: var(--al-space-3); margin: var(--al-space-3) 0; }
      .answers ul { margin: 0; padding-left: 1.2rem; }
      .answers li { margin-bottom: var(--al-space-1); overflow-wrap: anywhere; }
      .answers p { margin: 0; }
      .safety { background: var(--al-color-help-bg); color: var(--al-color-help-text); padding: var(--al-space-2) var(--al-space-3); border-radius: var(--al-radius); font-size: var(--al-font-size-small); }
    `,
  ];

  @state() private ticked = new Set<string>();
  /** Replies whose answers are showing. */
  @state() private open = new Set<string>();

  /** The plan's id. */
  @property() planId = '';
  /** Where plans are kept. */
  @property({ attribute: false }) plans: RecordStore<ConversationPlan> = plansRepo;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** The prompt library; the interface language's when none is given, picked at each render. */
  @property({ attribute: false }) library?: readonly Prompt[];
  /** The role-play cards the likely replies come from; the interface language's when none are given. */
  @property({ attribute: false }) cards?: readonly RoleplayCard[];
  /** Back to the plan. */
  @property() planHref = '';
  /** Level of the title. */
  @property({ type: Number }) headingLevel: 1 | 2 = 1;

  /** The plan (null when there is none by this id), the person's own prompts and their situation; read again for another id. */
  private readonly stored = new Task(this, {
    task: async ([planId, plans, ownStore]) => {
      // Only the plan is needed: without the rest, the lines and the library's replies still show.
      const [plan, own, profile] = await Promise.all([
        plans.get(planId).catch(() => undefined),
        ownStore.list().catch((): OwnPromptRecord[] => []),
        // Cards about drinking are not offered to a reader who supports someone with a mental illness only.
        settingsRepo.get('profile', null).catch(() => null),
      ]);
      return { plan: plan ?? null, own, situation: profile?.situation };
    },
    args: () => [this.planId, this.plans, this.ownStore] as const,
  });

  override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('planId')) return;
    this.ticked = new Set();
    this.open = new Set();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopSpeaking();
  }

  private promptById(id: string): Prompt | undefined {
    return this.stored.value?.own.find((p) => p.id === id) ?? (this.library ?? promptsIn(interfaceLanguage())).find((p) => p.id === id);
  }

  private lines(plan: ConversationPlan): RehearsalLine[] {
    return rehearsalLines(plan, (id) => this.promptById(id)?.words);
  }

  private replies(plan: ConversationPlan, situation: Situation | undefined): LikelyReply[] {
    const picked = pickedPrompts(plan, (id) => this.promptById(id)?.words).flatMap((p) => this.promptById(p.id) ?? []);
    return likelyReplies(plan, { cards: this.cards ?? roleplayCardsIn(interfaceLanguage()), words: replyWordsIn(interfaceLanguage()), picked, ...(situation ? { situation } : {}) });
  }

  private reveal(id: string): void {
    const next = new Set(this.open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.open = next;
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.ticked);
    if (on) next.add(id);
    else next.delete(id);
    this.ticked = next;
  }

  private tick(id: string, label: string) {
    return html`<label class="tick"><input type="checkbox" aria-label=${msg(str`Practised: ${label}`)} .checked=${this.ticked.has(id)}
      @change=${(e: Event) => this.toggle(id, (e.target as HTMLInputElement).checked)} />${msg('Practised')}</label>`;
  }

  private renderLines(lines: RehearsalLine[]) {
    const speech = canSpeak();
    const { rehearsalLineLabel } = planWordsIn(interfaceLanguage());
    return html`<ol>
      ${lines.map(
        (l) => html`<li class=${this.ticked.has(l.id) ? 'done' : ''}>
          <p class="kind" id=${`kind-${l.id}`}>${rehearsalLineLabel(l)}</p>
          <p class="text">${l.text}</p>
          ${blanksOf(l.text).length ? html`<p class="note">${msg('Say the words in [brackets] your own way, or fill them in on the plan.')}</p>` : nothing}
          <div class="row">
            ${this.tick(l.id, rehearsalLineLabel(l))}
            ${speech ? html`<button class="btn quiet" type="button" aria-label=${msg(str`Read aloud: ${rehearsalLineLabel(l)}`)} @click=${() => speak(blanksAsWords(l.text))}>${msg('Read aloud')}</button>` : nothing}
          </div>
        </li>`,
      )}
    </ol>`;
  }

  private renderReplies(replies: LikelyReply[]) {
    const speech = canSpeak();
    return html`<ol aria-label=${msg('What they might say')}>
      ${replies.map((r, i) => {
        const id = `reply-${r.id}`;
        const label = msg(str`Reply ${formatCount(i + 1)}`);
        const open = this.open.has(id);
        const answersId = `answers-${r.id}`;
        return html`<li class=${this.ticked.has(id) ? 'done' : ''}>
          <p class="kind">${r.own ? msg(str`${label}: they might say (your guess)`) : msg(str`${label}: they might say`)}</p>
          <p class="text">“${r.theySay}”</p>
          ${open
            ? html`<div class="answers" id=${answersId}>
                <p class="kind">${msg('You might answer')}</p>
                ${r.answers.length ? html`<ul>${r.answers.map((a) => html`<li>“${a}”</li>`)}</ul>` : html`<p>${ownReplyTip()}</p>`}
              </div>`
            : nothing}
          ${r.safetyNote ? html`<p class="safety">${r.safetyNote}</p>` : nothing}
          <div class="row">
            <button class="btn" type="button" aria-expanded=${String(open)} aria-controls=${open ? answersId : nothing}
              aria-label=${open ? msg(str`Hide the answer: ${label}`) : msg(str`Show a way to answer: ${label}`)} @click=${() => this.reveal(id)}>
              ${open ? msg('Hide the answer') : msg('Show a way to answer')}
            </button>
            ${this.tick(id, label)}
            ${speech ? html`<button class="btn quiet" type="button" aria-label=${msg(str`Read aloud: ${label}`)} @click=${() => speak(r.theySay)}>${msg('Read aloud')}</button>` : nothing}
          </div>
        </li>`;
      })}
    </ol>`;
  }

  private renderPractice(plan: ConversationPlan, lines: RehearsalLine[], replies: LikelyReply[]) {
    const ids = [...lines.map((l) => l.id), ...replies.map((r) => `reply-${r.id}`)];
    const done = ids.filter((id) => this.ticked.has(id)).length;
    const sub = unsafeStatic(`h${this.headingLevel + 1}`);
    return html`
      ${staticHtml`<${sub} class="section">${msg('Your lines')}</${sub}>`}
      ${lines.length
        ? this.renderLines(lines)
        : html`<p class="empty">${msg('This plan has no lines of yours to practise yet. Add an opening line, key points or an exit line to the plan first.')}
            ${this.planHref ? html`<a href=${this.planHref}>${msg('Back to the plan')}</a>` : nothing}</p>`}
      ${staticHtml`<${sub} class="section">${msg('What they might say')}</${sub}>`}
      <p>${msg('Try an answer out loud first. Then show a way to answer and compare.')}${plan.theyMightSay?.length ? msg(' Your own guesses come first.') : ''}</p>
      ${this.renderReplies(replies)}
      <p class="progress" role="status">${done === ids.length
        ? msg('You practised every line. However the talk goes, you prepared with care.')
        : msg(str`${formatCount(done)} of ${formatCount(ids.length)} practised`)}</p>
      <div class="row">
        <button class="btn" type="button" ?disabled=${done === 0} @click=${() => { this.ticked = new Set(); this.open = new Set(); }}>${msg('Start again')}</button>
        ${this.planHref ? html`<a class="btn quiet" href=${this.planHref}>${msg('Back to the plan')}</a>` : nothing}
      </div>
    `;
  }

  private renderStoredPlan({ plan: p, situation }: { plan: ConversationPlan | null; situation: Situation | undefined }) {
    const tag = unsafeStatic(`h${this.headingLevel}`);
    if (p === null) {
      return html`${staticHtml`<${tag} class="title">${msg('We could not find this plan')}</${tag}>`}
        <p>${msg('It may have been deleted.')} ${this.planHref ? html`<a href=${this.planHref}>${msg('Go back')}</a>.` : nothing}</p>`;
    }
    return html`
      ${staticHtml`<${tag} class="title">${msg(str`Rehearse: ${planWordsIn(interfaceLanguage()).planTitle(p)}`)}</${tag}>`}
      <p class="tip">${msg('Say each line out loud, slowly, in your own voice. Change the words until they feel like yours. You can practise alone, or ask someone you trust to play the other person.')}</p>
      ${this.renderPractice(p, this.lines(p), this.replies(p, situation))}
    `;
  }

  override render() {
    return renderStored(this.stored, { loading: msg('Loading your plan…'), complete: (stored) => this.renderStoredPlan(stored) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-rehearsal': AlRehearsal;
  }
}
