import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { weekIn } from '../../../shared/content/weeks/index.ts';
import { COURSE_OUTLINE } from '../../../shared/content/weeks/outline.ts';
import { outlineIn } from '../../../shared/content/outline-es.ts';
import { currentWeek, isWeekOpen, lessonSteps, resumeStep, weekState } from '../../../shared/domain/course/course-progress.ts';
import type { JournalEntry } from '../../../shared/domain/course/journal.ts';
import { personalise } from '../../../shared/domain/course/profile.ts';
import { starDue } from '../../../shared/domain/practice/star-due.ts';
import type { StarMoment } from '../../../shared/domain/practice/supporter-star.ts';
import { journalRepo, starRepo } from '../../../shared/data/course/course-repos.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { loadCourseState, type CourseState } from '../../../shared/data/course/course-state.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/classes/class-home.ts';
import { WEEK_COUNT, weekAfter, weekBefore, weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { problemBox } from '../../../shared/ui/base/stored-view.ts';
import { counted, formatCount, interfaceLanguage, type Language } from '../../../shared/content/locale.ts';
import { weekNameOf } from '../../../shared/ui/course/week-name.ts';
import { stepWords } from '../../../shared/ui/course/step-words.ts';
import { readerDate } from '../../../shared/ui/course/reader-dates.ts';

/** What home says when the supporter star is due: a heading and a line, never a push. Worded at render time. */
function starInvite(moment: StarMoment): readonly [string, string] {
  switch (moment) {
    case 'start':
      return [msg('Your supporter star'), msg('When you have a few minutes, see where you are today on your own journey. It is about you, not the person you support, and only you can see it.')];
    case 'middle':
      return [msg('Halfway there'), msg('You are in the middle of the course. Take your star again to see what has moved for you, however small.')];
    case 'end':
      return [msg('Look how far you have come'), msg('You reached the end of the course. Take your star once more and lay it over the others.')];
    case 'any':
      return [msg('Your supporter star'), msg('Take stock of where you are today, whenever you like.')];
  }
}

/** What home reads before it shows its cards. */
interface Home {
  state: CourseState;
  /** The title of the step the reader stopped at in this week. */
  stoppedAt: string | undefined;
  starMoment: StarMoment | undefined;
  practice: JournalEntry | undefined;
}

/**
 * Home: this week's lesson and where the reader left off, what's next, the practice they
 * committed to, and the way to everything else.
 *
 * @summary Home screen.
 */
@localized()
@customElement('al-home-page')
export class AlHomePage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .grid { display: grid; gap: var(--al-space-4); grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); margin-top: var(--al-space-5); }
      .lesson { grid-column: 1 / -1; }
      h2 { font-size: 1.2rem; }
      .eyebrow { color: var(--al-color-text-muted); font-weight: 600; margin: 0; font-size: var(--al-font-size-small); }
      .lesson h2 { font-size: var(--al-font-size-h2); margin-top: var(--al-space-1); }
      progress { width: min(100%, 24rem); accent-color: var(--al-color-primary); }
      .promise { margin-top: var(--al-space-6); padding: var(--al-space-4); border-left: 4px solid var(--al-color-primary); background: var(--al-color-primary-soft); border-radius: 0 var(--al-radius-small) var(--al-radius-small) 0; max-width: var(--al-measure); }
      .practice { white-space: pre-line; }
      ul.links { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--al-space-1); }
      ul.links a { display: flex; align-items: center; min-height: var(--al-touch); font-weight: 600; }
      .welcome { border: 2px solid var(--al-color-primary); }
      .star { border-left: 4px solid var(--al-color-accent); }
      .star-note:empty { margin: 0; }
      .star-note:focus { outline: none; }
    `,
  ];

  /** The star invitation was let go with "Not now". */
  @state() private starDismissed = false;
  /** The star was let go: say where it stays (worded at render time). */
  @state() private starNoted = false;

  /** What the cards show, read once when home opens: all of it before any card, so they appear together and nothing jumps. */
  private readonly home = new Task(this, {
    task: async ([language]): Promise<Home> => {
      const state = await loadCourseState();
      const week = currentWeek(state.pacing, state.progress, Date.now());
      const [stoppedAt, starMoment, practice] = await Promise.all([this.loadStoppedAt(state, week, language), this.loadStarMoment(state), this.loadPractice(week)]);
      return { state, stoppedAt, starMoment, practice };
    },
    // Read again in another language, for the name of the step the reader stopped at.
    args: () => [interfaceLanguage()] as const,
  });

  /** The newest practice plan not yet tried, from this week or the one before. */
  private async loadPractice(week: number): Promise<JournalEntry | undefined> {
    const before = weekBefore(week);
    const entries = (await Promise.all((before === undefined ? [week] : [week, before]).map((w) => journalRepo.byIndex('by-week', w)))).flat();
    return entries
      .filter((e) => e.kind === 'practice' && !e.triedAt && Object.values(e.plan ?? {}).some((v) => v.trim()))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  }

  /** The step the reader left this week at, by its title; only the week they are in is loaded. */
  private async loadStoppedAt(state: CourseState, week: number, language: Language): Promise<string | undefined> {
    const progress = state.progress.get(week);
    if (weekState(progress) !== 'in-progress') return undefined;
    try {
      const { week: lesson, language: written } = await weekIn(week, language);
      const step = resumeStep(lessonSteps(lesson, stepWords()), progress!);
      return step && personalise(step.title, state.profile, written);
    } catch {
      return undefined; // Home still shows the week without the step's name.
    }
  }

  private async loadStarMoment(state: CourseState): Promise<StarMoment | undefined> {
    try {
      const [stars, dismissed] = await Promise.all([starRepo.list(), settingsRepo.get('starInviteDismissed', null)]);
      return starDue({ stars, progress: state.progress, onboarded: state.onboarded, dismissed });
    } catch {
      return undefined; // The star is an invitation: without it, home is still whole.
    }
  }

  private renderStar(moment: StarMoment | undefined) {
    if (!moment || this.starDismissed) return nothing;
    const [title, text] = starInvite(moment);
    return html`<al-card class="star"><h2>${title}</h2><p>${text}</p>
      <a slot="actions" class="btn" href=${`/star?moment=${moment}`}>${msg('Take my star')}</a>
      <button slot="actions" class="btn quiet" type="button" @click=${() => this.handleStarNotNow(moment)}>${msg('Not now')}</button></al-card>`;
  }

  /** "Not now" lets this moment's invitation go on this device; the next moment still comes. */
  private async handleStarNotNow(moment: StarMoment): Promise<void> {
    this.starDismissed = true;
    await settingsRepo.set('starInviteDismissed', moment).catch(() => undefined);
    this.starNoted = true;
    // The button is gone with its card: keep keyboard and screen-reader users where they were.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.star-note')?.focus();
  }

  private renderLesson(s: CourseState, stoppedAt: string | undefined) {
    const n = currentWeek(s.pacing, s.progress, Date.now());
    const language = interfaceLanguage();
    const week = outlineIn(n, language)!;
    const progress = s.progress.get(n);
    const st = weekState(progress);
    const allDone = COURSE_OUTLINE.every((w) => weekState(s.progress.get(w.number)) === 'done');
    const after = weekAfter(n);
    const next = after === undefined ? undefined : outlineIn(after, language);
    const open = isWeekOpen(n, s.pacing, s.progress, Date.now());
    const opensAt = s.pacing.mode === 'class' ? s.pacing.opensAt?.[n] : undefined;
    return html`<al-card class="lesson">
      <p class="eyebrow">${allDone ? msg('You finished the course') : msg(str`This week · ${weekNameOf(n)} of ${formatCount(WEEK_COUNT)}`)}</p>
      <h2>${week.title}</h2>
      <p>${week.summary}</p>
      ${progress && st === 'in-progress'
        ? html`<p>${stoppedAt
              ? html`${msg('You stopped at:')} <strong>${stoppedAt}</strong>`
              : msg(str`You stopped at step ${formatCount(progress.position + 1)} of ${formatCount(week.steps)}.`)}</p>
            <progress max=${week.steps} .value=${progress.done.length}
              aria-label=${msg(str`${formatCount(progress.done.length)} of ${formatCount(week.steps)} steps done this week`)}></progress>`
        : nothing}
      ${open
        ? nothing
        : html`<p>${opensAt
            ? msg(str`This week opens on ${readerDate(opensAt, { weekday: 'long', day: 'numeric', month: 'long' })}, the day of its class meeting.`)
            : msg('This week opens on the day of its class meeting.')}</p>`}
      ${next && !allDone ? html`<p class="eyebrow">${msg(str`Next: ${weekNameOf(next.number)}, ${next.title}`)}</p>` : nothing}
      ${open
        ? html`<a slot="actions" class="btn primary" href=${`/course/week/${n}`}>${st === 'in-progress'
            ? msg('Continue where you left off')
            : allDone
              ? msg('Look back at this week')
              : msg(str`Start week ${formatCount(weekPosition(n))}`)}</a>`
        : nothing}
      <a slot="actions" class="btn" href="/course">${msg('See all weeks')}</a>
    </al-card>`;
  }

  override render() {
    return html`
      <h1>${msg('Welcome to Alongside')}</h1>
      <p class="lead">${msg('Supporting someone you love through mental illness or substance use is hard, and you are not alone in it. Alongside helps you learn, one week at a time, how to help without losing yourself.')}</p>
      <!-- The cards appear together once the course state is read, so nothing jumps; without it, the rest of home still serves. -->
      ${this.home.render({
        // While another language's words are read, the cards stay as they were.
        pending: () => (this.home.value ? this.renderGrid(this.home.value) : nothing),
        complete: (home) => this.renderGrid(home),
        error: (error) => html`${problemBox(problemText(error))}${this.renderGrid(undefined)}`,
      })}
    `;
  }

  private renderGrid(home: Home | undefined) {
    const s = home?.state;
    const done = s ? COURSE_OUTLINE.filter((w) => weekState(s.progress.get(w.number)) === 'done').length : 0;
    return html`
      <p class="star-note" role="status" tabindex="-1">${this.starNoted ? msg('Okay. Your star is always under "How are you doing?" when you want it.') : ''}</p>
      <div class="grid">
        ${s && !s.onboarded
          ? html`<al-card class="welcome lesson"><h2>${msg('New here?')}</h2><p>${msg('Two quick questions help the course fit your life. It takes a minute, and you can skip it.')}</p>
              <a slot="actions" class="btn primary" href="/start">${msg('Get started')}</a></al-card>`
          : nothing}
        ${s ? this.renderLesson(s, home?.stoppedAt) : nothing}
        ${this.renderStar(home?.starMoment)}
        <al-class-home></al-class-home>
        ${home?.practice
          ? html`<al-card><h2>${msg('Your practice this week')}</h2><p class="practice">${Object.values(home.practice.plan ?? {}).filter((v) => v.trim()).join('\n')}</p>
              <a slot="actions" class="btn" href=${`/course/week/${home.practice.week}`}>${msg('Open my plan')}</a></al-card>`
          : nothing}
        <al-card>
          <h2>${msg('How are you doing?')}</h2>
          <p>${done > 0 ? `${msg(str`You have finished ${counted(done, { one: msg('week'), other: msg('weeks') })}.`)} ` : ''}${msg('Taking a minute for yourself each week helps you notice what is changing.')}</p>
          <ul class="links">
            <li><a href="/check-in">${msg('Weekly check-in')}</a></li>
            <li><a href="/star">${msg('My supporter star')}</a></li>
            <li><a href="/journal">${msg('My journal')}</a></li>
          </ul>
        </al-card>
        <al-card>
          <h2>${msg('Your toolkit')}</h2>
          <p>${msg('Words to say, boundaries held with love, and plans for hard conversations.')}</p>
          <ul class="links">
            <li><a href="/boundaries">${msg('My boundaries')}</a></li>
            <li><a href="/toolkit">${msg('All tools')}</a></li>
          </ul>
        </al-card>
        <al-card>
          <h2>${msg('Need help now?')}</h2>
          <p>${msg('If you or the person you support may be in danger, there are people you can call right now, any time of day.')}</p>
          <a slot="actions" class="btn" href="/help">${msg('See crisis lines')}</a>
          <a slot="actions" class="btn quiet" href="/crisis-plan">${msg('Our family crisis plan')}</a>
        </al-card>
        <al-card>
          <h2>${msg('Support near you')}</h2>
          <p>${msg('Family groups, courses and advice lines in your country, for you as well as the person you support.')}</p>
          <a slot="actions" class="btn" href="/support">${msg('Find support')}</a>
        </al-card>
      </div>
      <p class="promise"><strong>${msg('Private by design.')}</strong> ${msg('What you write stays in this browser, on this device. There is no account and nothing is sent anywhere.')}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-home-page': AlHomePage;
  }
}
