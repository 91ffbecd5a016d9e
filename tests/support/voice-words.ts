/**
 * The words VOICE.md (../shared/VOICE.md, "Words") asks us never to use about people, as
 * patterns the content tests run over every text a reader or a group can see.
 *
 * Each pattern aims at the harmful use only, so plain English stays free: "patient" as in
 * calm is fine, "your patient" is not; "clean up the mess" is housework, "stay clean" is
 * judging; "not a failure" is how VOICE.md itself reframes a setback.
 */
export const AVOIDED_WORDS: readonly { avoid: string; pattern: RegExp }[] = [
  { avoid: 'addict, junkie, druggie, alcoholic', pattern: /\b(?:addicts?|junkies?|druggies?|alcoholics?)\b/i },
  { avoid: 'a drunk (as a label)', pattern: /\b(?:a|the|an|old|town) drunk\b|\bdrunks\b|['‘"“]drunk['’"”]/i },
  { avoid: 'user(s), for people who use drugs', pattern: /\busers?\b/i },
  { avoid: 'abuser, substance abuse', pattern: /\babusers?\b|\b(?:substance|drug|alcohol) abuse\b/i },
  { avoid: 'a schizophrenic', pattern: /\bschizophrenics?\b/i },
  { avoid: 'bipolar as a noun', pattern: /\b(?:a|the|is|are|was|being) bipolar\b(?! disorder)|\bbipolars\b/i },
  { avoid: 'crazy, psycho, insane, mental case, lunatic, nutter', pattern: /\b(?:crazy|psychos?|insane|mental cases?|lunatics?|nutters?|loony|loonies)\b/i },
  { avoid: 'clean (for sober)', pattern: /\bclean\b(?!\s+(?:up|the|out|away|your|their|his|her|it|them|hands?|clothes|sheets)\b)/i },
  { avoid: 'dirty (for using)', pattern: /\bdirty\b(?!\s+(?:dishes|clothes|laundry|plates|cups)\b)/i },
  { avoid: 'fell off the wagon', pattern: /\b(?:fell|falls?|falling|fallen) off the wagon\b|\bon the wagon\b/i },
  { avoid: 'failed, failure (for a setback)', pattern: /(?<!(?:\bnot|n['’]t|\bnever|\bno)\b[^.!?]{0,30})\bfail(?:ed|ure|ures|s)?\b/i },
  { avoid: 'committed suicide', pattern: /\bcommit(?:s|ted|ting)? suicide\b/i },
  { avoid: 'rehab (said as a threat, or at all)', pattern: /\brehab\b/i },
  { avoid: 'your addict, your patient, the sufferer', pattern: /\b(?:your|the|a) patients?\b|\bsufferers?\b|\byour addict\b/i },
];

/**
 * Quoted teaching examples: the text names an avoided word *as one to drop*. Each entry is an
 * exact passage, with why it may stay; an entry that no longer matches anything fails the test,
 * so the list cannot quietly grow stale.
 */
export const TEACHING_EXAMPLES: readonly { passage: string; why: string }[] = [
  {
    passage: "Words like 'lazy', 'liar' or 'drunk' stick.",
    why: 'Week 4 names "drunk" as a label that sticks, to help the reader stop using it.',
  },
];

/** Every avoided word in `text`, as "word (what VOICE.md asks)", skipping allowed teaching examples. */
export function avoidedWordsIn(text: string): string[] {
  let t = text;
  for (const { passage } of TEACHING_EXAMPLES) t = t.split(passage).join(' ');
  return AVOIDED_WORDS.flatMap(({ avoid, pattern }) => {
    const m = t.match(pattern);
    return m ? [`"${m[0]}" (avoid: ${avoid})`] : [];
  });
}

/** Every string inside a piece of content, with where it is: prose, lists, ids and all. */
export function stringsIn(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${where}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${where}.${k}`));
  return [];
}
