/**
 * The focused element, looking into open shadow roots: `document.activeElement` stops at the
 * first shadow host, and in a page of web components (ours, or a mail site's editor) that
 * host is rarely what has focus. A closed root (like the chip's) stops the walk at its host.
 * Plain DOM, no Lit: the in-page script imports it too. (extension/content/field-kit.ts keeps
 * its own copy, because it runs from its source text alone, without imports.)
 */
export function deepActiveElement(doc: Document = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
