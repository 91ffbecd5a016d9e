// Do not modify this file by hand!
// Re-generate this file by running npm run localize (scripts/split-strings.ts).

/** Each language's interface strings for the course: the shell's, and each screen's own, by tag. */
export const STRINGS_BY_SCREEN = {
  es: {
    shell: () => import('./es/shell.ts'),
    'al-home-page': () => import('./es/al-home-page.ts'),
    'al-boundaries-page': () => import('./es/al-boundaries-page.ts'),
    'al-help-page': () => import('./es/al-help-page.ts'),
    'al-find-support-page': () => import('./es/al-find-support-page.ts'),
    'al-journal-page': () => import('./es/al-journal-page.ts'),
    'al-checkin-page': () => import('./es/al-checkin-page.ts'),
    'al-star-page': () => import('./es/al-star-page.ts'),
    'al-toolkit-page': () => import('./es/al-toolkit-page.ts'),
    'al-patterns-page': () => import('./es/al-patterns-page.ts'),
    'al-prompts-page': () => import('./es/al-prompts-page.ts'),
    'al-practice-page': () => import('./es/al-practice-page.ts'),
    'al-plans-page': () => import('./es/al-plans-page.ts'),
    'al-plan-page': () => import('./es/al-plan-page.ts'),
    'al-rehearse-page': () => import('./es/al-rehearse-page.ts'),
    'al-start-page': () => import('./es/al-start-page.ts'),
    'al-outline-page': () => import('./es/al-outline-page.ts'),
    'al-lesson-page': () => import('./es/al-lesson-page.ts'),
    'al-crisis-plan-page': () => import('./es/al-crisis-plan-page.ts'),
    'al-safety-plan-page': () => import('./es/al-safety-plan-page.ts'),
    'al-settings-page': () => import('./es/al-settings-page.ts'),
    'al-lock-page': () => import('./es/al-lock-page.ts'),
    'al-backup-page': () => import('./es/al-backup-page.ts'),
    'al-privacy-page': () => import('./es/al-privacy-page.ts'),
    'al-handout-page': () => import('./es/al-handout-page.ts'),
    'al-facilitate-page': () => import('./es/al-facilitate-page.ts'),
    'al-facilitate-session-page': () => import('./es/al-facilitate-session-page.ts'),
    'al-facilitate-present-page': () => import('./es/al-facilitate-present-page.ts'),
    'al-join-page': () => import('./es/al-join-page.ts'),
    'al-class-page': () => import('./es/al-class-page.ts'),
    'al-share-page': () => import('./es/al-share-page.ts'),
  },
} as const;
