/**
 * The quick prep before a hard talk, as one element for the PWA and the extension's popup:
 * the steps, the person's choices, and the draft it hands back so a popup that closes can
 * open where they were. The lines it offers are picked in shared/domain/nudge/quick-prep.ts.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { promptsIn } from '../../content/prompts/by-language.ts';
import { quickGoalsIn } from '../../content/toolkit/quick-goals-es.ts';
import { formatCount, interfaceLanguage } from '../../content/locale.ts';
import { plansDueOn, type ConversationPlan } from '../../domain/toolkit/conversation-plan.ts';
import type { Boundary } from '../../domain/toolkit/boundary.ts';
import { quickPrepChoices, type QuickLine, type QuickPrepSources } from '../../domain/nudge/quick-prep.ts';
import { QUICK_PREP_STEPS, type QuickPrepDraft, type QuickPrepSlot } from '../../domain/nudge/quick-prep-draft.ts';
import { boundariesRepo } from '../../data/toolkit/boundaries-repo.ts';
import { favouritesRepo, ownPromptsRepo, plansRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import { AlQuickPrepDoneEvent } from '../toolkit/toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { progressBar, stepStyles } from '../base/steps.ts';
import { quickPrepStyles } from './quick-prep-styles.ts';
import type { FavouriteStore } from '../toolkit/prompt-library.ts';
import type { InsertIntoPage } from '../toolkit/insert-button.ts';
import { safetyAnswerInExtension, type SafetyAnswerStore } from '../../data/crisis/safety-plan-repo.ts';
import type { AlSafetyAnswerEvent } from '../crisis/safety-check.ts';
import '../base/copy-button.ts';
import '../crisis/safety-check.ts';
import '../crisis/safety-lines.ts';
import '../toolkit/insert-button.ts';

type Slot = QuickPrepSlot;
const OWN = 'own';
const STEPS = QUICK_PREP_STEPS;
/** Where a line comes from, in the page's language (built at render time). */
const sourceNote = (source: QuickLine['source']): string =>
  ({ plan: msg('From today’s plan'), boundary: msg('From your boundaries'), favourite: msg('One of your favourites'), own: msg('Your own words'), library: '' })[source];

