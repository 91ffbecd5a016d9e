/**
 * Writes shared/content/cues/lexicon-en-prefixes.json: the prefixes each English rule is
 * indexed by, the index they make (cue-prefix-index.ts), and the words each rule's matches
 * must hold (cue-required-words.ts), worked out once here instead of on every start of the
 * extension's background. Run after editing the lexicon:
 *
 *   npx tsx scripts/cue-prefix-cache.ts
 *
 * A stale file is safe (an edited rule's key no longer matches, so it is worked out
 * again), only slower; tests/unit/domain/nudge/cue-pattern-prefixes.test.ts says when.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexiconPatterns } from '../shared/domain/nudge/cue-pattern-source.ts';
import { computeRulePrefixes } from '../shared/domain/nudge/cue-rule-index.ts';
import { buildPrefixCache } from '../shared/domain/nudge/cue-prefix-index.ts';
import { requiredWords } from '../shared/domain/nudge/cue-required-words.ts';

const cache = buildPrefixCache(lexiconPatterns(), computeRulePrefixes, requiredWords);
const file = fileURLToPath(new URL('../shared/content/cues/lexicon-en-prefixes.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(cache)}\n`);
process.stdout.write(`wrote ${file}: ${cache.keys.length} rules, ${cache.prefixes.split("\n").length} prefixes\n`);
