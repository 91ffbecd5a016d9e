import { guessCountry, type CountryCode } from '../../content/crisis/emergency-numbers.ts';

/**
 * The country to show help for in this browser: the saved choice, else the region of the
 * browser's languages (guessCountry, which never guesses over "Somewhere else").
 */
export function guessCountryHere(saved: string | undefined): CountryCode | undefined {
  return guessCountry(saved, navigator.languages ?? [navigator.language]);
}
