/**
 * The group agreements a new class starts with, in Spanish (group-agreements-en.ts in English,
 * in the same order): said by the whole group as "we", so no one's gender is guessed.
 */
import type { Language } from '../locale.ts';
import { DEFAULT_AGREEMENTS_EN } from './group-agreements-en.ts';

export const DEFAULT_AGREEMENTS_ES: readonly string[] = [
  'Lo que se dice aquí se queda aquí.',
  'Escuchamos sin intentar arreglar nada.',
  'Hablamos desde nuestra propia experiencia.',
  'Está bien pasar el turno.',
];

/** The starting agreements in `language`. */
export function defaultAgreementsIn(language: Language): readonly string[] {
  return language === 'es' ? DEFAULT_AGREEMENTS_ES : DEFAULT_AGREEMENTS_EN;
}
