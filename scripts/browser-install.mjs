// What finding a browser for the tests shares, whichever browser: the first path that exists,
// installing Debian's packages when we can, and saying plainly what to install when we can't.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** The first of `paths` (unset ones skipped) that exists, or undefined. */
export function firstExisting(paths) {
  return paths.find((p) => p && existsSync(p));
}

/** True when we are root on a machine with apt-get (Debian/Ubuntu): then the tests install what they need. */
export function canInstallFromDebian() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

/** Installs Debian's `packages` (a space-separated list), saying so first; a failure is left to the caller to notice. */
export function installFromDebian(packages, howLong) {
  console.log(`Installing Debian's ${packages} (${howLong})…`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
  } catch {
    // The caller looks for the browser again and explains if it is still missing.
  }
}

/** Says what is missing and how to get it, then stops the run. */
export function stopForMissing(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}
