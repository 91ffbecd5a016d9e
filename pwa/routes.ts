import { WEEK_LOADERS, weekFromParam } from '../shared/content/weeks/index.ts';
import { screenStrings } from './screen-strings.ts';

/** One screen of the PWA: its path pattern, its title, and the module that defines its element. */
export interface Route {
  /** A path such as `/journal`, or a pattern with named parts such as `/course/week/:week`. */
  path: string;
  title: string;
  tag: string;
  /** Loaded on first visit, so the first screen only carries what it needs. */
  load: () => Promise<unknown>;
  /**
   * Starts fetching the content the screen will ask for as soon as it opens (a lesson's week),
   * alongside its code rather than after it: the screen's own request then finds it on the way.
   */
  warm?: (params: Record<string, string>) => void;
  /**
   * A screen a person may open in danger: if its code cannot come, the shell shows the
   * emergency number in its place (shared/ui/crisis/emergency-call.ts), which needs nothing more.
   */
  urgent?: true;
}

/**
 * What the shell hands every screen, as properties: the named parts of its path (`params`),
 * its query (`query`) and its fragment (`hash`, with its "#"). Screens read these, never the
 * global `location`, so a screen shows what it is given and can be made in a test with any.
 */
export interface ScreenInputs {
  params: Record<string, string>;
  query: URLSearchParams;
  hash: string;
}

/** A route matched to a URL, with the values of its named parts. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Every screen. Paths are real URLs (the service worker answers them offline). */
export const ROUTES: readonly Route[] = [
  { path: '/', title: 'Home', tag: 'al-home-page', load: () => import('./pages/course/home-page.ts') },
  { path: '/boundaries', title: 'My boundaries', tag: 'al-boundaries-page', load: () => import('./pages/toolkit/boundaries-page.ts') },
  { path: '/help', title: 'Need help now?', tag: 'al-help-page', load: () => import('./pages/crisis/help-page.ts'), urgent: true },
  { path: '/support', title: 'Find support', tag: 'al-find-support-page', load: () => import('./pages/crisis/find-support-page.ts') },
  { path: '/journal', title: 'Journal', tag: 'al-journal-page', load: () => import('./pages/course/journal-page.ts') },
  { path: '/check-in', title: 'Weekly check-in', tag: 'al-checkin-page', load: () => import('./pages/practice/checkin-page.ts') },
  { path: '/star', title: 'My supporter star', tag: 'al-star-page', load: () => import('./pages/practice/star-page.ts') },
  { path: '/toolkit', title: 'Your toolkit', tag: 'al-toolkit-page', load: () => import('./pages/toolkit/toolkit-page.ts') },
  { path: '/patterns', title: 'Pattern log', tag: 'al-patterns-page', load: () => import('./pages/practice/patterns-page.ts') },
  { path: '/prompts', title: 'Prompts', tag: 'al-prompts-page', load: () => import('./pages/toolkit/prompts-page.ts') },
  { path: '/practice', title: 'Practise', tag: 'al-practice-page', load: () => import('./pages/course/practice-page.ts') },
  { path: '/plans', title: 'Conversation plans', tag: 'al-plans-page', load: () => import('./pages/toolkit/plans-page.ts') },
  { path: '/plans/:id', title: 'Conversation plan', tag: 'al-plan-page', load: () => import('./pages/toolkit/plan-page.ts') },
  { path: '/plans/:id/rehearse', title: 'Rehearse', tag: 'al-rehearse-page', load: () => import('./pages/toolkit/rehearse-page.ts') },
  { path: '/start', title: 'Getting started', tag: 'al-start-page', load: () => import('./pages/course/start-page.ts') },
  { path: '/course', title: 'The course', tag: 'al-outline-page', load: () => import('./pages/course/outline-page.ts') },
  {
    path: '/course/week/:week',
    title: 'Lesson',
    tag: 'al-lesson-page',
    load: () => import('./pages/course/lesson-page.ts'),
    warm: (params) => void WEEK_LOADERS[weekFromParam(params.week)]?.().catch(() => undefined),
  },
  { path: '/crisis-plan', title: 'Our family crisis plan', tag: 'al-crisis-plan-page', load: () => import('./pages/crisis/crisis-plan-page.ts'), urgent: true },
  // A quiet title: it shows in the tab and in the browser's history, where someone else may look.
  { path: '/safety-plan', title: 'A private plan', tag: 'al-safety-plan-page', load: () => import('./pages/crisis/safety-plan-page.ts'), urgent: true },
  { path: '/settings', title: 'Settings', tag: 'al-settings-page', load: () => import('./pages/trust/settings-page.ts') },
  { path: '/settings/lock', title: 'App lock', tag: 'al-lock-page', load: () => import('./pages/trust/lock-page.ts') },
  { path: '/backup', title: 'Backup', tag: 'al-backup-page', load: () => import('./pages/trust/backup-page.ts') },
  { path: '/privacy', title: 'Privacy and storage', tag: 'al-privacy-page', load: () => import('./pages/trust/privacy-page.ts') },
  { path: '/course/week/:week/handout', title: 'Week handout', tag: 'al-handout-page', load: () => import('./pages/classes/handout-page.ts') },
  { path: '/facilitate', title: 'Run a class', tag: 'al-facilitate-page', load: () => import('./pages/classes/facilitate-page.ts') },
  { path: '/facilitate/session/:week', title: 'Session guide', tag: 'al-facilitate-session-page', load: () => import('./pages/classes/facilitate-session-page.ts') },
  { path: '/facilitate/present/:week', title: 'Presentation', tag: 'al-facilitate-present-page', load: () => import('./pages/classes/facilitate-present-page.ts') },
  { path: '/join', title: 'Join a class', tag: 'al-join-page', load: () => import('./pages/classes/join-page.ts') },
  { path: '/class', title: 'My class', tag: 'al-class-page', load: () => import('./pages/classes/class-page.ts') },
  { path: '/share', title: 'Share one thing', tag: 'al-share-page', load: () => import('./pages/toolkit/share-page.ts') },
];

/**
 * Fetches a matched screen's code and its strings in the language shown (./screen-strings.ts),
 * and starts on what it will read (`warm`) at the same time.
 */
export function fetchScreen(match: RouteMatch): Promise<unknown> {
  match.route.warm?.(match.params);
  return Promise.all([match.route.load(), screenStrings(match.route.tag)]);
}

/** The screen for a path, or undefined for "not found". */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const parts = (pathname.replace(/\/+$/, '') || '/').split('/');
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((p, i) => {
      if (p.startsWith(':')) {
        params[p.slice(1)] = decodeURIComponent(parts[i]!);
        return parts[i] !== '';
      }
      return p === parts[i];
    });
    if (ok) return { route, params };
  }
  return undefined;
}
