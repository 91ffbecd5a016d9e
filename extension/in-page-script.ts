/**
 * Where the built in-page script lives inside the extension: one self-contained classic
 * script (vite.config.ts builds it), registered and injected by path (site-access.ts).
 * It is not web-accessible, so no site can fetch it to learn that Alongside is installed.
 */
export const IN_PAGE_SCRIPT = 'content/alongside-in-page.js';

/**
 * Firefox only: the course's bridge, one classic script like the in-page one, registered on
 * the course's origin alone once the person links there (extension/course-bridge/).
 */
export const COURSE_BRIDGE_SCRIPT = 'content/alongside-course-bridge.js';
