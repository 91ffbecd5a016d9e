/**
 * The weekly check-in's scale words in English, so no number stands alone. The Spanish is in
 * checkin-words-es.ts, with the same shape.
 */
export interface CheckinWords {
  /** Stress, 1 to 5: from very calm to very stressed. */
  stress: readonly [string, string, string, string, string];
  /** Hope, 1 to 5: from very little to a lot. */
  hope: readonly [string, string, string, string, string];
}

export const CHECKIN_WORDS_EN: CheckinWords = {
  stress: ['Very calm', 'Calm', 'Some stress', 'Stressed', 'Very stressed'],
  hope: ['Very little hope', 'A little hope', 'Some hope', 'Hopeful', 'Very hopeful'],
};
