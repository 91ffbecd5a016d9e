import { describe, expect, it } from 'vitest';
import { ownWordsOfTree, ownWordsOfValue } from '../../../../extension/content/own-words.ts';
import { MAX_MESSAGE_CHARS } from '../../../../extension/messages.ts';

/*
 * Node has no DOM, so the rich editor is built from plain nodes with the fields a DOM node
 * has (the walk reads nothing else). The real editor is checked in
 * tests/e2e/extension/quoted-thread.spec.ts.
 */
interface FakeNode {
  nodeType: number;
  localName?: string;
  data?: string;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  parentNode: FakeNode | null;
  childNodes: FakeNode[];
  attrs?: Record<string, string>;
  getAttribute?(name: string): string | null;
}

function text(data: string): FakeNode {
  return { nodeType: 3, data, firstChild: null, nextSibling: null, parentNode: null, childNodes: [] };
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (FakeNode | string)[]): FakeNode {
  const node: FakeNode = { nodeType: 1, localName: tag, attrs, firstChild: null, nextSibling: null, parentNode: null, childNodes: [], getAttribute: (n) => attrs[n] ?? null };
  const kids = children.map((c) => (typeof c === 'string' ? text(c) : c));
  kids.forEach((kid, i) => {
    kid.parentNode = node;
    kid.nextSibling = kids[i + 1] ?? null;
  });
  node.childNodes = kids;
  node.firstChild = kids[0] ?? null;
  return node;
}

const editor = (...children: (FakeNode | string)[]): FakeNode => el('div', { contenteditable: 'true' }, ...children);
const own = (root: FakeNode): string => ownWordsOfTree(root, null, 0).text;

/** A thread so long that reading it would show: every line a hard one. */
function longThread(): FakeNode[] {
  return Array.from({ length: 2_000 }, (_, i) => el('div', {}, `You never listen, this is your last chance (${i})!!!`));
}

