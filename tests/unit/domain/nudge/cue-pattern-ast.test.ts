import { describe, expect, it } from 'vitest';
import { classChars, parsePattern } from '../../../../shared/domain/nudge/cue-pattern-ast.ts';
import { lexiconPatterns } from '../../../../shared/domain/nudge/cue-pattern-source.ts';

const char = (c: string) => ({ t: 'char', c });
/** A pattern of one piece: a sequence of one. */
const one = (node: object) => ({ t: 'seq', items: [node] });

describe('parsePattern', () => {
  it('reads sequences, alternations and quantifiers, lazy or not', () => {
    expect(parsePattern('ab|c')).toEqual({ t: 'alt', options: [{ t: 'seq', items: [char('a'), char('b')] }, { t: 'seq', items: [char('c')] }] });
    expect(parsePattern('a?b*?c+d{2}e{1,}f{0,3}')).toEqual({
      t: 'seq',
      items: [
        { t: 'rep', node: char('a'), min: 0, max: 1 },
        { t: 'rep', node: char('b'), min: 0, max: Infinity },
        { t: 'rep', node: char('c'), min: 1, max: Infinity },
        { t: 'rep', node: char('d'), min: 2, max: 2 },
        { t: 'rep', node: char('e'), min: 1, max: Infinity },
        { t: 'rep', node: char('f'), min: 0, max: 3 },
      ],
    });
  });

  it('reads a group as what it holds, and a lookaround or anchor as taking no room', () => {
    expect(parsePattern('(?:a)(b)(?<n>c)')).toEqual({ t: 'seq', items: ['a', 'b', 'c'].map((c) => ({ t: 'seq', items: [char(c)] })) });
    expect(parsePattern('^(?=a)(?!b)(?<=c)(?<!d)\\b\\B$')).toEqual({ t: 'seq', items: Array(8).fill({ t: 'empty' }) });
  });

  it('reads classes as code points, with class escapes left unread', () => {
    expect(parsePattern('[a-c\\-\\n😀]')).toEqual(
      one({ t: 'class', negated: false, items: [{ from: 97, to: 99 }, { from: 45, to: 45 }, { from: 10, to: 10 }, { from: 0x1f600, to: 0x1f600 }] }),
    );
    expect(parsePattern('[^\\]x]')).toEqual(one({ t: 'class', negated: true, items: [{ from: 93, to: 93 }, { from: 120, to: 120 }] }));
    expect(parsePattern('[\\p{L}\\d-]')).toEqual(one({ t: 'class', negated: false, items: [null, null, { from: 45, to: 45 }] }));
    expect(parsePattern('\\d')).toEqual(one({ t: 'class', negated: false, items: [{ from: 48, to: 57 }] }));
  });

  it('keeps an emoji one character, and reads what it cannot spell out as any', () => {
    expect(parsePattern('😀+')).toEqual(one({ t: 'rep', node: char('😀'), min: 1, max: Infinity }));
    for (const any of ['.', '\\s', '\\W', '\\p{Lu}', '\\u{1F600}', '\\u00e9', '\\x41', '\\cJ', '\\1']) expect(parsePattern(any)).toEqual(one({ t: 'any' }));
    expect(parsePattern('\\.\\t')).toEqual({ t: 'seq', items: [char('.'), char('\t')] });
  });

  it('throws on a group left open or closed twice', () => {
    expect(() => parsePattern('(ab')).toThrow(/Unclosed group/);
    expect(() => parsePattern('ab)')).toThrow(/Unexpected "\)"/);
  });

  it('reads every English rule', () => {
    for (const pattern of lexiconPatterns()) expect(() => parsePattern(pattern)).not.toThrow();
  });
});

describe('classChars', () => {
  it('spells a class item out, unless it is wider than asked or a class escape', () => {
    expect(classChars({ from: 97, to: 99 }, 64)).toEqual(['a', 'b', 'c']);
    expect(classChars({ from: 97, to: 99 }, 1)).toBeNull();
    expect(classChars(null, 64)).toBeNull();
  });
});
