import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { stepWords } from './step-words.ts';
import type { Week } from '../../content/course-types.ts';
import { lessonSteps, moveToStep, type LessonStep, type WeekProgress } from '../../domain/course/course-progress.ts';
import { journalIdFor } from '../../domain/course/journal.ts';
import { DEFAULT_PROFILE, personalise, type Profile } from '../../domain/course/profile.ts';
import { formatCount, type Language } from '../../content/locale.ts';
import { journalRepo, progressRepo } from '../../data/course/course-repos.ts';
import { progressId } from '../../data/course/course-state.ts';
import { oneAtATime } from '../../data/one-at-a-time.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { storyFor } from '../../domain/course/story-variant.ts';
import { renderBlocks } from './blocks.ts';
import type { AlSelfCheckAnswerEvent } from './self-check.ts';
import { problemText } from '../base/problem.ts';
import { problemBox, renderStored } from '../base/stored-view.ts';

/**
 * The elements only some steps use, fetched when a step that needs one is shown or is next (the
 * course is precached, so offline too). Loaded with every lesson, they were four more files a
 * cold lesson waited on before its first step, which is reading.
 */
const STEP_ELEMENTS: Partial<Record<LessonStep['kind'], () => Promise<unknown>>> = {
  reflection: () => import('../base/autosave-field.ts'),
  practice: () => import('./practice-plan.ts'),
  'self-check': () => import('./self-check.ts'),
};

