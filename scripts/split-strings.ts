/**
 * Splits each language's interface strings by screen, for the course (PWA): the shell's strings
 * (the header, the lock, notices, everything the first screen needs whatever it is) in one file,
 * and each screen's own in another, loaded with that screen's code (pwa/screen-strings.ts). A
 * Spanish home screen then downloads a few dozen strings, not all 1,100 (issue #17's budget).
 *
 * Run by `npm run localize`, after lit-localize has built the whole file per language
 * (shared/ui/base/locales/<language>.ts, which the extension's pages and the tests load whole).
 * Which strings a screen needs is read from the code, not listed by hand:
 * - lit-localize's own analysis says which source file each message comes from;
 * - the import graph (static and dynamic imports) says which files each screen can reach.
 * The shell is everything pwa/main.ts reaches without going through a screen; a screen's file
 * holds what its module reaches and the shell does not. A message used by several screens is in
 * each of their files: each file is complete on its own, whatever order screens are visited in.
 *
 * Usage: tsx scripts/split-strings.ts [--check]  (--check: fail if the files are out of date)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractOptions, extractTemplate, generateMsgIdFromAstNode, isMsgCall } from '@lit/localize-tools/lib/program-analysis.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { ROOT, importGraph } from './import-graph.ts';

const CONFIG = resolve(ROOT, 'shared/content/interface/lit-localize.json');
const LOCALES = resolve(ROOT, 'shared/ui/base/locales');
/** Where the split files go: one folder per language, and the index the PWA loads them by. */
const OUT = resolve(ROOT, 'pwa/strings');
const ENTRY = 'pwa/main.ts';
const ROUTES = resolve(ROOT, 'pwa/routes.ts');

/** Each screen of the course: its element's tag and its module, read from pwa/routes.ts. */
export function screensOf(routesSource: string): { tag: string; module: string }[] {
  const screens = [...routesSource.matchAll(/tag:\s*'([^']+)',\s*load:\s*\(\)\s*=>\s*import\('([^']+)'\)/g)].map((m) => ({
    tag: m[1]!,
    module: relative(ROOT, resolve(ROOT, 'pwa', m[2]!)),
  }));
  if (screens.length < 10) throw new Error(`Found only ${screens.length} screens in pwa/routes.ts: has the ROUTES table changed shape?`);
  return screens;
}

/** lit-localize's own reader, for the TypeScript program it builds from the config. */
class ProgramReader extends RuntimeLitLocalizer {
  // lit-localize's TypeScript (its own copy), not the one this script parses with.
  get tsProgram() {
    return this.program;
  }
}

/**
 * The message ids each source file uses, found as lit-localize finds them (its own functions
 * over its own program), but per file: its extraction keeps one file per message, and a
 * message used on two screens must be in both.
 */
function messagesByFile(): Map<string, Set<string>> {
  const config = readConfigFileAndWriteSchema(CONFIG);
  const program = new ProgramReader(config as typeof config & { output: RuntimeOutputConfig }).tsProgram;
  const checker = program.getTypeChecker();
  const byFile = new Map<string, Set<string>>();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    const visit = (node: Parameters<typeof isMsgCall>[0]): void => {
      if (isMsgCall(node, checker)) {
        const [templateArg, optionsArg] = node.arguments;
        const template = templateArg && extractTemplate(templateArg, file, checker);
        const options = extractOptions(optionsArg, file);
        if (!template?.result || options.error) throw new Error(`lit-localize could not read a msg() in ${relative(ROOT, file.fileName)} (run npm run localize)`);
        const id = options.result.id ?? generateMsgIdFromAstNode(template.result.template, template.result.tag === 'html');
        const path = relative(ROOT, resolve(file.fileName));
        if (!byFile.has(path)) byFile.set(path, new Set());
        byFile.get(path)!.add(id);
      }
      node.forEachChild(visit);
    };
    visit(file);
  }
  return byFile;
}

