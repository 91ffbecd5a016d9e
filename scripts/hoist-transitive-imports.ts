import { posix } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/**
 * Lets a browser fetch all of a chunk's code at once, instead of one level of imports at a time.
 *
 * A lazily loaded screen's chunk imports shared chunks, which import others: the browser learns
 * of each level only when the one before it has arrived and been parsed, so on a phone's
 * network every level costs a round trip before the screen can draw. (Rollup calls the cure
 * `hoistTransitiveImports` and does it by default; Rolldown has not implemented it yet.)
 *
 * Each chunk gets an empty import of every chunk it reaches only through others, added after
 * its own imports. A module's imports are evaluated in the order they are written, so by the
 * time the added ones are reached, the imports before them have already evaluated every one
 * of them: the order code runs in does not change, only how early its files are asked for.
 */
export function hoistTransitiveImports(): Plugin {
  return {
    name: 'alongside-hoist-transitive-imports',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map(
          Object.values(bundle)
            .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        );
        for (const chunk of chunks.values()) {
          const hoisted = importsToHoist(chunk.fileName, (name) => chunks.get(name)?.imports ?? []);
          if (!hoisted.length) continue;
          chunk.code = withImportsAppended(chunk.code, hoisted.map((name) => relativeSpecifier(chunk.fileName, name)));
          chunk.imports.push(...hoisted);
        }
      },
    },
  };
}

/** The chunks `file` reaches through its static imports but does not import itself, in a stable order. */
export function importsToHoist(file: string, importsOf: (file: string) => readonly string[]): string[] {
  const direct = new Set(importsOf(file));
  const reached = new Set<string>();
  const visit = (name: string): void => {
    for (const next of importsOf(name)) {
      if (reached.has(next) || next === file) continue;
      reached.add(next);
      visit(next);
    }
  };
  visit(file);
  return [...reached].filter((name) => !direct.has(name));
}

/** Empty imports at the end of a chunk's code, before its source map comment if it has one. */
export function withImportsAppended(code: string, specifiers: readonly string[]): string {
  const imports = specifiers.map((specifier) => `import ${JSON.stringify(specifier)};`).join('');
  const mapComment = /\n\/\/# sourceMappingURL=[^\n]*\n?$/.exec(code);
  if (!mapComment) return `${code}${code.endsWith('\n') ? '' : '\n'}${imports}\n`;
  return `${code.slice(0, mapComment.index)}\n${imports}${code.slice(mapComment.index)}`;
}

function relativeSpecifier(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}
