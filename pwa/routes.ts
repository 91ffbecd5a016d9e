/** One screen of the PWA: its path, its title, and the module that defines its element. */
export interface Route {
  path: string;
  title: string;
  tag: string;
  /** Loaded on first visit, so the first screen only carries what it needs. */
  load: () => Promise<unknown>;
}

/** Every screen. Paths are real URLs (the service worker answers them offline). */
export const ROUTES: readonly Route[] = [
  { path: '/', title: 'Home', tag: 'al-home-page', load: () => import('./pages/home-page.ts') },
  { path: '/boundaries', title: 'My boundaries', tag: 'al-boundaries-page', load: () => import('./pages/boundaries-page.ts') },
  { path: '/help', title: 'Need help now?', tag: 'al-help-page', load: () => import('./pages/help-page.ts') },
];

/** The screen for a path, or undefined for "not found". */
export function matchRoute(pathname: string): Route | undefined {
  const clean = pathname.replace(/\/+$/, '') || '/';
  return ROUTES.find((r) => r.path === clean);
}
