/**
 * Where the built in-page script lives inside the extension: one self-contained classic
 * script (vite.config.ts builds it), registered and injected by path (site-access.ts).
 * It is not web-accessible, so no site can fetch it to learn that Alongside is installed.
 */
export const IN_PAGE_SCRIPT = 'content/alongside-in-page.js';
