/** The chunks a built file imports statically (`import … from "./x.js"`, `import "./x.js"`; not `import()`), by file name. */
export function staticImportsIn(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
}
