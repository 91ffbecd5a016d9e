import type { Pacing } from './course-progress.ts';
import type { Profile } from './profile.ts';

/** Every setting's name and the type of its value. */
export interface SettingValues {
  /** Country code used to pick crisis lines first (e.g. "US", "GB"). */
  country: string;
  /** Who the reader supports and what they face; null when they skipped the question. */
  profile: Profile | null;
  /** True once "Getting started" was finished or skipped. */
  onboarded: boolean;
  /** How the course's weeks open. */
  pacing: Pacing;
}

/** A setting's name. */
export type SettingKey = keyof SettingValues;
