/**
 * Work that can wait for the first screen, and the moment it can start.
 *
 * The service worker is the main such work: once registered, it downloads every screen and
 * lesson for offline use (about 140 files). Started while the first screen was still loading,
 * it took the network and the processor from it. Lighthouse on a cold lesson, 7 runs each, by
 * turns: total blocking time median 200 ms after the change, 260–310 ms before.
 */
let shown!: () => void;
const firstScreenShown = new Promise<void>((resolve) => (shown = resolve));

/** For the shell: a screen is on show (its code loaded, its first frame asked for), or could not load. */
export function screenShown(): void {
  shown();
}

/** Resolves once the page has loaded, its first screen is on show, and the browser has a moment to spare. */
export async function afterFirstScreen(): Promise<void> {
  const loaded = document.readyState === 'complete' ? undefined : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  await Promise.all([loaded, firstScreenShown]);
  // Safari has no idle callback yet: there, the next task.
  await new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve)));
}