describe('own words in a rich editor', () => {
  it('reads typed lines with a break at each block and <br>, as the person sees them', () => {
    expect(own(editor('Hi Sam,', el('div', {}, 'See you ', el('b', {}, 'Sunday'), '.'), el('div', {}, el('br')), el('div', {}, 'Love, Jo')))).toBe('Hi Sam,\nSee you Sunday.\n\nLove, Jo\n');
    expect(own(editor('one', el('br'), 'two'))).toBe('one\ntwo');
    expect(own(editor(el('style', {}, '.x{color:red}'), 'seen'))).toBe('seen');
  });

  it('stops at the quoted thread or signature each webmail marks up', () => {
    const cases: FakeNode[] = [
      el('blockquote', {}, 'quoted'),
      el('div', { class: 'gmail_quote gmail_quote_container' }, el('div', { class: 'gmail_attr' }, 'On Mon, Sam wrote:'), el('blockquote', {}, 'quoted')),
      el('div', { class: 'gmail_signature', 'data-smartmail': 'gmail_signature' }, 'Jo Bloggs'),
      el('div', { type: 'cite' }, 'quoted'),
      el('div', { class: 'moz-cite-prefix' }, 'On 5/12/2026 Sam wrote:'),
      el('div', { id: 'divRplyFwdMsg' }, 'From: Sam Sent: Monday'),
      el('div', { id: 'appendonsend' }),
      el('div', { class: 'yahoo_quoted' }, 'quoted'),
      el('div', { class: 'protonmail_quote' }, 'quoted'),
    ];
    for (const thread of cases) expect(own(editor(el('div', {}, 'My reply.'), thread, el('div', {}, 'after')))).toBe('My reply.\n');
  });

  it('stops at the lines that begin a thread or signature when an editor marks nothing up', () => {
    const reply = (...lines: string[]): string => own(editor(...['My reply.', ...lines, 'You never listen!!!'].map((l) => el('div', {}, l))));
    expect(reply('On Mon, 5 Dec 2026 at 10:02, Sam <sam@example.com> wrote:')).toBe('My reply.\n');
    expect(reply('On Mon, 5 Dec 2026 at 10:02, Sam <sam@example.com>', 'wrote:')).toBe('My reply.\n');
    expect(reply('> You never listen')).toBe('My reply.\n');
    expect(reply('-----Original Message-----')).toBe('My reply.\n');
    expect(reply('---------- Forwarded message ---------')).toBe('My reply.\n');
    expect(reply('From: Sam Smith', 'Sent: Monday, 5 December 2026 10:02')).toBe('My reply.\n');
    expect(reply('-- ')).toBe('My reply.\n');
    // A plaintext-only editor keeps its line breaks in the text itself.
    expect(own(editor('My reply.\nOn Mon, Sam wrote:\n> quoted'))).toBe('My reply.\n');
  });

  it('keeps the person’s own words that only look a little like a thread', () => {
    const words = ['On Sunday we could walk to the river.', 'Sam wrote: a lovely card.', 'From: the bottom of my heart', '-- and then we left', 'I said -> no'];
    expect(own(editor(...words.map((l) => el('div', {}, l))))).toBe(`${words.join('\n')}\n`);
  });

  it('never walks into a long thread below the reply', () => {
    const thread = el('div', { class: 'gmail_quote' }, ...longThread());
    let visited = 0;
    const counting = (n: FakeNode): FakeNode => {
      for (const c of n.childNodes) counting(c);
      const first = n.firstChild;
      Object.defineProperty(n, 'firstChild', { get: () => (visited++, first) });
      return n;
    };
    counting(thread);
    expect(own(editor('I need you to stop.', thread))).toBe('I need you to stop.');
    expect(visited).toBe(0);
  });

  it('gives the caret in the own words: in a text node, between children, at the end', () => {
    const typed = text('Hello there');
    const root = editor(el('div', {}, typed), el('div', {}, 'Bye'), el('blockquote', {}, 'quoted'));
    expect(ownWordsOfTree(root, typed, 5)).toEqual({ text: 'Hello there\nBye\n', caret: 5 });
    const line = root.childNodes[1]!;
    expect(ownWordsOfTree(root, line, 0).caret).toBe('Hello there\n'.length);
    expect(ownWordsOfTree(root, line, 1).caret).toBe('Hello there\nBye'.length);
    const plain = editor('Hi', el('br'), 'you');
    expect(ownWordsOfTree(plain, plain, 3).caret).toBe('Hi\nyou'.length);
    expect(ownWordsOfTree(plain, plain, 0).caret).toBe(0);
  });

  it('gives no caret when it is in the quoted thread (the person is not writing there)', () => {
    const quoted = text('quoted words');
    const root = editor(el('div', {}, 'My reply.'), el('blockquote', {}, quoted));
    expect(ownWordsOfTree(root, quoted, 3)).toEqual({ text: 'My reply.\n', caret: undefined });
  });

  it('reads a message with no thread only as far as would be sent', () => {
    const root = editor(...longThread(), ...longThread());
    const { text: read } = ownWordsOfTree(root, null, 0);
    expect(read.length).toBeGreaterThanOrEqual(MAX_MESSAGE_CHARS);
    expect(read.length).toBeLessThan(MAX_MESSAGE_CHARS + 200);
  });
});

describe('own words in a plain field', () => {
  const thread = `On Mon, 5 Dec 2026 at 10:02, Sam <sam@example.com> wrote:\n${'> You never listen, this is your last chance!!!\n'.repeat(1_500)}`;

  it('stops at "On … wrote:", "> " lines, an original message or a signature', () => {
    expect(ownWordsOfValue(`Sounds good, see you then.\n\n${thread}`, 3)).toEqual({ text: 'Sounds good, see you then.\n\n', caret: 3 });
    expect(ownWordsOfValue('Fine.\n> you never listen', undefined).text).toBe('Fine.\n');
    expect(ownWordsOfValue('Fine.\n-----Original Message-----\nFrom: Sam', undefined).text).toBe('Fine.\n');
    expect(ownWordsOfValue('Fine.\nFrom: Sam\nSent: Monday\nYou never listen', undefined).text).toBe('Fine.\n');
    expect(ownWordsOfValue('Fine.\n-- \nJo', undefined).text).toBe('Fine.\n');
    expect(ownWordsOfValue('Fine.\nOn Monday, Sam\nwrote:\n> x', undefined).text).toBe('Fine.\n');
  });

  it('reads the whole of a message with no thread, and the caret in it', () => {
    expect(ownWordsOfValue('On Sunday we walk.\nSam wrote: hi', 4)).toEqual({ text: 'On Sunday we walk.\nSam wrote: hi', caret: 4 });
    expect(ownWordsOfValue('', 0)).toEqual({ text: '', caret: 0 });
  });

  it('gives no caret when it is below the thread’s start', () => {
    const value = `Hi\n${thread}`;
    expect(ownWordsOfValue(value, value.length)).toEqual({ text: 'Hi\n', caret: undefined });
  });
});
