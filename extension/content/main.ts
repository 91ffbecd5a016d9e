/**
 * The in-page part, registered only on sites the person enabled (see site-access.ts).
 * It stays idle until an editable field is focused, so it costs the page almost nothing;
 * the prompt chip that appears beside a hard message is built on top of this watcher.
 */

const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], input[type="text"], input:not([type])';

/** True for fields where someone writes a message; never passwords or payment fields. */
export function isMessageField(el: Element | null): el is HTMLElement {
  if (!el || !(el instanceof HTMLElement) || !el.matches(EDITABLE)) return false;
  const hint = `${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('name') ?? ''} ${el.id}`.toLowerCase();
  return !/(cc-|card|cvc|cvv|iban|password|passwd|one-time-code)/.test(hint);
}

const controller = new AbortController();
document.addEventListener(
  'focusin',
  (event) => {
    const field = event.composedPath()[0] as Element | null;
    if (isMessageField(field)) field.dataset.alongsideSeen = '';
  },
  { capture: true, signal: controller.signal },
);
