/** What the course tells the person about the extension's copy after "Delete all my data". */
import type { ExtensionWipe } from './extension-link.ts';

/** Where to remove the extension by hand, in Chrome and Edge. */
const REMOVE_BY_HAND = 'To delete it, open your browser’s extensions page (chrome://extensions or edge://extensions) and remove Alongside.';

/** The closing screen's line about the extension; empty when the course was not linked with it. */
export function extensionWipeNote(outcome: ExtensionWipe): string {
  switch (outcome) {
    case 'deleted':
      return 'The Alongside extension in this browser has deleted its copy too.';
    case 'partly':
      return `The Alongside extension could not delete all of its copy, so some of it may still be in this browser. ${REMOVE_BY_HAND}`;
    case 'unreachable':
      return `Alongside could not reach the extension, so its copy may still be in this browser. ${REMOVE_BY_HAND}`;
    case 'not-linked':
      return '';
  }
}
