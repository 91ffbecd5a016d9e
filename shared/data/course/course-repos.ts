import type { CheckIn } from '../../domain/practice/checkin.ts';
import type { WeekProgress } from '../../domain/course/course-progress.ts';
import type { JournalEntry } from '../../domain/course/journal.ts';
import type { StarAssessment } from '../../domain/practice/supporter-star.ts';
import { recordStore } from '../record-store.ts';

/** Where the reader is in each week (id `week-N`). */
export const progressRepo = recordStore<'progress', WeekProgress>('progress');

/** Reflections, practice notes, conversation reflections and notes. */
export const journalRepo = recordStore<'journal', JournalEntry>('journal', 'by-updated');

/** Weekly check-ins. */
export const checkinsRepo = recordStore<'checkins', CheckIn>('checkins');

/** Supporter star assessments. */
export const starRepo = recordStore<'star', StarAssessment>('star');
