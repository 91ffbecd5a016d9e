/**
 * Writes shared/content/cues/lexicon-en-prefixes.json: the prefixes each English rule is
 * indexed by, worked out once here instead of on every start of the extension's
 * background (that was most of compiling the lexicon). Run after editing the lexicon:
 *
 *   npx tsx scripts/cue-prefix-cache.ts
 *
 * A stale file is safe (an edited rule's key no longer matches, so it is worked out
 * again), only slower; tests/unit/domain/cue-pattern-prefixes.test.ts says when.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeRulePrefixes, lexiconPatterns, prefixCacheKey } from '../shared/domain/cue-detector.ts';

const entries: Record<string, string[] | null> = {};
for (const pattern of lexiconPatterns()) {
  const prefixes = computeRulePrefixes(pattern);
  // Half an emoji (a prefix cut between two UTF-16 units) is not valid in every JSON
  // reader; those few rules are cheap to work out at start.
  if (prefixes && [...prefixes].some((p) => /[\uD800-\uDFFF]/.test(p) && !p.isWellFormed())) continue;
  entries[prefixCacheKey(pattern)] = prefixes === null ? null : [...prefixes].sort();
}
const file = fileURLToPath(new URL('../shared/content/cues/lexicon-en-prefixes.json', import.meta.url));
writeFileSync(file, `${JSON.stringify({ entries })}\n`);
process.stdout.write(`wrote ${file}: ${Object.keys(entries).length} rules\n`);
