/** What the course tells the person about the extension's copy after "Delete all my data". */
import { msg } from '@lit/localize';
import type { ExtensionWipe } from './extension-link.ts';

/** Where to remove the extension by hand, in Chrome and Edge (said when the note is, in the interface's language). */
const removeByHand = () => msg('To delete it, open your browser’s extensions page (chrome://extensions or edge://extensions) and remove Alongside.');

/** The closing screen's line about the extension; empty when the course was not linked with it. */
export function extensionWipeNote(outcome: ExtensionWipe): string {
  switch (outcome) {
    case 'deleted':
      return msg('The Alongside extension in this browser has deleted its copy too.');
    case 'partly':
      return `${msg('The Alongside extension could not delete all of its copy, so some of it may still be in this browser.')} ${removeByHand()}`;
    case 'unreachable':
      return `${msg('Alongside could not reach the extension, so its copy may still be in this browser.')} ${removeByHand()}`;
    case 'not-linked':
      return '';
  }
}
