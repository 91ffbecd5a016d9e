import { describe, expect, it } from 'vitest';
import { problemText, storageProblem } from '../../../../shared/ui/base/problem.ts';
import { StorageError } from '../../../../shared/data/errors.ts';
import { StaleWriteError } from '../../../../shared/data/trust/stale-write.ts';
import { BackupError } from '../../../../shared/domain/trust/backup-format.ts';
import { PackProblemError } from '../../../../shared/domain/classes/pack-problems.ts';

describe('problemText: the one place a failure becomes words', () => {
  it('says a storage failure from its kind, not from its developer message', () => {
    const error = new StorageError('quota');
    expect(error.message).toBe('storage: quota');
    expect(problemText(error)).toMatch(/^Your device is out of space for Alongside, so this last change was not saved\./);
    expect(problemText(new StaleWriteError(undefined))).toBe('This entry changed in another tab. Keep this version, keep the other, or keep both.');
  });

  it('says a refused backup, with where it is damaged', () => {
    expect(problemText(new BackupError('damaged', { part: 'item', store: 'journal', item: 3 }))).toMatch(/^This backup file looks damaged \(journal entry 3\), so nothing was changed\./);
    expect(problemText(new BackupError('newer'))).toMatch(/newer version of Alongside/);
  });

  it('says a class pack problem once the class screens have added their words', async () => {
    const error = new PackProblemError({ kind: 'too-long', field: 'name', max: 80 });
    expect(error.message).toBe('class pack: too-long');
    await import('../../../../shared/ui/classes/pack-problem-wording.ts');
    expect(problemText(error)).toBe('The class name is too long (80 characters at most).');
  });

  it('keeps the message of an error it cannot name', async () => {
    expect(problemText(new Error('The image could not be made.'))).toBe('The image could not be made.');
    expect(problemText('plain words')).toBe('plain words');
    expect(await storageProblem(() => Promise.reject(new StorageError('locked')))).toMatch(/^Alongside is locked\./);
    expect(await storageProblem(() => Promise.resolve())).toBe('');
  });
});
