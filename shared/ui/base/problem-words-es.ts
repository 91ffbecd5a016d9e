/**
 * The problem words in Spanish, loaded with the Spanish interface strings (applyLanguage), so an
 * English page never downloads them.
 */
import { STORAGE_PROBLEM_WORDS_ES } from '../../content/storage-problems-es.ts';
import { BACKUP_PROBLEM_WORDS_ES } from '../../content/trust/backup-problems-es.ts';
import { FIELD_PROBLEM_WORDS_ES } from '../../content/field-problems-es.ts';
import { addProblemWords } from './problem.ts';

addProblemWords('es', { storage: STORAGE_PROBLEM_WORDS_ES, backup: BACKUP_PROBLEM_WORDS_ES, field: FIELD_PROBLEM_WORDS_ES });
