import { recordStore } from '../record-store.ts';

/** Where the reader is in each week (id `week-N`). */
export const progressRepo = recordStore('progress');

/** Reflections, practice notes, conversation reflections and notes. */
export const journalRepo = recordStore('journal', 'by-updated');

/** Weekly check-ins. */
export const checkinsRepo = recordStore('checkins');

/** Supporter star assessments. */
export const starRepo = recordStore('star');
