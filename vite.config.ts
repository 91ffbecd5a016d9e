import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { VitePWA } from 'vite-plugin-pwa';
import { EXTENSION_ID } from './extension/extension-key.ts';
import { courseOrigin, type CourseOrigin } from './extension/course-origin.ts';
import { COURSE_BRIDGE_SCRIPT, IN_PAGE_SCRIPT } from './extension/in-page-script.ts';
import type { ExtensionBrowser } from './extension/browser-target.ts';
import { manifestFor } from './extension/manifest.config.ts';
import { contentSecurityPolicy, headersFile, headersForPath } from './pwa/security-headers.ts';
import { manifestPath, webManifest } from './pwa/web-manifest.ts';
import { tokenCss } from './shared/ui/base/tokens.ts';
import { hoistTransitiveImports } from './scripts/hoist-transitive-imports.ts';

/**
 * One config, two products:
 * - `vite build` → the PWA in dist/pwa (root: pwa/)
 * - `vite build --mode extension` → the MV3 extension for Chrome in dist/extension (inputs from its manifest)
 * - `vite build --mode extension-firefox` → the same extension for Firefox in dist/extension-firefox
 * All import the same code from shared/.
 */
/** Where builds go (ALONGSIDE_DIST moves them, so two builds and test runs can share a checkout). */
const DIST = process.env.ALONGSIDE_DIST ?? 'dist';
/** The extension's browser floor, per browser (its manifest's minimum versions). */
const EXTENSION_TARGET: Record<ExtensionBrowser, string> = { chrome: 'chrome116', firefox: 'firefox140' };

export default defineConfig(({ mode, command }): UserConfig => {
  // Checked before anything is built (the course's build too, so `npm run build` stops at
  // once): a production build trusts only an https:// course. Serving a build already made
  // (`vite preview`) checks nothing.
  if (mode === 'extension') return extensionConfig(courseOrigin(process.env), 'chrome');
  if (mode === 'extension-firefox') return extensionConfig(courseOrigin(process.env), 'firefox');
  if (command === 'build') courseOrigin(process.env);
  return pwaConfig();
});

function extensionConfig(course: CourseOrigin, browser: ExtensionBrowser): UserConfig {
  const define = {
    // The extension's code reads these through extension/built-course.ts and browser-target.ts.
    'import.meta.env.VITE_PWA_ORIGIN': JSON.stringify(course.origin),
    'import.meta.env.VITE_ALONGSIDE_DEV_BUILD': JSON.stringify(course.devBuild ? '1' : ''),
    'import.meta.env.VITE_ALONGSIDE_BROWSER': JSON.stringify(browser),
  };
  const target = EXTENSION_TARGET[browser];
  // Both browsers get the in-page script; Firefox also the course's bridge (Chrome lets the
  // course message the extension directly).
  const scripts = [classicScript('extension/content/main.ts', IN_PAGE_SCRIPT, target, define)];
  if (browser === 'firefox') scripts.push(classicScript('extension/course-bridge/bridge-script.ts', COURSE_BRIDGE_SCRIPT, target, define));
  return {
    define,
    root: '.',
    publicDir: 'extension/public',
    build: {
      outDir: browser === 'firefox' ? `${DIST}/extension-firefox` : `${DIST}/extension`,
      emptyOutDir: true,
      target,
      sourcemap: false,
      // Extension files load from disk: nothing to preload.
      modulePreload: false,
      // Pages the manifest doesn't name: a plan opened from its reminder, "Need help now?"
      // (opened from the popup, options, a plan and the chip), "Link with the course?" (opened
      // by the background when the course asks to link), and the chip's preview (the in-page
      // panel in an open shadow root, for axe and screenshots).
      rollupOptions: {
        input: { plan: 'extension/plan/index.html', help: 'extension/help/index.html', 'link-confirm': 'extension/link-confirm/index.html', 'chip-preview': 'extension/dev/chip-preview.html' },
      },
    },
    plugins: [crx({ manifest: manifestFor(browser), browser }), chipTokens(), ...scripts],
    server: { port: 5174, strictPort: true },
  };
}

/**
 * `virtual:chip-tokens`: the design tokens for the in-page chip's shadow root
 * (`tokenCss(':host')` from shared/ui/base/tokens.ts), computed here at build time as a plain
 * string, so the content script doesn't ship Lit's element classes just to read them.
 */
