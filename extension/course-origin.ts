/**
 * Which course (the PWA's origin) a build of the extension trusts to link with it, from the
 * build's settings. Runs in Node, at build time (vite.config.ts and the manifest).
 *
 * A production build trusts only an `https://` origin named in VITE_PWA_ORIGIN: any page
 * served from a trusted origin may ask to link, so a forgotten setting must stop the build
 * rather than quietly trust whatever runs on a local port. A development build
 * (ALONGSIDE_DEV_BUILD=1, set by `npm start`, `npm test` and `npm run bench`) may also trust
 * `http://localhost` on any port, and the extension says so in its popup and options.
 */

/** The port `vite preview` uses: a development build trusts it when no origin is set. */
const DEV_DEFAULT_ORIGIN = 'http://localhost:4173';

/** What the build trusts, and whether it is a development build. */
export interface CourseOrigin {
  origin: string;
  devBuild: boolean;
}

/** The environment variables this reads (process.env at build time). */
export interface CourseOriginEnv {
  VITE_PWA_ORIGIN?: string;
  ALONGSIDE_DEV_BUILD?: string;
}

const HOW_TO_SET =
  'Set VITE_PWA_ORIGIN to the https:// address the course is served from, for example:\n' +
  '  VITE_PWA_ORIGIN=https://alongside.example.org npm run build\n' +
  'To try it on this computer instead, run `npm start` (a development build that trusts http://localhost),\n' +
  'or build with ALONGSIDE_DEV_BUILD=1.';

/** The course origin a build trusts; throws with what to set when the settings are not safe. */
export function courseOrigin(env: CourseOriginEnv): CourseOrigin {
  const devBuild = env.ALONGSIDE_DEV_BUILD === '1';
  const asked = env.VITE_PWA_ORIGIN?.trim();
  if (!asked) {
    if (devBuild) return { origin: DEV_DEFAULT_ORIGIN, devBuild };
    throw new Error(`Alongside: a production build needs the course's origin, and none is set.\n${HOW_TO_SET}`);
  }
  let url: URL;
  try {
    url = new URL(asked);
  } catch {
    throw new Error(`Alongside: VITE_PWA_ORIGIN="${asked}" is not an address.\n${HOW_TO_SET}`);
  }
  // An origin only: the manifest's match pattern and the sender check compare whole origins.
  if (url.origin !== asked) {
    throw new Error(`Alongside: VITE_PWA_ORIGIN="${asked}" must be an origin only (scheme, host and port, no path or trailing slash), for example ${url.origin}.`);
  }
  if (url.protocol === 'https:') return { origin: asked, devBuild };
  if (url.protocol === 'http:' && url.hostname === 'localhost') {
    if (devBuild) return { origin: asked, devBuild };
    throw new Error(
      `Alongside: VITE_PWA_ORIGIN="${asked}" is http://, and a production build trusts only an https:// course.\n${HOW_TO_SET}`,
    );
  }
  throw new Error(`Alongside: VITE_PWA_ORIGIN="${asked}" must start with https:// (http://localhost only in a development build, ALONGSIDE_DEV_BUILD=1).\n${HOW_TO_SET}`);
}
