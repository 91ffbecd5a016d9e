/**
 * Moving to another screen from a page, as a link would. Pages ask; the shell, listening,
 * moves. Pages need not know the shell: importing it from a page closed an import circle
 * through the routes.
 */
const EVENT = 'al-navigate';

/** Moves to `path` (with its query and fragment, if any) in the same window. */
export function navigate(path: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: path }));
}

/** For the shell: calls `go` whenever a page asks to move, until `signal` aborts. */
export function onNavigate(go: (path: string) => void, signal: AbortSignal): void {
  window.addEventListener(EVENT, (event) => go((event as CustomEvent<string>).detail), { signal });
}
