import { matchRoute } from './routes.ts';

/**
 * Starts fetching the first screen's code at once. Imported first by main.ts, so this runs
 * before the shell's own modules (Lit, storage, the lock) are evaluated: the screen's files
 * come over the network while that work runs, instead of after it. The shell asks for the same
 * module when it connects and gets this same download; if it fails, the shell shows why.
 */
void matchRoute(location.pathname)
  ?.route.load()
  .catch(() => undefined);