/** Fired when the reader finishes the week's last step. */
export class AlWeekCompleteEvent extends Event {
  static readonly type = 'al-week-complete';
  constructor(readonly week: number) {
    super(AlWeekCompleteEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Plays one week, a step at a time: reading sections, the story for the reader's situation (or condition, if they named one),
 * takeaways, reflections (saved as typed), the practice plan, a self-check and a step for
 * the reader. It remembers where they were and which steps they finished.
 *
 * @summary Lesson player.
 * @fires al-week-complete - When the last step is finished.
 */
@localized()
@customElement('al-lesson-player')
export class AlLessonPlayer extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: var(--al-measure); }
      .meta { display: flex; flex-wrap: wrap; gap: var(--al-space-2) var(--al-space-4); align-items: center; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      progress { width: 100%; height: 0.6rem; accent-color: var(--al-color-primary); margin: var(--al-space-2) 0 var(--al-space-4); }
      .step h2 { font-size: var(--al-font-size-h2); }
      .step h2:focus { outline: none; }
      .step h2:focus-visible { outline: 3px solid var(--al-color-focus); }
      .nav { display: flex; justify-content: space-between; align-items: center; gap: var(--al-space-3); margin-top: var(--al-space-5); }
      .nav .next { margin-left: auto; padding-block: var(--al-space-2); }
      details { margin-top: var(--al-space-5); border-top: 1px solid var(--al-color-border-soft); padding-top: var(--al-space-3); }
      summary { cursor: pointer; font-weight: 600; min-height: var(--al-touch); display: flex; align-items: center; gap: var(--al-space-2); list-style: none; }
      summary::-webkit-details-marker { display: none; }
      summary::before { content: '▸'; }
      details[open] summary::before { content: '▾'; }
      .steps { list-style: none; padding: 0; margin: 0; }
      .steps button { display: flex; gap: var(--al-space-2); width: 100%; text-align: left; min-height: var(--al-touch); align-items: center; font: inherit; color: inherit; background: none; border: none; border-radius: var(--al-radius-small); padding: 0 var(--al-space-2); cursor: pointer; }
      .steps button:hover { background: var(--al-color-surface-soft); }
      .steps button[aria-current='step'] { font-weight: 700; background: var(--al-color-primary-soft); }
      .tick { width: 1.4em; flex: none; color: var(--al-color-success); }
      .story { border-left: 4px solid var(--al-color-accent); padding-left: var(--al-space-4); }
      .takeaways li { margin-bottom: var(--al-space-2); }
      .note { background: var(--al-color-help-bg); color: var(--al-color-help-text); padding: var(--al-space-3) var(--al-space-4); border-radius: var(--al-radius); }
      .help-line { margin: 0 0 var(--al-space-4); padding: var(--al-space-2) var(--al-space-3); font-size: var(--al-font-size-small); }
    `,
  ];

  @query('.step h2') private stepHeading!: HTMLElement;

  /** This week's progress as this player last saved it (the read is older). */
  @state() private saved: WeekProgress | undefined;
  @state() private problem = '';

  /** The week to play. */
  @property({ attribute: false }) week!: Week;
  /** The reader's relationship and situation. */
  @property({ attribute: false }) profile: Profile | undefined;
  /** The language the week's text is written in, which fills in the reader's words ("your son", "tu hijo"). */
  @property({ attribute: false }) language: Language = 'en';

  /** The week's steps, named in the interface's language (read at render time, so a switch renames them). */
  private get steps(): LessonStep[] {
    return lessonSteps(this.week, stepWords());
  }

  /** Course text with the reader's own words, in the text's language. */
  private fill(text: string): string {
    return personalise(text, this.profile, this.language);
  }

  /** Where the reader is in this week, and their answers to its reflections; read again for another week. */
  private readonly stored = new Task(this, {
    task: async ([week]) => {
      const [progress, entries] = await Promise.all([
        progressRepo.get(progressId(week.number)),
        Promise.all(week.reflections.map((r) => journalRepo.get(journalIdFor(r.id)))),
      ]);
      const answers: Record<string, string> = Object.fromEntries(entries.filter((e) => e).map((e) => [e!.ref!, e!.text]));
      return { answers, progress: progress ?? (await this.saveProgress({ position: 0 })) };
    },
    args: () => [this.week] as const,
  });

  private get progress(): WeekProgress | undefined {
    return this.saved ?? this.stored.value?.progress;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('week')) this.saved = undefined;
  }

  /** Saves a change to this week's progress; one at a time, so an answer and a step change made together both land. */
  private readonly saveProgress = oneAtATime(async (change: Partial<WeekProgress>): Promise<WeekProgress> => {
    const current = (await progressRepo.get(progressId(this.week.number))) ?? {
      id: progressId(this.week.number),
      week: this.week.number,
      position: 0,
      done: [],
      answers: {},
      createdAt: 0,
      updatedAt: 0,
    };
    const saved = await progressRepo.save({ ...current, ...change });
    this.saved = saved;
    return saved;
  });

  private async goTo(position: number): Promise<void> {
    this.renderRoot.querySelector('details')?.removeAttribute('open');
    try {
      await this.saveProgress(moveToStep(this.progress ?? { position: 0, done: [] }, this.steps, position));
      this.problem = '';
    } catch (error) {
      this.problem = problemText(error);
      return;
    }
    await this.updateComplete;
    this.stepHeading?.focus();
    this.stepHeading?.scrollIntoView({ block: 'start' });
  }

  private async handleFinish(): Promise<void> {
    const last = this.steps[this.steps.length - 1]!;
    try {
      await this.saveProgress({ done: [...new Set([...(this.progress?.done ?? []), last.id])], completedAt: this.progress?.completedAt ?? Date.now() });
      this.dispatchEvent(new AlWeekCompleteEvent(this.week.number));
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  private handleAnswer(event: AlSelfCheckAnswerEvent): void {
    void this.saveProgress({ answers: { ...this.progress?.answers, [event.questionId]: event.option } }).catch(
      (error: unknown) => (this.problem = problemText(error)),
    );
  }

  private saveReflection(id: string, prompt: string) {
    return async (text: string) => {
      const existing = await journalRepo.get(journalIdFor(id));
      await journalRepo.save({ ...(existing ?? {}), id: journalIdFor(id), kind: 'reflection', week: this.week.number, ref: id, prompt, text });
    };
  }

  private renderStep(step: LessonStep) {
    const w = this.week;
    const p = this.profile;
    const l = this.language;
    switch (step.kind) {
      case 'welcome':
        return html`${w.contentNote ? html`<p class="note"><strong>${msg('Before you start:')}</strong> ${w.contentNote} <a href="/help">${msg('Need help now?')}</a></p>` : nothing}${renderBlocks(w.welcome, p, l)}`;
      case 'section':
        return renderBlocks(w.sections.find((s) => `section-${s.id}` === step.id)!.blocks, p, l);
      case 'story':
        return html`<div class="story">${renderBlocks(storyFor(w.story, (p ?? DEFAULT_PROFILE).situation, p?.condition), p, l)}</div>`;
      case 'takeaways':
        return html`<ul class="takeaways">${w.takeaways.map((t) => html`<li>${this.fill(t)}</li>`)}</ul>`;
      case 'reflection':
        return html`<p>${msg('There are no right answers. What you write stays on this device, in your journal.')}</p>
          ${w.reflections.map((r) => {
            const prompt = this.fill(r.prompt);
            return html`<al-autosave-field label=${prompt} hint=${r.hint ? this.fill(r.hint) : ''} .value=${this.stored.value?.answers[r.id] ?? ''}
              .save=${this.saveReflection(r.id, prompt)} .current=${async () => (await journalRepo.get(journalIdFor(r.id)))?.text ?? ''}></al-autosave-field>`;
          })}`;
      case 'practice':
        return html`<al-practice-plan .practice=${w.practice} week=${w.number} .profile=${p} .language=${l}></al-practice-plan>`;
      case 'self-check':
        return html`<p>${msg('Pick the answer that fits best for you. There is no score.')}</p>
          <al-self-check .questions=${w.selfCheck} .answers=${this.progress?.answers ?? {}} .profile=${p} .language=${l} @al-self-check-answer=${this.handleAnswer}></al-self-check>`;
      case 'for-you':
        return renderBlocks(w.forYou.blocks, p, l);
    }
  }

  /** A week with hard topics keeps the way to help in view on every step, not only where its note is. */
  private renderHelpLine() {
    return html`<p class="note help-line">${msg('If someone is in danger now, call your local emergency number.')} <a href="/help">${msg('Need help now?')}</a></p>`;
  }

  /** Fetches the elements this step draws with, saying so kindly if they cannot come, and the next step's ahead. */
  private fetchStepElements(step: LessonStep, next: LessonStep | undefined): void {
    void STEP_ELEMENTS[step.kind]?.().catch(
      () => (this.problem = msg('Part of this step did not load. This can happen when you are offline, or just after Alongside updates itself. Reload the page to try again: nothing you have written is lost.')),
    );
    // If the next step's cannot come, that step says so when it is shown, not this one.
    if (next) void STEP_ELEMENTS[next.kind]?.().catch(() => undefined);
  }

  private renderLesson(progress: WeekProgress) {
    const steps = this.steps;
    const pos = Math.min(progress.position, steps.length - 1);
    const step = steps[pos]!;
    this.fetchStepElements(step, steps[pos + 1]);
    const done = new Set(progress.done);
    const last = pos === steps.length - 1;
    return html`
      <div class="meta"><span>${msg(str`Step ${formatCount(pos + 1)} of ${formatCount(steps.length)}`)}</span><span>${msg(str`About ${formatCount(this.week.minutes)} minutes in all`)}</span>
        ${progress.completedAt ? html`<span>${msg('You finished this week')}</span>` : nothing}</div>
      <progress max=${steps.length} .value=${done.size} aria-label=${msg(str`${formatCount(done.size)} of ${formatCount(steps.length)} steps done`)}></progress>
      ${problemBox(this.problem)}
      <section class="step" aria-labelledby="step-title">
        <h2 id="step-title" tabindex="-1">${this.fill(step.title)}</h2>
        <!-- Under the heading, so it is in view when a step opens scrolled to its top. -->
        ${this.week.contentNote && step.kind !== 'welcome' ? this.renderHelpLine() : nothing}
        ${this.renderStep(step)}
      </section>
      <div class="nav">
        ${pos > 0 ? html`<button class="btn" type="button" @click=${() => this.goTo(pos - 1)}>${msg('Back')}</button>` : nothing}
        ${last
          ? html`<button class="btn primary next" type="button" @click=${this.handleFinish}>${progress.completedAt ? msg('Back to the course') : msg('Finish this week')}</button>`
          : html`<button class="btn primary next" type="button" @click=${() => this.goTo(pos + 1)}>${msg(str`Next: ${this.fill(steps[pos + 1]!.title)}`)}</button>`}
      </div>
      <details>
        <summary>${msg('All steps in this week')}</summary>
        <ol class="steps">
          ${steps.map(
            (s, i) => html`<li><button type="button" aria-current=${i === pos ? 'step' : 'false'} @click=${() => this.goTo(i)}>
              <span class="tick" aria-hidden="true">${done.has(s.id) ? '✓' : ''}</span>
              <span>${this.fill(s.title)}${done.has(s.id) ? html`<span class="visually-hidden"> ${msg('(done)')}</span>` : nothing}</span>
            </button></li>`,
          )}
        </ol>
      </details>
    `;
  }

  override render() {
    return renderStored(this.stored, { loading: msg('Opening the lesson…'), complete: () => this.renderLesson(this.progress!) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-lesson-player': AlLessonPlayer;
  }
  interface HTMLElementEventMap {
    'al-week-complete': AlWeekCompleteEvent;
  }
}
