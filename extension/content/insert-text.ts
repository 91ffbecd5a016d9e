/**
 * Puts words into the person's message where their cursor was, only when they click
 * "Insert", in a way web apps notice: the browser's own editing command first (it fires
 * `beforeinput` and `input` and keeps undo working), else a direct edit followed by an
 * `input` event with inputType "insertText".
 */

/** Where the cursor was in a field, kept while the panel has focus. */
export type Caret = { kind: 'text'; start: number; end: number } | { kind: 'rich'; range: Range } | null;

function isTextControl(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** The cursor (or selection) in a field now, if it is inside it. */
export function saveCaret(field: HTMLElement): Caret {
  if (isTextControl(field)) {
    const start = field.selectionStart ?? field.value.length;
    return { kind: 'text', start, end: field.selectionEnd ?? start };
  }
  const sel = field.ownerDocument.getSelection();
  if (sel && sel.rangeCount > 0) {
    const range = sel.getRangeAt(0);
    if (field.contains(range.commonAncestorContainer)) return { kind: 'rich', range: range.cloneRange() };
  }
  return null;
}

/** The words with a space added where they would touch the text around them. */
export function spaced(before: string, words: string, after: string): string {
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^\s/.test(after) ? ' ' : '';
  return `${lead}${words}${trail}`;
}

/** The text a field holds, as the person sees it. */
export function fieldText(field: HTMLElement): string {
  return isTextControl(field) ? field.value : field.innerText;
}

/** True when a field holds no text at all (cheap: no layout). */
export function isEmpty(field: HTMLElement): boolean {
  return isTextControl(field) ? field.value.length === 0 : !field.textContent;
}

/** The cursor's offset in a plain field, for the detector; undefined in rich text. */
export function caretOffset(field: HTMLElement): number | undefined {
  return isTextControl(field) ? (field.selectionEnd ?? undefined) : undefined;
}

/** Tells the page an edit happened, as typing would. */
function announce(field: HTMLElement, data: string): void {
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
}

/**
 * Inserts `words` at the saved cursor (or at the end), focusing the field first.
 * Returns false when the field is gone.
 */
export function insertWords(field: HTMLElement, words: string, caret: Caret): boolean {
  if (!field.isConnected) return false;
  field.focus({ preventScroll: true });
  const doc = field.ownerDocument;

  if (isTextControl(field)) {
    const start = caret?.kind === 'text' ? Math.min(caret.start, field.value.length) : field.value.length;
    const end = caret?.kind === 'text' ? Math.min(Math.max(caret.end, start), field.value.length) : start;
    field.setSelectionRange(start, end);
    const text = spaced(field.value.slice(0, start), words, field.value.slice(end));
    const before = field.value;
    // execCommand is deprecated but still the one way to edit "as the user" (undo, events).
    if (!doc.execCommand('insertText', false, text) || field.value === before) {
      field.setRangeText(text, start, end, 'end');
      announce(field, text);
    }
    return true;
  }

  const sel = doc.getSelection();
  let range = caret?.kind === 'rich' && field.contains(caret.range.commonAncestorContainer) ? caret.range : null;
  if (!range) {
    range = doc.createRange();
    range.selectNodeContents(field);
    range.collapse(false);
  }
  sel?.removeAllRanges();
  sel?.addRange(range);
  const beforeText = range.startContainer.nodeType === Node.TEXT_NODE ? (range.startContainer.textContent ?? '').slice(0, range.startOffset) : '';
  const afterText = range.endContainer.nodeType === Node.TEXT_NODE ? (range.endContainer.textContent ?? '').slice(range.endOffset) : '';
  const text = spaced(beforeText, words, afterText);
  const plain = field.textContent;
  if (!doc.execCommand('insertText', false, text) || field.textContent === plain) {
    const r = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : range;
    r.deleteContents();
    const node = doc.createTextNode(text);
    r.insertNode(node);
    r.setStartAfter(node);
    r.collapse(true);
    sel?.removeAllRanges();
    sel?.addRange(r);
    announce(field, text);
  }
  return true;
}
