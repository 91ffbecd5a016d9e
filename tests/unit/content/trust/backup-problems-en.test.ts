import { describe, expect, it } from 'vitest';
import { BackupError, type BackupDamage, type BackupErrorKind } from '../../../../shared/domain/trust/backup-problems.ts';
import { BACKUP_STORES } from '../../../../shared/domain/trust/record-schemas.ts';
import { BACKUP_PROBLEM_WORDS_EN, backupProblemText } from '../../../../shared/content/trust/backup-problems-en.ts';

describe('the English words for a refused backup', () => {
  it('has words for every kind, each saying nothing was changed (or asking for the passphrase)', () => {
    const kinds: BackupErrorKind[] = ['too-big', 'not-backup', 'damaged', 'newer', 'needs-passphrase', 'wrong-passphrase'];
    expect(Object.keys(BACKUP_PROBLEM_WORDS_EN).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(backupProblemText(new BackupError(kind))).toMatch(/nothing was changed|type the passphrase/);
  });

  it('says where a damaged file is damaged, with the record counted from 1', () => {
    const at = (where: BackupDamage) => backupProblemText(new BackupError('damaged', where));
    expect(at({ part: 'item', store: 'patterns', item: 1 })).toBe(
      'This backup file looks damaged (pattern log entry 1), so nothing was changed. If you have another copy, please try that one.',
    );
    expect(at({ part: 'list-missing', store: 'journal' })).toContain('(journal entry list missing)');
    expect(at({ part: 'list', store: 'activities' })).toContain('(rewarding activity list)');
    expect(at({ part: 'unknown-store' })).toContain('(an unknown kind of item)');
    expect(at({ part: 'protection' })).toContain('(protection)');
    expect(backupProblemText(new BackupError('damaged'))).toBe('This backup file looks damaged, so nothing was changed. If you have another copy, please try that one.');
  });

  it('names a record of every store', () => {
    for (const store of BACKUP_STORES) expect(backupProblemText(new BackupError('damaged', { part: 'item', store, item: 2 }))).toMatch(/\([a-z -]+ 2\)/);
  });

  it('keeps words out of the error itself: its message is for developers', () => {
    const error = new BackupError('damaged', { part: 'item', store: 'journal', item: 3 });
    expect(error.message).toBe('backup: damaged {"part":"item","store":"journal","item":3}');
  });
});
