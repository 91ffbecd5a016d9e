/** The part of web-ext's API the tests use (the package ships no types). */
declare module 'web-ext' {
  interface LintOptions {
    sourceDir: string;
    output?: 'text' | 'json' | 'none';
  }
  const webExt: {
    cmd: { lint: (options: LintOptions, extra?: { shouldExitProgram?: boolean }) => Promise<unknown> };
  };
  export default webExt;
}
