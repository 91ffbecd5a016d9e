import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fieldKit, type FocusedInsert } from '../../../../extension/content/field-kit.ts';

/*
 * The popup sends fieldKit into a tab as source text (chrome.scripting.executeScript), so it
 * must work with nothing from its module around it. Here its source runs in a fresh global
 * that has only the few DOM names a page gives it (stand-ins, as node has no DOM): a name
 * from outside its body would throw. The built extension is checked in
 * tests/e2e/extension/quick-prep-insert.spec.ts.
 */

class FakeHTMLElement {
  localName = 'div';
  id = '';
  isContentEditable = false;
  parentElement = null;
  textContent = '';
  isConnected = true;
  labels: unknown[] = [];
  heard: { type: string; inputType: string; data: string }[] = [];
  ownerDocument = { execCommand: () => false };
  constructor(private readonly attrs: Record<string, string> = {}) {}
  getAttribute(name: string): string | null {
    return this.attrs[name] ?? null;
  }
  getRootNode() {
    return { getElementById: () => null };
  }
  focus(): void {
    // The kit focuses the field before typing; this stand-in has no focus to move.
  }
  dispatchEvent(event: { type: string; inputType: string; data: string }): boolean {
    this.heard.push({ type: event.type, inputType: event.inputType, data: event.data });
    return true;
  }
}

class FakeInput extends FakeHTMLElement {
  override localName = 'input';
  value = '';
  selectionStart = 0;
  selectionEnd = 0;
  readOnly = false;
  disabled = false;
  setSelectionRange(start: number, end: number): void {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
  setRangeText(text: string, start: number, end: number): void {
    this.value = this.value.slice(0, start) + text + this.value.slice(end);
  }
}

class FakeTextArea extends FakeInput {
  override localName = 'textarea';
}

class FakeIFrame extends FakeHTMLElement {
  override localName = 'iframe';
}

/** Runs the kit's own source text in a fresh global, as the browser runs it in a tab. */
function runInTab(activeElement: unknown, words: string): FocusedInsert {
  const globals = {
    document: { activeElement },
    HTMLElement: FakeHTMLElement,
    HTMLInputElement: FakeInput,
    HTMLTextAreaElement: FakeTextArea,
    HTMLIFrameElement: FakeIFrame,
    HTMLFrameElement: class {},
    InputEvent: class {
      constructor(
        readonly type: string,
        init: { inputType: string; data: string },
      ) {
        Object.assign(this, init);
      }
    },
    Node: { TEXT_NODE: 3 },
  };
  return runInNewContext(`(${fieldKit.toString()})(${JSON.stringify(words)})`, globals) as FocusedInsert;
}

describe('fieldKit, run from its source text alone', () => {
  it('puts words at the cursor of the focused message field and tells the page, as typing would', () => {
    const box = new FakeTextArea();
    box.labels = [{ textContent: 'Message', contains: () => false }];
    box.value = 'Hi Sam. Talk soon.';
    box.setSelectionRange(7, 7);
    expect(runInTab(box, 'Can we talk tonight?')).toBe('inserted');
    expect(box.value).toBe('Hi Sam. Can we talk tonight? Talk soon.');
    expect(box.heard).toEqual([{ type: 'input', inputType: 'insertText', data: ' Can we talk tonight?' }]);
  });

  it('never writes in a password or card field, and says no message field has focus', () => {
    const password = new FakeInput({ type: 'password' });
    const card = new FakeInput({ autocomplete: 'cc-number' });
    const namedCard = new FakeInput();
    namedCard.labels = [{ textContent: 'Card number', contains: () => false }];
    for (const field of [password, card, namedCard]) {
      field.value = 'secret';
      expect(runInTab(field, 'Hello')).toBe('no-field');
      expect(field.value).toBe('secret');
      expect(field.heard).toEqual([]);
    }
  });

  it('says so when nothing has focus, or the focus is in a frame it cannot reach', () => {
    expect(runInTab(null, 'Hello')).toBe('no-field');
    expect(runInTab(new FakeHTMLElement(), 'Hello')).toBe('no-field');
    expect(runInTab(new FakeIFrame(), 'Hello')).toBe('in-frame');
  });

  it('gives the chip its parts without touching the page', () => {
    const kit = fieldKit();
    expect(kit.isEligibleField({ tag: 'textarea', type: '', editable: false, readOnly: false, disabled: false, hints: 'message' })).toBe(true);
    expect(kit.spaced('Hi', 'there', 'now')).toBe(' there ');
  });
});
