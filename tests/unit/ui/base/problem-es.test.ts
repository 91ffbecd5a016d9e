import { afterEach, describe, expect, it } from 'vitest';
import { fieldProblemText, fieldProblemsText, problemText } from '../../../../shared/ui/base/problem.ts';
import { StorageError } from '../../../../shared/data/errors.ts';
import { BackupError, type BackupErrorKind } from '../../../../shared/domain/trust/backup-problems.ts';
import type { StorageErrorKind } from '../../../../shared/domain/storage-problems.ts';
import type { FieldProblem } from '../../../../shared/domain/field-problems.ts';
import { BACKUP_STORES } from '../../../../shared/domain/trust/record-schemas.ts';
import { STORAGE_PROBLEM_WORDS_EN } from '../../../../shared/content/storage-problems-en.ts';
import { STORAGE_PROBLEM_WORDS_ES } from '../../../../shared/content/storage-problems-es.ts';
import { BACKUP_PROBLEM_WORDS_EN } from '../../../../shared/content/trust/backup-problems-en.ts';
import { BACKUP_PROBLEM_WORDS_ES } from '../../../../shared/content/trust/backup-problems-es.ts';
import { FIELD_PROBLEM_WORDS_EN } from '../../../../shared/content/field-problems-en.ts';
import { FIELD_PROBLEM_WORDS_ES } from '../../../../shared/content/field-problems-es.ts';
import { STORE_COUNT_WORDS_EN } from '../../../../shared/content/trust/backup-preview-en.ts';
import { STORE_COUNT_WORDS_ES, backupPreviewIn } from '../../../../shared/content/trust/backup-preview-es.ts';
import { useLanguage } from '../../../../shared/content/locale.ts';
// What applyLanguage('es') loads with the Spanish strings (an English page never downloads it).
import '../../../../shared/ui/base/problem-words-es.ts';

/**
 * Problems in Spanish: every kind the English says has its Spanish, chosen by the interface's
 * language where errors become words, with the same numbers and the same promise (nothing lost,
 * nothing changed) as the English.
 */
afterEach(() => useLanguage('en'));

const digits = (text: string) => text.match(/\d+/g) ?? [];

describe('problems in the interface’s language', () => {
  it('has Spanish for every kind the English has, and no other', () => {
    expect(Object.keys(STORAGE_PROBLEM_WORDS_ES).sort()).toEqual(Object.keys(STORAGE_PROBLEM_WORDS_EN).sort());
    expect(Object.keys(BACKUP_PROBLEM_WORDS_ES).sort()).toEqual(Object.keys(BACKUP_PROBLEM_WORDS_EN).sort());
    expect(Object.keys(FIELD_PROBLEM_WORDS_ES).sort()).toEqual(Object.keys(FIELD_PROBLEM_WORDS_EN).sort());
    expect(Object.keys(STORE_COUNT_WORDS_ES).sort()).toEqual(Object.keys(STORE_COUNT_WORDS_EN).sort());
  });

  it('says each storage failure in Spanish when the interface is Spanish, and in English again after', () => {
    useLanguage('es');
    for (const kind of Object.keys(STORAGE_PROBLEM_WORDS_EN) as StorageErrorKind[]) {
      const words = problemText(new StorageError(kind));
      expect(words).toBe(STORAGE_PROBLEM_WORDS_ES[kind]);
      expect(words).not.toBe(STORAGE_PROBLEM_WORDS_EN[kind]);
    }
    // Where the English promises nothing was lost or changed, the Spanish does too.
    for (const kind of Object.keys(STORAGE_PROBLEM_WORDS_EN) as StorageErrorKind[]) {
      if (/Nothing (you saved is lost|has been changed)|Everything saved before is safe/.test(STORAGE_PROBLEM_WORDS_EN[kind]))
        expect(STORAGE_PROBLEM_WORDS_ES[kind]).toMatch(/No se perdió nada|No se cambió nada|Todo lo que guardaste antes está a salvo/);
    }
    useLanguage('en');
    expect(problemText(new StorageError('quota'))).toMatch(/^Your device is out of space/);
  });

  it('says a refused backup in Spanish, with where it is damaged, and that nothing was changed', () => {
    useLanguage('es');
    expect(problemText(new BackupError('damaged', { part: 'item', store: 'journal', item: 3 }))).toBe(
      'Esta copia de seguridad parece dañada (entrada del diario 3), así que no se cambió nada. Si tienes otra copia, prueba con esa.',
    );
    for (const kind of Object.keys(BACKUP_PROBLEM_WORDS_EN) as BackupErrorKind[])
      if (kind !== 'needs-passphrase') expect(problemText(new BackupError(kind))).toMatch(/no se cambió nada/);
    for (const store of BACKUP_STORES) expect(problemText(new BackupError('damaged', { part: 'item', store, item: 2 }))).toMatch(/\([a-záéíóúñ ]+ 2\)/);
  });

  it('asks for what a form is missing in Spanish, with the same limits', () => {
    const problems: FieldProblem[] = [
      { kind: 'needed', field: 'plan-about' },
      { kind: 'too-long', of: 'point', max: 1200 },
      { kind: 'passcode-too-short', min: 6 },
      { kind: 'passcodes-differ' },
      { kind: 'day-ahead' },
    ];
    const english = problems.map(fieldProblemText);
    useLanguage('es');
    const spanish = problems.map(fieldProblemText);
    expect(spanish[1]).toBe('Intenta que cada punto tenga menos de 1200 caracteres.');
    expect(spanish[2]).toMatch(/^Usa por lo menos 6 caracteres\./);
    spanish.forEach((words, i) => {
      expect(words).not.toBe(english[i]);
      expect(digits(words)).toEqual(digits(english[i]!));
    });
    expect(fieldProblemsText({ about: { kind: 'needed', field: 'plan-about' }, goal: undefined })).toEqual({ about: 'Escribe en pocas palabras de qué trata la conversación.' });
  });

  it('counts a backup’s items in Spanish ("12.000 entradas del diario")', () => {
    useLanguage('es');
    const es = backupPreviewIn('es');
    expect(es.storeCount('journal', 1)).toBe('1 entrada del diario');
    expect(es.storeCount('journal', 12_000)).toBe('12.000 entradas del diario');
    expect(es.settingChange({ kind: 'lock-idle', asked: 1440, longest: 60, now: 60 })).toBe(
      'El archivo bloqueaba Alongside después de 1440 minutos sin uso; aquí la opción más larga es 60, así que se bloqueará después de 60 minutos.',
    );
    useLanguage('en');
    expect(backupPreviewIn('en').storeCount('journal', 12_000)).toBe('12,000 journal entries');
  });
});
