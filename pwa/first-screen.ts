import { fetchScreen, matchRoute } from './routes.ts';

/**
 * Starts fetching the first screen's code at once. Imported first by main.ts, so this runs
 * before the shell's own modules (Lit, storage, the lock) are evaluated: the screen's files
 * come over the network while that work runs, instead of after it. The shell asks for the same
 * module when it connects and gets this same download; if it fails, the shell shows why.
 * The same goes for the content the screen will read (`warm`), such as a lesson's week.
 */
const first = matchRoute(location.pathname);
if (first) void fetchScreen(first).catch(() => undefined);
