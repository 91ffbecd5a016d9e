import { describe, expect, it } from 'vitest';
import { factsOf, isEligibleField, type FieldFacts } from '../../../../extension/content/field.ts';

const base: FieldFacts = { tag: 'textarea', type: '', editable: false, readOnly: false, disabled: false, hints: '' };
const field = (over: Partial<FieldFacts>): FieldFacts => ({ ...base, ...over });

describe('isEligibleField', () => {
  it('accepts the places people write messages', () => {
    expect(isEligibleField(field({}))).toBe(true);
    expect(isEligibleField(field({ tag: 'input', type: '' }))).toBe(true);
    expect(isEligibleField(field({ tag: 'input', type: 'text', hints: 'message write a message' }))).toBe(true);
    expect(isEligibleField(field({ tag: 'div', editable: true, hints: 'textbox message body' }))).toBe(true);
  });

  it('never takes passwords, payment, one-time codes or search', () => {
    for (const type of ['password', 'email', 'number', 'tel', 'search', 'url', 'hidden', 'checkbox']) {
      expect(isEligibleField(field({ tag: 'input', type })), type).toBe(false);
    }
    for (const hints of [
      'cc-number',
      'cc-csc  cvc',
      'one-time-code',
      'current-password',
      'new-password',
      ' card-number',
      'enter your credit card number',
      'cvv',
      'iban',
      'otp',
      'numeric',
      'searchbox',
      'combobox',
      '  q',
      'security code',
      'verification-code',
      'your password',
    ]) {
      expect(isEligibleField(field({ tag: 'input', type: 'text', hints })), hints).toBe(false);
      expect(isEligibleField(field({ hints })), hints).toBe(false);
    }
  });

  it('ignores words that only look like those', () => {
    expect(isEligibleField(field({ hints: 'spinning class notes' }))).toBe(true);
    expect(isEligibleField(field({ hints: 'quick reply' }))).toBe(true);
    expect(isEligibleField(field({ hints: 'discard draft' }))).toBe(true);
  });

  it('skips fields that cannot be written in, and other elements', () => {
    expect(isEligibleField(field({ readOnly: true }))).toBe(false);
    expect(isEligibleField(field({ disabled: true }))).toBe(false);
    expect(isEligibleField(field({ tag: 'div', editable: false }))).toBe(false);
    expect(isEligibleField(field({ tag: 'select' }))).toBe(false);
  });
});

/** The parts of a DOM node that `factsOf` reads, for node (no DOM here). */
interface FakeNode {
  textContent: string;
  contains(other: unknown): boolean;
}
function textNode(text: string, inside: unknown[] = []): FakeNode {
  return { textContent: text, contains: (other) => inside.includes(other) };
}

/** An input or textarea as `factsOf` sees it, with its labels and the page's elements by id. */
function fakeField(opts: { tag?: string; attrs?: Record<string, string>; id?: string; ownText?: string; labels?: (self: object) => FakeNode[]; byId?: (self: object) => Record<string, FakeNode> }): HTMLElement {
  const attrs = opts.attrs ?? {};
  const self: Record<string, unknown> = {
    localName: opts.tag ?? 'input',
    id: opts.id ?? '',
    isContentEditable: false,
    parentElement: null,
    readOnly: false,
    disabled: false,
    textContent: opts.ownText ?? '',
    getAttribute: (name: string) => attrs[name] ?? null,
  };
  const byId = opts.byId?.(self) ?? {};
  self.labels = opts.labels?.(self) ?? [];
  self.getRootNode = () => ({ getElementById: (id: string) => byId[id] ?? null });
  return self as unknown as HTMLElement;
}

describe('factsOf: the names a person reads beside a field', () => {
  it('never takes a field whose <label> says it is for a card or a password, whatever its attributes say', () => {
    // <label for="f3">Card number</label><input id="f3">
    expect(isEligibleField(factsOf(fakeField({ id: 'f3', labels: () => [textNode('Card number')] })))).toBe(false);
    expect(isEligibleField(factsOf(fakeField({ id: 'f4', labels: () => [textNode('Name on card')] })))).toBe(false);
    expect(isEligibleField(factsOf(fakeField({ id: 'f5', labels: () => [textNode('Choose a password')] })))).toBe(false);
  });

  it('never takes a field named by aria-labelledby as a card or a security code', () => {
    const byId = () => ({ a: textNode('Payment'), b: textNode('Security code') });
    expect(isEligibleField(factsOf(fakeField({ attrs: { 'aria-labelledby': 'a  b' }, byId })))).toBe(false);
    expect(isEligibleField(factsOf(fakeField({ attrs: { 'aria-labelledby': 'a' }, byId })))).toBe(true);
    // An id that points nowhere changes nothing.
    expect(isEligibleField(factsOf(fakeField({ attrs: { 'aria-labelledby': 'gone' }, byId })))).toBe(true);
  });

  it('takes a message field with an ordinary label, and leaves a wrapped field’s own words out of its label', () => {
    expect(isEligibleField(factsOf(fakeField({ tag: 'textarea', labels: () => [textNode('Message')] })))).toBe(true);
    // <label>Message <textarea>Thanks for the card</textarea></label>: the default text is the field's, not its name.
    const wrapped = fakeField({ tag: 'textarea', ownText: 'Thanks for the card', labels: (self) => [textNode('Message Thanks for the card', [self])] });
    expect(isEligibleField(factsOf(wrapped))).toBe(true);
  });
});
