import { html, type TemplateResult } from 'lit';
import { linkParts } from '../../domain/classes/class-links.ts';

/**
 * Text from a class pack with its `https:`/`http:` addresses as links and everything else as
 * plain text (Lit escapes it). Any other kind of address stays words, never a link.
 */
export function linkedText(text: string): TemplateResult {
  return html`${linkParts(text).map((part) => (part.href ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer">${part.text}</a>` : part.text))}`;
}