/** Fired by `<al-quick-prep>` when the person moves on, picks, or writes: where they are now, to keep if wanted. */
export class AlQuickPrepChangeEvent extends Event {
  static readonly type = 'al-quick-prep-change';
  constructor(readonly detail: Readonly<QuickPrepDraft>) {
    super(AlQuickPrepChangeEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * "I'm about to have a hard conversation": a calm minute to breathe, pick a goal, and pick
 * an opening and an exit line (from what the person prepared, or a few calm ones), then
 * see them ready to copy, or, where the product can (`insertIntoPage`), to insert into the
 * message they were writing.
 *
 * Where the person is can be kept and handed back (`draft`, `al-quick-prep-change`), so a
 * product whose window may close mid-prep (the extension's popup) can open where they were.
 *
 * @summary Quick prep before a hard talk.
 * @fires al-quick-prep-change - When the step, a choice or the words change ("Start again" reports a fresh prep).
 * @fires al-quick-prep-done - When the person is done or goes back.
 */
@customElement('al-quick-prep')
@localized()
export class AlQuickPrep extends LitElement {
  static override styles = [baseStyles, stepStyles, quickPrepStyles];

  @state() private step = 0;
  @state() private choice: Record<Slot, string> = { goal: '', opening: '', exit: '' };
  @state() private ownText: Record<Slot, string> = { goal: '', opening: '', exit: '' };
  @state() private final = { opening: '', exit: '' };
  /** Why the person can't go on yet: wrote nothing of their own, or picked nothing. */
  @state() private error: '' | 'own' | 'pick' = '';
  /** The person said they are sometimes afraid of how the other may react: the advice changes. */
  @state() private afraid = false;

  /** The last state reported or handed in, so only real changes are reported. */
  private reported = '';

  /** The prompt library; the interface language's when none is given, picked at each update. */
  @property({ attribute: false }) library?: readonly Prompt[];
  /** Where favourites are kept (default: this origin's database, as for every store here). */
  @property({ attribute: false }) favouritesStore: FavouriteStore = favouritesRepo;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** Where boundaries are kept: their words are offered as lines. */
  @property({ attribute: false }) boundariesStore: RecordStore<Boundary> = boundariesRepo;
  /** Where plans are kept: today's plan's lines come first. */
  @property({ attribute: false }) plansStore: RecordStore<ConversationPlan> = plansRepo;
  /** Puts a line into the message the person was writing; when set, each line gets an "Insert" button (the extension's popup gives one). */
  @property({ attribute: false }) insertIntoPage: InsertIntoPage | undefined;
  /** Level of the step headings. */
  @property({ type: Number }) headingLevel: 2 | 3 = 2;
  /** Where the answer to the safety question is kept (the extension popup's way by default: this flow lives there). */
  @property({ attribute: false }) safetyStore: SafetyAnswerStore = safetyAnswerInExtension;
  /** A prep in progress to pick up from (same step, choices and words); undefined starts afresh. */
  @property({ attribute: false }) draft: QuickPrepDraft | undefined;

  /** What the person prepared (favourites, own prompts, boundaries, today's plans), offered before the calm library lines once read. */
  private readonly sources = new Task(this, {
    task: async ([favouritesStore, ownStore, boundariesStore, plansStore]): Promise<Omit<QuickPrepSources, 'library'>> => {
      // Each source is optional: if one can't be read, the calm library lines are still there.
      const safe = <T,>(p: Promise<T>, fallback: T) => p.catch(() => fallback);
      const [favouriteIds, own, boundaries, plans] = await Promise.all([
        safe(favouritesStore.ids(), new Set<string>()),
        safe(ownStore.list(), []),
        safe(boundariesStore.list(), []),
        safe(plansStore.list(), []),
      ]);
      return { favouriteIds, own, boundaries, plans: plansDueOn(plans, Date.now()) };
    },
    args: () => [this.favouritesStore, this.ownStore, this.boundariesStore, this.plansStore] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadSafetyAnswer();
  }

  /** A prep picked up at a later step still knows the answer to the safety question. */
  private loadSafetyAnswer(): void {
    this.safetyStore.answer().then(
      (a) => (this.afraid ||= a?.answer === 'yes'),
      () => undefined,
    );
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.draft) {
      const { step, choice, ownText, final } = this.draft;
      this.step = Math.min(Math.max(0, Math.trunc(step) || 0), STEPS);
      this.choice = { ...choice };
      this.ownText = { ...ownText };
      this.final = { ...final };
      this.error = '';
      this.reported = JSON.stringify(this.snapshot());
    }
  }

  override updated(): void {
    const now = this.snapshot();
    const json = JSON.stringify(now);
    // The first render is where the prep starts, not a change the person made.
    if (this.reported && json !== this.reported) this.dispatchEvent(new AlQuickPrepChangeEvent(now));
    this.reported = json;
  }

  /** Moves focus to the current step's heading. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  private snapshot(): QuickPrepDraft {
    return { step: this.step, choice: { ...this.choice }, ownText: { ...this.ownText }, final: { ...this.final } };
  }

  private get choices() {
    return quickPrepChoices({ ...this.sources.value, library: this.library ?? promptsIn(interfaceLanguage()), goal: this.choice.goal });
  }

  private text(pick: Slot, lines: readonly QuickLine[]): string {
    if (this.choice[pick] === OWN) return this.ownText[pick].trim();
    if (pick === 'goal') return quickGoalsIn(interfaceLanguage()).find((g) => g.id === this.choice.goal)?.label ?? '';
    return lines.find((l) => l.id === this.choice[pick])?.text ?? '';
  }

  private async goTo(step: number): Promise<void> {
    this.step = step;
    this.error = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  private handleNext(): void {
    const pick = (['goal', 'opening', 'exit'] as const)[this.step - 1];
    if (pick) {
      const { openings, exits } = this.choices;
      const text = this.text(pick, pick === 'opening' ? openings : exits);
      if (!text) {
        this.error = this.choice[pick] === OWN ? 'own' : 'pick';
        this.renderRoot.querySelector<HTMLElement>(this.choice[pick] === OWN ? 'textarea' : 'input')?.focus();
        return;
      }
      if (pick === 'exit') this.final = { opening: this.text('opening', openings), exit: text };
    }
    void this.goTo(this.step + 1);
  }

  private restart(): void {
    this.choice = { goal: '', opening: '', exit: '' };
    this.ownText = { goal: '', opening: '', exit: '' };
    this.final = { opening: '', exit: '' };
    void this.goTo(0);
  }

  private heading(text: string, count = true) {
    const tag = unsafeStatic(`h${this.headingLevel}`);
    const label = count ? html`<span class="step-count">${msg(str`Step ${formatCount(this.step + 1)} of ${formatCount(STEPS)}`)}<span class="visually-hidden">:</span></span>` : nothing;
    return staticHtml`<${tag} class="step-heading" tabindex="-1">${label} ${text}</${tag}>`;
  }

  private renderChoices(pick: Slot, legend: string, options: readonly { id: string; text: string; note?: string }[], ownLabel: string) {
    const chosen = this.choice[pick];
    return html`<fieldset aria-describedby=${this.error ? 'error' : nothing}>
      <legend>${legend}</legend>
      ${options.map(
        (o) => html`<label class="option"><input type="radio" name=${pick} value=${o.id} .checked=${live(chosen === o.id)}
          @change=${() => (this.choice = { ...this.choice, [pick]: o.id })} /><span>${o.text}${o.note ? html`<small>${o.note}</small>` : nothing}</span></label>`,
      )}
      <label class="option"><input type="radio" name=${pick} value=${OWN} .checked=${live(chosen === OWN)}
        @change=${() => (this.choice = { ...this.choice, [pick]: OWN })} /><span>${ownLabel}</span></label>
      ${chosen === OWN
        ? html`<div class="own-field"><label class="field" for=${`own-${pick}`}>${msg('Your words')}</label>
            <textarea id=${`own-${pick}`} rows="2" maxlength="600" .value=${live(this.ownText[pick])}
              @input=${(e: Event) => (this.ownText = { ...this.ownText, [pick]: (e.target as HTMLTextAreaElement).value })}></textarea></div>`
        : nothing}
    </fieldset>
    ${this.error ? html`<p class="error" id="error">${this.error === 'own' ? msg('Write a few words of your own first.') : msg('Pick one to go on. You can change the words at the end.')}</p>` : nothing}`;
  }

  private renderStep() {
    const { openings, exits } = this.choices;
    const withNote = (lines: readonly QuickLine[]) => lines.map((l) => ({ id: l.id, text: l.text, note: sourceNote(l.source) }));
    switch (this.step) {
      case 0:
        return html`${this.heading(msg('Breathe'))}
          <p>${msg('This is hard, and you are already doing something kind by preparing. Breathe in slowly. Breathe out for a little longer. Do this three times.')}</p>
          <div class="breathe" aria-hidden="true"><div class="circle"></div></div>`;
      case 1:
        return html`${this.heading(msg('Your goal'))}${this.renderChoices('goal', msg('What do you most want from this talk?'), quickGoalsIn(interfaceLanguage()).map((g) => ({ id: g.id, text: g.label })), msg('Something else'))}
          <al-safety-check headingLevel=${this.headingLevel + 1} .store=${this.safetyStore} .planHref=${undefined} .helpHref=${undefined}
            @al-safety-answer=${(e: AlSafetyAnswerEvent) => (this.afraid = e.answer === 'yes')}></al-safety-check>`;
      case 2:
        return html`${this.heading(msg('Your opening line'))}${this.renderChoices('opening', msg('How would you like to start?'), withNote(openings), msg('My own words'))}`;
      default:
        return html`${this.heading(msg('Your exit line'))}${this.renderChoices('exit', msg('If it gets heated, what will you say to pause?'), withNote(exits), msg('My own words'))}`;
    }
  }

  private renderReady() {
    const goal = this.text('goal', []);
    const field = (key: 'opening' | 'exit', label: string, insertLabel: string, copyLabel: string) => html`<div class="ready">
      <label class="field" for=${`final-${key}`}>${label}</label>
      <textarea id=${`final-${key}`} rows="3" maxlength="600" .value=${live(this.final[key])}
        @input=${(e: Event) => (this.final = { ...this.final, [key]: (e.target as HTMLTextAreaElement).value })}></textarea>
      <div class="actions">
        ${this.insertIntoPage
          ? html`<al-insert-button .text=${this.final[key]} .insert=${this.insertIntoPage} label=${insertLabel}></al-insert-button>`
          : nothing}
        <al-copy-button .text=${this.final[key]} label=${copyLabel}></al-copy-button>
      </div>
    </div>`;
    return html`${this.heading(msg('You’re ready'), false)}
      <p class="goal">${msg(html`<strong>Your goal:</strong> ${goal}`)}</p>
      ${field('opening', msg('Opening line'), msg('Insert opening line into your message'), msg('Copy opening line'))}
      ${field('exit', msg('Exit line'), msg('Insert exit line into your message'), msg('Copy exit line'))}
      <p class="note">${this.insertIntoPage
          ? msg('You can change the words above, and fill in any [blanks], before you copy or insert. Insert puts them where your cursor was in your message, and sends nothing.')
          : msg('You can change the words above, and fill in any [blanks], before you copy.')}${this.afraid ? '' : ` ${msg('If it gets heated, it is okay to say your exit line and step away. You can come back to it later.')}`}</p>
      ${this.afraid
        ? html`<div class="safety">
            <p>${msg(html`<strong>Your safety comes first.</strong> A message or a call can be safer than face to face, and it is okay to wait, or not to have this talk at all. If you start to feel unsafe, leave. You do not need to say your exit line first.`)}</p>
            <al-safety-lines></al-safety-lines>
          </div>`
        : nothing}
      <div class="nav">
        <button class="btn" type="button" @click=${this.restart}>${msg('Start again')}</button>
        <button class="btn primary next" type="button" @click=${() => this.dispatchEvent(new AlQuickPrepDoneEvent())}>${msg('Done', { id: 'quick-prep-done', desc: 'The button that ends the quick prep: the person is done.' })}</button>
      </div>`;
  }

  override render() {
    if (this.step >= STEPS) return html`${progressBar(STEPS + 1, STEPS)}${this.renderReady()}`;
    return html`${progressBar(this.step + 1, STEPS)}${this.renderStep()}
      <div class="nav">
        ${this.step > 0
          ? html`<button class="btn" type="button" @click=${() => void this.goTo(this.step - 1)}>${msg('Back')}</button>`
          : html`<button class="btn" type="button" @click=${() => this.dispatchEvent(new AlQuickPrepDoneEvent())}>${msg('Not now')}</button>`}
        <button class="btn primary next" type="button" @click=${this.handleNext}>${this.step === 0 ? msg('I’m ready') : msg('Next')}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-quick-prep': AlQuickPrep;
  }
}
