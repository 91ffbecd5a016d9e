import type { HelpKind } from '../../shared/content/crisis-lines.ts';

/** The extension's help page, as built (the path to give `chrome.runtime.getURL`). */
export const HELP_PAGE_PATH = 'extension/help/index.html';

/** What the help page can be opened for: `?for=crisis` or `?for=safety` puts those lines first. */
export type HelpFor = 'crisis' | 'safety';

/** The help page's path, opened for one kind of help, e.g. `chrome.runtime.getURL(helpPagePath('safety'))`. */
export function helpPagePath(forWhat?: HelpFor): string {
  return forWhat ? `${HELP_PAGE_PATH}?for=${forWhat}` : HELP_PAGE_PATH;
}

/** The kind of line to show first for a `?for=` value; anything else shows the usual order. */
export function firstKindFor(value: string | null): HelpKind | undefined {
  if (value === 'crisis') return 'crisis';
  if (value === 'safety') return 'violence';
  return undefined;
}
