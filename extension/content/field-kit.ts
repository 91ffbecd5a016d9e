/**
 * Everything Alongside does with a message field in a web page, as ONE self-contained
 * function: which fields count (never a password, payment, code or search field), where the
 * cursor is, and how words go in as typing would. It is one function because
 * `chrome.scripting.executeScript` runs a function from its source text alone, without the
 * module around it: the popup sends this very function into the person's tab
 * (`fieldKit(words)`, see popup/insert-into-tab.ts), while field.ts and insert-text.ts hand its
 * parts to the in-page chip. So the rules live once. Inside the body: no imports, and no
 * names from outside it but the page's own globals (checked by field-kit.test.ts).
 */

/** What decides whether a field is one where someone writes a message. */
export interface FieldFacts {
  /** Lower-case tag name. */
  tag: string;
  /** The `type` attribute of an input, lower-case ('' when absent). */
  type: string;
  /** True for an editing host (contenteditable, including "plaintext-only"). */
  editable: boolean;
  readOnly: boolean;
  disabled: boolean;
  /**
   * `autocomplete`, `inputmode`, `role`, `name`, `id`, `aria-label`, `placeholder`, and the
   * text of its `<label>`s and `aria-labelledby` elements, joined, lower-case.
   */
  hints: string;
}

/** Where the cursor was in a field, kept while the panel has focus. */
export type Caret = { kind: 'text'; start: number; end: number } | { kind: 'rich'; range: Range } | null;

/**
 * What came of putting words into the field that has the page's focus: put in, or no
 * message field has focus there (nothing, a password or card field, a search box), or it
 * is inside a frame this page can't reach into.
 */
export type FocusedInsert = 'inserted' | 'no-field' | 'in-frame';

/** The parts the in-page chip uses. */
export interface FieldKit {
  /** True for a field where someone writes a message: a textarea, a text input, or rich text. Never a password, payment, code or search field. */
  isEligibleField(f: FieldFacts): boolean;
  /** The facts of an element, read from the DOM. */
  factsOf(el: HTMLElement): FieldFacts;
  /** True when the element is a message field. */
  isMessageField(el: EventTarget | null | undefined): el is HTMLElement;
  /** The cursor (or selection) in a field now, if it is inside it. */
  saveCaret(field: HTMLElement): Caret;
  /** The words with a space added where they would touch the text around them. */
  spaced(before: string, words: string, after: string): string;
  /** Inserts `words` at the saved cursor (or at the end), focusing the field first. Returns false when the field is gone. */
  insertWords(field: HTMLElement, words: string, caret: Caret): boolean;
}

/** The kit's parts, for the in-page chip. */
export function fieldKit(): FieldKit;
/** In the page: puts `words` at the cursor of the message field that has focus, and says what came of it. */
export function fieldKit(wordsForFocusedField: string): FocusedInsert;
export function fieldKit(wordsForFocusedField?: string): FieldKit | FocusedInsert {
  /** Autocomplete tokens, names and labels of fields that are never messages: secrets, payment, codes, search. */
  const NEVER =
    /(?:^|[\s_\-.[\]])(?:cc-[a-z-]+|one-time-code|current-password|new-password|password|passwd|pwd|passcode|pin|otp|totp|2fa|mfa|cvc|cvv|csc|iban|card|cardnumber|card-number|creditcard|credit-card|security-code|verification-code|numeric|decimal|tel|searchbox|combobox|search|q)(?=$|[\s_\-.[\]])|credit|card ?number|password|one-time|security code/;
  /** The most of one label's text that is read: a field's name is short, and this runs on every focus. */
  const MAX_LABEL_CHARS = 200;

  function isEligibleField(f: FieldFacts): boolean {
    if (f.readOnly || f.disabled) return false;
    const kind = f.tag === 'textarea' ? 'text' : f.tag === 'input' ? (f.type === '' || f.type === 'text' ? 'text' : 'other') : f.editable ? 'text' : 'other';
    if (kind !== 'text') return false;
    return !NEVER.test(f.hints);
  }

  /**
   * The names a person reads beside the field: its `<label>`s and the elements `aria-labelledby`
   * points at, so `<label for=x>Card number</label><input id=x>` counts as a card field. A label
   * wrapping the field leaves the field's own text out.
   */
  function labelText(el: HTMLElement): string {
    const named: Element[] = [];
    const labels = (el as HTMLInputElement).labels;
    if (labels) named.push(...Array.from(labels));
    const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const id of ids) {
      const found = root.getElementById?.(id);
      if (found) named.push(found);
    }
    return named
      .map((node) => {
        const text = node.textContent ?? '';
        return (node.contains(el) ? text.replace(el.textContent ?? '', ' ') : text).slice(0, MAX_LABEL_CHARS);
      })
      .join(' ');
  }

  function factsOf(el: HTMLElement): FieldFacts {
    const attr = (name: string): string => el.getAttribute(name) ?? '';
    const input = el as HTMLInputElement;
    return {
      tag: el.localName,
      type: el.localName === 'input' ? attr('type').toLowerCase().trim() : '',
      editable: el.isContentEditable && (el.parentElement === null || !el.parentElement.isContentEditable),
      readOnly: input.readOnly === true || attr('aria-readonly') === 'true',
      disabled: input.disabled === true || attr('aria-disabled') === 'true',
      hints: [attr('autocomplete'), attr('inputmode'), attr('role'), attr('name'), el.id, attr('aria-label'), attr('placeholder'), labelText(el)].join(' ').toLowerCase(),
    };
  }

  function isMessageField(el: EventTarget | null | undefined): el is HTMLElement {
    return el instanceof HTMLElement && isEligibleField(factsOf(el));
  }

  function isTextControl(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
    return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  }

  function saveCaret(field: HTMLElement): Caret {
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

  function spaced(before: string, words: string, after: string): string {
    const lead = before && !/\s$/.test(before) ? ' ' : '';
    const trail = after && !/^\s/.test(after) ? ' ' : '';
    return `${lead}${words}${trail}`;
  }

  /** Tells the page an edit happened, as typing would. */
  function announce(field: HTMLElement, data: string): void {
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
  }

  /**
   * The browser's own editing command first (it fires `beforeinput` and `input` and keeps
   * undo working), else a direct edit followed by an `input` event with inputType "insertText".
   */
  function insertWords(field: HTMLElement, words: string, caret: Caret): boolean {
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

  /**
   * Only the field the person left the cursor in, looking into open shadow roots
   * (web-component editors): Alongside never picks a field for them, and never touches
   * anything else on the page.
   */
  function insertAtFocus(words: string): FocusedInsert {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active instanceof HTMLIFrameElement || active instanceof HTMLFrameElement) return 'in-frame';
    if (!isMessageField(active)) return 'no-field';
    return insertWords(active, words, saveCaret(active)) ? 'inserted' : 'no-field';
  }

  if (wordsForFocusedField !== undefined) return insertAtFocus(wordsForFocusedField);
  return { isEligibleField, factsOf, isMessageField, saveCaret, spaced, insertWords };
}
