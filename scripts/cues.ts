/**
 * Authoring CLI for the message reader (the rules and the nudge model together, as the
 * extension reads): runs it on a text file, one message per line, and prints one JSON
 * object per message, so a counsellor tuning the lexicon or labelling messages can see
 * what each line triggers.
 *
 *   npx tsx scripts/cues.ts FILE [--sensitivity gentle|standard|off]
 *
 * Output, one line per non-empty input line:
 *   {"text":"…","nudge":true,"help":null,"kind":"tone","modelScore":0.97,"cues":[{"kind":"absolute","start":0,"end":9,"match":"You never"}]}
 * `help` is "crisis" (despair, thoughts of suicide or self-harm, a loved one in danger now),
 * "safety" (being hurt, threatened or afraid, or a boundary that keeps someone safe) or null.
 * `kind` is the kind of finding when the line is nudged ("crisis" or "safety" with help,
 * else the model's "tone" or "topic"), or null. `modelScore` is the model's p(nudge);
 * the sensitivity's threshold is in shared/content/cues/cue-model-en.json.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Sensitivity } from '../shared/domain/nudge/cue-detector.ts';
import { readCues } from '../shared/domain/nudge/cue-reading.ts';

const USAGE = 'Usage: npx tsx scripts/cues.ts FILE [--sensitivity gentle|standard|off]';
const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'standard', 'off'];

/** Where the CLI writes; the real process streams, or strings in a test. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs the CLI with these arguments (without "node script"); returns the exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  let file: string | undefined;
  let sensitivity: Sensitivity = 'standard';
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { sensitivity: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help) {
      io.out(`${USAGE}\nReads one message per line and prints what the cue detector finds in each.\n`);
      return 0;
    }
    if (values.sensitivity !== undefined) {
      if (!SENSITIVITIES.includes(values.sensitivity as Sensitivity)) {
        io.err(`cues: --sensitivity can be gentle, standard or off, not "${values.sensitivity}".\n${USAGE}\n`);
        return 1;
      }
      sensitivity = values.sensitivity as Sensitivity;
    }
    if (positionals.length > 1) {
      io.err(`cues: please give just one file (got ${positionals.length}).\n${USAGE}\n`);
      return 1;
    }
    file = positionals[0];
  } catch (error) {
    // parseArgs explains unknown options well; keep its words, drop the stack.
    io.err(`cues: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (file === undefined) {
    io.err(`cues: please give a text file to read, with one message per line.\n${USAGE}\n`);
    return 1;
  }

  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`cues: ${readProblem(file, (error as NodeJS.ErrnoException).code)}\n`);
    return 1;
  }

  const lines: string[] = [];
  for (const text of content.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (text.trim() === '') continue;
    const result = readCues(text, { sensitivity });
    const cues = result.cues.map(({ kind, start, end, match }) => ({ kind, start, end, match }));
    const kind = !result.nudge ? null : (result.help ?? (result.modelKind === 'topic' ? 'topic' : 'tone'));
    lines.push(JSON.stringify({ text, nudge: result.nudge, help: result.help, kind, modelScore: result.modelScore, cues }));
  }
  if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
  return 0;
}

/** A plain sentence for why a file could not be read. */
function readProblem(file: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return `I couldn't find "${file}". Check the path and try again.`;
    case 'EISDIR':
      return `"${file}" is a folder. Please give a text file instead.`;
    case 'EACCES':
    case 'EPERM':
      return `I'm not allowed to read "${file}". Check its permissions and try again.`;
    default:
      return `I couldn't read "${file}"${code ? ` (${code})` : ''}.`;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
