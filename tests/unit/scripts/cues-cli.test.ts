import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../scripts/cues.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx scripts/cues.ts …` as the lead will, from the repo root. */
function runScript(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/cues.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the CLI in this process, for the quick argument checks. */
function runInProcess(args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir = '';
let messages = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cues-cli-'));
  messages = join(dir, 'messages.txt');
  // An empty line, a blank line, Windows line ends and a curly apostrophe, on purpose.
  writeFileSync(
    messages,
    'You never listen, this is your last chance!!!\n\n   \r\nnever mind, see you at 6\r\nI’m done with you.\nI can’t do this anymore. Sometimes I wish I was dead.\nIf you touch me again I’m calling the police.\nI could kill for a coffee\n',
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/cues.ts', () => {
  it('prints one JSON object per non-empty line', async () => {
    const run = await runScript([messages]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    // The model's score is whatever training gave: a probability, below 0.5 for the ordinary lines.
    const score = expect.any(Number);
    expect(lines).toEqual([
      {
        text: 'You never listen, this is your last chance!!!',
        nudge: true,
        help: null,
        kind: 'tone',
        modelScore: score,
        cues: [
          { kind: 'absolute', start: 0, end: 9, match: 'You never' },
          { kind: 'ultimatum', start: 26, end: 42, match: 'your last chance' },
          { kind: 'shouting', start: 42, end: 45, match: '!!!' },
        ],
      },
      { text: 'never mind, see you at 6', nudge: false, help: null, kind: null, modelScore: score, cues: [] },
      { text: 'I’m done with you.', nudge: true, help: null, kind: 'tone', modelScore: score, cues: [{ kind: 'ultimatum', start: 0, end: 17, match: 'I’m done with you' }] },
      {
        text: 'I can’t do this anymore. Sometimes I wish I was dead.',
        nudge: true,
        help: 'crisis',
        kind: 'crisis',
        modelScore: score,
        cues: [{ kind: 'distress', start: 0, end: 23, match: 'I can’t do this anymore' }],
      },
      // A safety boundary: help, and no "threat said in anger".
      { text: 'If you touch me again I’m calling the police.', nudge: true, help: 'safety', kind: 'safety', modelScore: score, cues: [] },
      { text: 'I could kill for a coffee', nudge: false, help: null, kind: null, modelScore: score, cues: [] },
    ]);
    for (const line of lines as { nudge: boolean; help: string | null; modelScore: number }[]) {
      expect(line.modelScore).toBeGreaterThanOrEqual(0);
      expect(line.modelScore).toBeLessThanOrEqual(1);
      if (!line.nudge) expect(line.modelScore).toBeLessThan(0.5);
    }
  }, 60_000);

  it('explains a missing file kindly, without a stack trace, and exits with 1', async () => {
    const missing = join(dir, 'nope.txt');
    const run = await runScript([missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`cues: I couldn't find "${missing}". Check the path and try again.`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('asks for a file when none is given, and exits with 1', async () => {
    const run = await runScript([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cues: please give a text file to read, with one message per line.');
    expect(run.stderr).toContain('Usage: npx tsx scripts/cues.ts FILE');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('takes --sensitivity gentle, which nudges only what standard does', () => {
    const file = join(dir, 'gentle.txt');
    writeFileSync(file, "You never call.\nYou're a junkie.\nMust be nice to sleep till noon.\nCan you grab milk?\n");
    interface Line {
      nudge: boolean;
      modelScore: number;
    }
    const read = (args: string[]): Line[] => runInProcess(args).stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    const standard = read([file]);
    const gentle = read([file, '--sensitivity', 'gentle']);
    // The same model reads both; gentle asks for a higher score.
    expect(gentle.map((l) => l.modelScore)).toEqual(standard.map((l) => l.modelScore));
    gentle.forEach((l, i) => {
      if (l.nudge) expect(standard[i]!.nudge).toBe(true);
    });
    expect(standard.map((l) => l.nudge)).toEqual([true, true, true, false]);
    expect(gentle[1]!.nudge).toBe(true);
    expect(read([file, '--sensitivity', 'off']).map((l) => l.nudge)).toEqual([false, false, false, false]);
  });

  it('refuses an unknown sensitivity, a folder, an unknown option and two files', () => {
    const bad = runInProcess([messages, '--sensitivity', 'loud']);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toContain('--sensitivity can be gentle, standard or off, not "loud"');

    const folder = runInProcess([dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('is a folder');

    expect(runInProcess([messages, '--loud']).code).toBe(1);
    expect(runInProcess([messages, messages]).code).toBe(1);
  });

  it('prints nothing for a file with only blank lines', () => {
    const file = join(dir, 'blank.txt');
    writeFileSync(file, '\n  \n\n');
    expect(runInProcess([file])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
