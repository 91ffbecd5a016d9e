import { describe, expect, it } from 'vitest';
import { isEligibleField, type FieldFacts } from '../../../../extension/content/field.ts';

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