/** A built locale module's templates, each as its source text (`'id': html\`…\``), by id. */
function templatesOf(localeModule: string): { entries: Map<string, string> } {
  const text = readFileSync(localeModule, 'utf8');
  const file = ts.createSourceFile(localeModule, text, ts.ScriptTarget.Latest, true);
  const entries = new Map<string, string>();
  file.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    const literal = node.declarationList.declarations[0]?.initializer;
    if (!literal || !ts.isObjectLiteralExpression(literal)) return;
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) continue;
      entries.set(property.name.text, property.getText(file));
    }
  });
  if (entries.size === 0) throw new Error(`No templates found in ${relative(ROOT, localeModule)}`);
  return { entries };
}

/** What the split writes: file path (relative to the repository) → contents. */
export function splitStrings(): Map<string, string> {
  const screens = screensOf(readFileSync(ROUTES, 'utf8'));
  const screenModules = new Set(screens.map((s) => s.module));
  const idsByFile = messagesByFile();
  const idsIn = (files: Iterable<string>): Set<string> => new Set([...files].flatMap((f) => [...(idsByFile.get(f) ?? [])]));
  const shell = idsIn(importGraph(ENTRY, screenModules));
  const byScreen = screens.map(({ tag, module }) => ({ tag, module, ids: [...idsIn(importGraph(module, screenModules))].filter((id) => !shell.has(id)) }));

  const languages = readdirSync(LOCALES).filter((f) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(f)).map((f) => basename(f, '.ts'));
  const out = new Map<string, string>();
  const module = (ids: Iterable<string>, entries: Map<string, string>): string => {
    const lines = [...ids].sort().map((id) => entries.get(id)).filter((line): line is string => line !== undefined);
    const uses = (tag: string): boolean => lines.some((line) => new RegExp(`^'[^']+': ${tag}\``).test(line));
    return [
      '// Do not modify this file by hand!',
      '// Re-generate it with npm run localize (scripts/split-strings.ts).',
      ...(uses('html') ? ["import { html } from 'lit';"] : []),
      ...(uses('str') ? ["import { str } from '@lit/localize';"] : []),
      '',
      'export const templates = {',
      ...lines.map((line) => `  ${line},`),
      '};',
      '',
    ].join('\n');
  };
  for (const language of languages) {
    const { entries } = templatesOf(join(LOCALES, `${language}.ts`));
    out.set(`pwa/strings/${language}/shell.ts`, module(shell, entries));
    for (const { tag, ids } of byScreen) out.set(`pwa/strings/${language}/${tag}.ts`, module(ids, entries));
  }
  // The index: which loader brings each screen's strings. Vite makes each import its own file.
  const loaders = (language: string): string =>
    [`  ${language}: {`, `    shell: () => import('./${language}/shell.ts'),`, ...screens.map(({ tag }) => `    '${tag}': () => import('./${language}/${tag}.ts'),`), '  },'].join('\n');
  out.set(
    'pwa/strings/index.ts',
    [
      '// Do not modify this file by hand!',
      '// Re-generate this file by running npm run localize (scripts/split-strings.ts).',
      '',
      '/** Each language\'s interface strings for the course: the shell\'s, and each screen\'s own, by tag. */',
      'export const STRINGS_BY_SCREEN = {',
      ...languages.map(loaders),
      '} as const;',
      '',
    ].join('\n'),
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = splitStrings();
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(([path, text]) => {
      try {
        return readFileSync(resolve(ROOT, path), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`Out of date (run npm run localize): ${stale.map(([p]) => p).join(', ')}`);
      process.exit(1);
    }
  } else {
    rmSync(OUT, { recursive: true, force: true });
    for (const [path, text] of files) {
      mkdirSync(resolve(ROOT, path, '..'), { recursive: true });
      writeFileSync(resolve(ROOT, path), text);
    }
    console.log(`Wrote ${files.size} files under ${relative(ROOT, OUT)}/`);
  }
}
