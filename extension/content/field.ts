/**
 * Which focused fields are message fields. Kept tiny: it is the only code that runs on a
 * page before the person focuses a field. `isEligibleField` is pure (tested in node);
 * `isMessageField` reads the facts from the DOM.
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

/** Autocomplete tokens, names and labels of fields that are never messages: secrets, payment, codes, search. */
const NEVER =
  /(?:^|[\s_\-.[\]])(?:cc-[a-z-]+|one-time-code|current-password|new-password|password|passwd|pwd|passcode|pin|otp|totp|2fa|mfa|cvc|cvv|csc|iban|card|cardnumber|card-number|creditcard|credit-card|security-code|verification-code|numeric|decimal|tel|searchbox|combobox|search|q)(?=$|[\s_\-.[\]])|credit|card ?number|password|one-time|security code/;

/** True for a field where someone writes a message: a textarea, a text input, or rich text. Never a password, payment, code or search field. */
export function isEligibleField(f: FieldFacts): boolean {
  if (f.readOnly || f.disabled) return false;
  const kind = f.tag === 'textarea' ? 'text' : f.tag === 'input' ? (f.type === '' || f.type === 'text' ? 'text' : 'other') : f.editable ? 'text' : 'other';
  if (kind !== 'text') return false;
  return !NEVER.test(f.hints);
}

/** The most of one label's text that is read: a field's name is short, and this runs on every focus. */
const MAX_LABEL_CHARS = 200;

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

/** The facts of an element, read from the DOM. */
export function factsOf(el: HTMLElement): FieldFacts {
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

/** True when the element is a message field. */
export function isMessageField(el: EventTarget | null | undefined): el is HTMLElement {
  return el instanceof HTMLElement && isEligibleField(factsOf(el));
}
