import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { WEEK_LOADERS } from '../../../shared/content/weeks/index.ts';
import { COURSE_OUTLINE, outlineOf } from '../../../shared/content/weeks/outline.ts';
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
import { WEEK_COUNT, weekAfter, weekBefore, weekName, weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { problemBox } from '../../../shared/ui/base/stored-view.ts';
import { counted } from '../../../shared/content/locale.ts';

/** What home says when the supporter star is due: a heading and a line, never a push. */
const STAR_INVITES: Record<StarMoment, readonly [string, string]> = {
  start: ['Your supporter star', 'When you have a few minutes, see where you are today on your own journey. It is about you, not the person you support, and only you can see it.'],
  middle: ['Halfway there', 'You are in the middle of the course. Take your star again to see what has moved for you, however small.'],
  end: ['Look how far you have come', 'You reached the end of the course. Take your star once more and lay it over the others.'],
  any: ['Your supporter star', 'Take stock of where you are today, whenever you like.'],
};

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
  @state() private starNote = '';

  /** What the cards show, read once when home opens: all of it before any card, so they appear together and nothing jumps. */
  private readonly home = new Task(this, {
    task: async (): Promise<Home> => {
      const state = await loadCourseState();
      const week = currentWeek(state.pacing, state.progress, Date.now());
      const [stoppedAt, starMoment, practice] = await Promise.all([this.loadStoppedAt(state, week), this.loadStarMoment(state), this.loadPractice(week)]);
      return { state, stoppedAt, starMoment, practice };
    },
    args: () => [],
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
  private async loadStoppedAt(state: CourseState, week: number): Promise<string | undefined> {
    const progress = state.progress.get(week);
    if (weekState(progress) !== 'in-progress') return undefined;
    try {
      const step = resumeStep(lessonSteps(await WEEK_LOADERS[week]!()), progress!);
      return step && personalise(step.title, state.profile);
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
    const [title, text] = STAR_INVITES[moment];
    return html`<al-card class="star"><h2>${title}</h2><p>${text}</p>
      <a slot="actions" class="btn" href=${`/star?moment=${moment}`}>Take my star</a>
      <button slot="actions" class="btn quiet" type="button" @click=${() => this.handleStarNotNow(moment)}>Not now</button></al-card>`;
  }

  /** "Not now" lets this moment's invitation go on this device; the next moment still comes. */
  private async handleStarNotNow(moment: StarMoment): Promise<void> {
    this.starDismissed = true;
    await settingsRepo.set('starInviteDismissed', moment).catch(() => undefined);
    this.starNote = 'Okay. Your star is always under "How are you doing?" when you want it.';
    // The button is gone with its card: keep keyboard and screen-reader users where they were.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.star-note')?.focus();
  }

  private renderLesson(s: CourseState, stoppedAt: string | undefined) {
    const n = currentWeek(s.pacing, s.progress, Date.now());
    const week = outlineOf(n)!;
    const progress = s.progress.get(n);
    const st = weekState(progress);
    const allDone = COURSE_OUTLINE.every((w) => weekState(s.progress.get(w.number)) === 'done');
    const after = weekAfter(n);
    const next = after === undefined ? undefined : outlineOf(after);
    const open = isWeekOpen(n, s.pacing, s.progress, Date.now());
    const opensAt = s.pacing.mode === 'class' ? s.pacing.opensAt?.[n] : undefined;
    return html`<al-card class="lesson">
      <p class="eyebrow">${allDone ? 'You finished the course' : `This week · ${weekName(n)} of ${WEEK_COUNT}`}</p>
      <h2>${week.title}</h2>
      <p>${week.summary}</p>
      ${progress && st === 'in-progress'
        ? html`<p>${stoppedAt ? html`You stopped at: <strong>${stoppedAt}</strong>` : `You stopped at step ${progress.position + 1} of ${week.steps}.`}</p>
            <progress max=${week.steps} .value=${progress.done.length} aria-label=${`${progress.done.length} of ${week.steps} steps done this week`}></progress>`
        : nothing}
      ${open ? nothing : html`<p>${opensAt ? `This week opens on ${new Date(opensAt).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}, the day of its class meeting.` : 'This week opens on the day of its class meeting.'}</p>`}
      ${next && !allDone ? html`<p class="eyebrow">Next: ${weekName(next.number)}, ${next.title}</p>` : nothing}
      ${open ? html`<a slot="actions" class="btn primary" href=${`/course/week/${n}`}>${st === 'in-progress' ? 'Continue where you left off' : allDone ? 'Look back at this week' : `Start week ${weekPosition(n)}`}</a>` : nothing}
      <a slot="actions" class="btn" href="/course">See all weeks</a>
    </al-card>`;
  }

  override render() {
    return html`
      <h1>Welcome to Alongside</h1>
      <p class="lead">Supporting someone you love through mental illness or substance use is hard, and you are not alone in it. Alongside helps you learn, one week at a time, how to help without losing yourself.</p>
      <!-- The cards appear together once the course state is read, so nothing jumps; without it, the rest of home still serves. -->
      ${this.home.render({
        complete: (home) => this.renderGrid(home),
        error: (error) => html`${problemBox(problemText(error))}${this.renderGrid(undefined)}`,
      })}
    `;
  }

  private renderGrid(home: Home | undefined) {
    const s = home?.state;
    const done = s ? COURSE_OUTLINE.filter((w) => weekState(s.progress.get(w.number)) === 'done').length : 0;
    return html`
      <p class="star-note" role="status" tabindex="-1">${this.starNote}</p>
      <div class="grid">
        ${s && !s.onboarded
          ? html`<al-card class="welcome lesson"><h2>New here?</h2><p>Two quick questions help the course fit your life. It takes a minute, and you can skip it.</p>
              <a slot="actions" class="btn primary" href="/start">Get started</a></al-card>`
          : nothing}
        ${s ? this.renderLesson(s, home?.stoppedAt) : nothing}
        ${this.renderStar(home?.starMoment)}
        <al-class-home></al-class-home>
        ${home?.practice
          ? html`<al-card><h2>Your practice this week</h2><p class="practice">${Object.values(home.practice.plan ?? {}).filter((v) => v.trim()).join('\n')}</p>
              <a slot="actions" class="btn" href=${`/course/week/${home.practice.week}`}>Open my plan</a></al-card>`
          : nothing}
        <al-card>
          <h2>How are you doing?</h2>
          <p>${done > 0 ? `You have finished ${counted(done, { one: 'week', other: 'weeks' })}. ` : ''}Taking a minute for yourself each week helps you notice what is changing.</p>
          <ul class="links">
            <li><a href="/check-in">Weekly check-in</a></li>
            <li><a href="/star">My supporter star</a></li>
            <li><a href="/journal">My journal</a></li>
          </ul>
        </al-card>
        <al-card>
          <h2>Your toolkit</h2>
          <p>Words to say, boundaries held with love, and plans for hard conversations.</p>
          <ul class="links">
            <li><a href="/boundaries">My boundaries</a></li>
            <li><a href="/toolkit">All tools</a></li>
          </ul>
        </al-card>
        <al-card>
          <h2>Need help now?</h2>
          <p>If you or the person you support may be in danger, there are people you can call right now, any time of day.</p>
          <a slot="actions" class="btn" href="/help">See crisis lines</a>
          <a slot="actions" class="btn quiet" href="/crisis-plan">Our family crisis plan</a>
        </al-card>
        <al-card>
          <h2>Support near you</h2>
          <p>Family groups, courses and advice lines in your country, for you as well as the person you support.</p>
          <a slot="actions" class="btn" href="/support">Find support</a>
        </al-card>
      </div>
      <p class="promise"><strong>Private by design.</strong> What you write stays in this browser, on this device. There is no account and nothing is sent anywhere.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-home-page': AlHomePage;
  }
}
