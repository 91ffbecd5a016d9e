/**
 * The course this build of the extension trusts, as vite.config.ts checked it at build time
 * (extension/course-origin.ts), for the extension's own code.
 */

/** The course's origin (the only one that may link). */
export const COURSE_ORIGIN: string = import.meta.env.VITE_PWA_ORIGIN || 'http://localhost:4173';

/** A development build (ALONGSIDE_DEV_BUILD=1): it may trust http://localhost, and says so. */
export const DEV_BUILD: boolean = import.meta.env.VITE_ALONGSIDE_DEV_BUILD === '1';
