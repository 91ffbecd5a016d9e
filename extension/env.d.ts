/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the course (the PWA) is served, for the weekly lesson reminder. */
  readonly VITE_PWA_ORIGIN?: string;
  /** The extension's id, for the course (set in vite.config.ts from extension/extension-key.ts). */
  readonly VITE_EXTENSION_ID?: string;
  /** '1' in a development build of the extension (set in vite.config.ts from ALONGSIDE_DEV_BUILD). */
  readonly VITE_ALONGSIDE_DEV_BUILD?: string;
  /** 'firefox' in the Firefox build of the extension, else 'chrome' (set in vite.config.ts). */
  readonly VITE_ALONGSIDE_BROWSER?: string;
}

declare module 'virtual:chip-tokens' {
  /** `tokenCss(':host').cssText`, computed at build time (see vite.config.ts). */
  const css: string;
  export default css;
}
