import { DEFAULT_PACING, type Pacing, type WeekProgress } from '../../domain/course/course-progress.ts';
import type { Profile } from '../../domain/course/profile.ts';
import { progressRepo } from './course-repos.ts';
import { settingsRepo } from '../settings-repo.ts';

/** What the course screens need to know about the reader, read in one go. */
export interface CourseState {
  profile: Profile | undefined;
  onboarded: boolean;
  pacing: Pacing;
  /** Week number → progress. */
  progress: Map<number, WeekProgress>;
}

/** Reads the reader's profile, pacing and progress. */
export async function loadCourseState(): Promise<CourseState> {
  const [profile, onboarded, pacing, progress] = await Promise.all([
    settingsRepo.get('profile', null),
    settingsRepo.get('onboarded', false),
    settingsRepo.get('pacing', DEFAULT_PACING),
    progressRepo.list(),
  ]);
  return { profile: profile ?? undefined, onboarded, pacing, progress: new Map(progress.map((p) => [p.week, p])) };
}

/** Id of a week's progress record. */
export function progressId(week: number): string {
  return `week-${week}`;
}
