/**
 * Writes shared/content/cues/lexicon-en-prefixes.json and help-lexicon-es-prefixes.json: the
 * prefixes each rule (English, and the Spanish help rules) is indexed by, the index they make (cue-prefix-index.ts), and the words each rule's matches
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
import { helpOnlyLexiconEs } from '../shared/content/cues/help-lexicon-es.ts';
import { lexiconEn } from '../shared/content/cues/lexicon-en.ts';
import type { CueLexicon } from '../shared/content/cues/lexicon-types.ts';
import { lexiconPatterns } from '../shared/domain/nudge/cue-pattern-source.ts';
import { computeRulePrefixes } from '../shared/domain/nudge/cue-rule-index.ts';
import { buildPrefixCache } from '../shared/domain/nudge/cue-prefix-index.ts';
import { requiredWords } from '../shared/domain/nudge/cue-required-words.ts';

function writeCache(lexicon: CueLexicon, name: string): void {
  const cache = buildPrefixCache(lexiconPatterns(lexicon), computeRulePrefixes, requiredWords);
  const file = fileURLToPath(new URL(`../shared/content/cues/${name}`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(cache)}\n`);
  process.stdout.write(`wrote ${file}: ${cache.keys.length} rules, ${cache.prefixes.split('\n').length} prefixes\n`);
}

writeCache(lexiconEn, 'lexicon-en-prefixes.json');
writeCache(helpOnlyLexiconEs, 'help-lexicon-es-prefixes.json');
