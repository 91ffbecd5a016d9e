import { describe, expect, it } from 'vitest';
import { CRISIS_HELP } from '../../../shared/content/crisis-lines.ts';
import { SUPPORTS, SUPPORT_KINDS, supportsByKind, supportsFor, telHref } from '../../../shared/content/supports/index.ts';
import { week as week7 } from '../../../shared/content/weeks/week-7.ts';
import { readingGrade } from '../../support/readability.ts';

const TODAY = new Date();
const ENTRIES = SUPPORTS.flatMap((c) => c.supports.map((s) => ({ where: `${c.code}: ${s.name}`, ...s })));

function isHttps(text: string | undefined): boolean {
  try {
    const url = new URL(text ?? '');
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function isRealPastDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text && date.getTime() <= TODAY.getTime();
}

describe('local supports: every organisation is checked and reachable', () => {
  it('lists organisations for every country the crisis lines cover, and no other', () => {
    // Argentina, Colombia and Chile came with their help lines first; their family organisations
    // are still to be researched. Listed here so the gap stays visible and cannot grow quietly.
    const awaitingSupports = ['AR', 'CO', 'CL'];
    expect(SUPPORTS.map((c) => c.code)).toEqual(CRISIS_HELP.map((c) => c.code).filter((c) => !awaitingSupports.includes(c)));
    expect(SUPPORTS.filter((c) => c.supports.length === 0).map((c) => c.code)).toEqual([]);
  });

  it('gives every organisation an https source', () => {
    expect(ENTRIES.filter((e) => !isHttps(e.source)).map((e) => `${e.where}: ${e.source}`)).toEqual([]);
  });

  it('gives every organisation a real check date, not in the future', () => {
    expect(ENTRIES.filter((e) => !isRealPastDate(e.checkedOn)).map((e) => `${e.where}: ${e.checkedOn}`)).toEqual([]);
  });

  it('links only to https websites', () => {
    expect(ENTRIES.filter((e) => e.website !== undefined && !isHttps(e.website)).map((e) => `${e.where}: ${e.website}`)).toEqual([]);
  });

  it('writes phone numbers as digits, spaces and dashes only, and dials exactly those digits', () => {
    const phones = ENTRIES.filter((e) => e.phone !== undefined);
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.filter((e) => !/^\d[\d -]*\d$/.test(e.phone!)).map((e) => `${e.where}: ${e.phone}`)).toEqual([]);
    expect(telHref('1-800-950-6264')).toBe('tel:18009506264');
  });

  it('says how to reach every organisation', () => {
    expect(ENTRIES.filter((e) => !e.website && !e.phone && !e.howToReach?.trim()).map((e) => e.where)).toEqual([]);
  });

  it('says what each offers in one or two short, plain sentences', () => {
    const long = ENTRIES.filter((e) => (e.offer.match(/[.!?](\s|$)/g) ?? []).length > 2 || e.offer.length > 240);
    expect(long.map((e) => e.where)).toEqual([]);
    expect(readingGrade(ENTRIES.map((e) => e.offer).join(' '))).toBeLessThanOrEqual(10);
  });

  it('names each organisation once per country, and leaves nothing unfinished', () => {
    for (const c of SUPPORTS) {
      const names = c.supports.map((s) => s.name);
      expect(new Set(names).size, c.code).toBe(names.length);
    }
    expect(JSON.stringify(SUPPORTS)).not.toMatch(/TODO|lorem/i);
  });

  it('groups a country by kind in the page order, leaving out kinds it has none of', () => {
    const groups = supportsByKind(supportsFor('US')!);
    expect(groups.map((g) => g.kind)).toEqual(SUPPORT_KINDS.filter((k) => groups.some((g) => g.kind === k)));
    expect(groups.every((g) => g.supports.length > 0)).toBe(true);
    expect(groups.flatMap((g) => g.supports)).toHaveLength(supportsFor('US')!.supports.length);
    expect(supportsFor('elsewhere')).toBeUndefined();
  });

  it('is linked from week 7, where it talks about finding help where you live', () => {
    const section = week7.sections.find((s) => s.id === 'finding-help-locally');
    expect(section?.blocks).toContainEqual({ kind: 'link', href: '/support', label: 'Find support in your country' });
  });
});