function chipTokens(): Plugin {
  const id = 'virtual:chip-tokens';
  return {
    name: 'alongside-chip-tokens',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(tokenCss(':host').cssText)};` : null),
  };
}

/**
 * A script the browser injects into web pages (the in-page script, extension/content/main.ts;
 * in Firefox also the course's bridge) as ONE classic script with no imports, built on its
 * own and added to the extension as `fileName`. Not through crxjs's `?script`: that ships a
 * loader that imports its parts, which must then be web-accessible, and any site could fetch
 * them to learn Alongside is installed. A file the browser injects itself needs no such listing.
 */
function classicScript(entry: string, fileName: string, target: string, define: Record<string, string>): Plugin {
  return {
    name: `alongside-classic-script:${fileName}`,
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        root: import.meta.dirname,
        publicDir: false,
        logLevel: 'warn',
        mode: 'production',
        define,
        plugins: [chipTokens()],
        build: {
          write: false,
          target,
          sourcemap: false,
          copyPublicDir: false,
          lib: { entry, formats: ['iife'], name: 'alongside', fileName: () => fileName },
          // One file: anything imported later is bundled in, not fetched at run time. Strict,
          // as the same code is as a module.
          rolldownOptions: { output: { codeSplitting: false, strict: true } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const files = outputs.flatMap((o) => o.output);
      const chunk = files.find((f): f is Rolldown.OutputChunk => f.type === 'chunk' && f.isEntry);
      if (!chunk || files.length !== 1) throw new Error(`${fileName} must build to one file, got: ${files.map((f) => f.fileName).join(', ')}`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}

function pwaConfig(): UserConfig {
  return {
    root: 'pwa',
    publicDir: 'public',
    build: {
      // Resolved from here, not from the root (pwa/), so ALONGSIDE_DIST may be absolute.
      outDir: resolve(import.meta.dirname, DIST, 'pwa'),
      emptyOutDir: true,
      target: 'es2022',
      // Everything the first screen needs before it can draw (Lit, the shell, storage, the
      // lock) in one file: split by how later screens share it, it was six requests in a
      // row of tiny files, and a phone on a slow network waited on each. Lighthouse (mobile)
      // on a lesson: first paint about 1.9 s → 1.6 s, largest paint 2.8 s → 2.5 s (simulated).
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] } } },
      // No <link rel="modulepreload"> per dependency of a lazily loaded screen: Vite's helper that
      // adds them ran inside the first screen's longest task (22 ms of appendChild alone, in a
      // CPU profile of a cold lesson), and the screen's files start downloading at once anyway
      // (pwa/first-screen.ts). Longest task on a cold lesson, median of 6 traces each: 158 ms
      // with them, 82 ms without; first contentful paint in Lighthouse 1.5 s against 1.3 s.
      modulePreload: false,
    },
    preview: { port: 4173, strictPort: true },
    // The extension the course may link with (its id is fixed by its key).
    define: { 'import.meta.env.VITE_EXTENSION_ID': JSON.stringify(EXTENSION_ID) },
    server: { port: 5173 },
    plugins: [
      securityPolicy(),
      compileShellEagerly(),
      hoistTransitiveImports(),
      otherLanguageManifests(),
      VitePWA({
        strategies: 'generateSW',
        injectRegister: false,
        registerType: 'prompt',
        includeAssets: ['favicon.ico', 'icons/apple-touch-icon.png'],
        manifest: webManifest('en'),
        workbox: {
          // The whole shell and every lazily loaded screen and lesson: offline after one visit.
          globPatterns: ['**/*.{js,css,html,png,svg,ico,woff2}'],
          navigateFallback: '/index.html',
          cleanupOutdatedCaches: true,
          // No runtime caching of anything else: the product makes no other requests.
        },
      }),
    ],
  };
}

/**
 * Asks V8 to compile every function of the shell's script as it arrives, off the main thread
 * (`//# allFunctionsCalledOnLoad`, an explicit compile hint, Chrome 136+; other browsers read a
 * comment). Nearly all of the shell runs before the first screen: compiled lazily, each
 * function was compiled on the main thread when first called, inside the first screen's
 * longest task (measured with a trace: V8.CompileCode 34–81 ms of it here).
 */
function compileShellEagerly(): Plugin {
  return {
    name: 'alongside-compile-shell-eagerly',
    apply: 'build',
    // After Vite's own additions to the chunk (its preload list comes first otherwise): the hint
    // must be the file's first line.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
      },
    },
  };
}

/** The install manifest in every language but English (which vite-plugin-pwa writes): pwa/web-manifest.ts. */
function otherLanguageManifests(): Plugin {
  return {
    name: 'alongside-other-language-manifests',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: manifestPath('es').slice(1), source: `${JSON.stringify(webManifest('es'))}\n` });
    },
  };
}

/**
 * The course's content security policy (pwa/security-headers.ts), in the built index.html
 * as a meta tag and as dist/pwa/_headers for hosts. It is worked out from the finished
 * page, so the hash of its inline style is the hash of what ships. `vite preview` (so
 * `npm start` and the e2e) sends the headers file with every response, as a host would.
 */
function securityPolicy(): Plugin {
  let outDir = '';
  return {
    name: 'alongside-security-policy',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset' || typeof page.source !== 'string') throw new Error('The course build has no index.html to put its security policy in.');
      const hashes = [...page.source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => `sha256-${createHash('sha256').update(css!).digest('base64')}`);
      // First in <head>: a meta policy governs only what comes after it.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`;
      if (!/<meta charset="utf-8" \/>/.test(page.source)) throw new Error('index.html must start its <head> with <meta charset="utf-8" />.');
      page.source = page.source.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(hashes) });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        // Read each time: a rebuild while the server runs is served with its own headers.
        let file: string;
        try {
          file = readFileSync(resolve(outDir, '_headers'), 'utf8');
        } catch {
          res.statusCode = 500;
          res.end(`No ${resolve(outDir, '_headers')}: this build is older than its security headers. Run \`npm run build\` again.`);
          return;
        }
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(headersForPath(file, path))) res.setHeader(name, value);
        next();
      });
    },
  };
}
