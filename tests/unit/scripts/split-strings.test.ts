import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { templates as allSpanish } from '../../../shared/ui/base/locales/es.ts';
import { splitStrings } from '../../../scripts/split-strings.ts';

/**
 * The course's strings by screen (scripts/split-strings.ts): what `npm run localize` wrote is
 * current, the shell and each screen carry what they show, and no string of the course is
 * left out of every file (it would show in English in a Spanish course).
 */
const ids = (text: string): string[] => [...text.matchAll(/^ {2}'([^']+)': /gm)].map((m) => m[1]!);
const id = (english: string): string => generateMsgId(english, false);

describe('the course’s strings, split by screen', () => {
  // lit-localize reads every source file through TypeScript: seconds alone, more beside other tests.
  const files = splitStrings();
  const spanish = (part: string): string[] => ids(files.get(`pwa/strings/es/${part}.ts`) ?? '');

  it('is current: the files on disk are what `npm run localize` writes now, and there are no others', { timeout: 180_000 }, () => {
    const onDisk = readdirSync(resolve('pwa/strings/es')).map((f) => `pwa/strings/es/${f}`);
    expect(onDisk.sort()).toEqual([...files.keys()].filter((p) => p.startsWith('pwa/strings/es/')).sort());
    for (const [path, text] of files) expect(readFileSync(resolve(path), 'utf8'), `${path}: run npm run localize`).toBe(text);
  });

  it('puts what every screen shows in the shell, and a screen’s own strings with that screen', () => {
    // The header's link is on every screen; a lesson's step words only on a lesson.
    expect(spanish('shell')).toContain(id('Need help now?'));
    expect(spanish('shell')).not.toContain(id('Your supporter star'));
    expect(spanish('al-home-page')).toContain(id('Your supporter star'));
    // Reached through a lazy import (home's card for a joined class), still home's.
    expect(spanish('al-home-page')).toContain(id('See my class'));
    expect(spanish('al-journal-page')).not.toContain(id('Your supporter star'));
  });

  it('puts a string used in two places in both: the shell’s header and a lesson both say “Need help now?”', () => {
    // lit-localize keeps one file per message; the split must not (found by this test).
    expect(spanish('shell')).toContain(id('Need help now?'));
    expect(spanish('al-help-page').length).toBeGreaterThan(0);
  });

  it('holds only built Spanish: every string in a screen’s file is one of es.xlf’s', () => {
    for (const [path, text] of files) {
      if (!path.startsWith('pwa/strings/es/')) continue;
      for (const key of ids(text)) expect(Object.hasOwn(allSpanish, key), `${path}: ${key}`).toBe(true);
    }
  });
});
