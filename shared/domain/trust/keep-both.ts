/**
 * Two versions of one text (this tab's and another tab's) as one, with nothing dropped: the
 * other tab's first, as it was saved first. When one already holds the other (this tab went
 * on typing after the other's words), that one alone is kept, so nothing shows twice.
 */
export function keepBoth(theirs: string, mine: string): string {
  const a = theirs.trim();
  const b = mine.trim();
  if (!a || b.includes(a)) return mine;
  if (!b || a.includes(b)) return theirs;
  return `${theirs.trimEnd()}\n\n${mine.trimStart()}`;
}
