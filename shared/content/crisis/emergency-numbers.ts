/**
 * Each listed country's emergency number, with the public page it was checked against and the
 * day. It lives apart from the help lines (../crisis-lines.ts builds each country's help from
 * it) because it is small enough for the course's shell to carry: when a help screen's own code
 * cannot come (offline before the course was kept, or just after an update), the shell still
 * shows the number to call (shared/ui/crisis/emergency-call.ts).
 */

import type { Language } from '../locale.ts';

/**
 * Said wherever an emergency number is, for every country, listed or not: on the help screens
 * (as `LOCAL_EMERGENCY_ADVICE` and its Spanish in ../crisis-lines-es.ts) and where only the
 * number could load.
 */
export const EMERGENCY_ADVICE: Readonly<Record<Language, string>> = {
  en: 'If someone is in danger right now, or may act on thoughts of suicide, call your local emergency number.',
  es: 'Si alguien está en peligro ahora mismo, o podría intentar quitarse la vida, llama al número de emergencias de donde estés.',
};

/** A country's emergency number, as people say it and as a phone dials it. */
export interface EmergencyNumber {
  /** As people say it ("911", "112 or 999"). */
  emergency: string;
  /** Tap to call: `tel:` and the first of the numbers said. */
  emergencyHref: string;
  /** Where the number was checked, and when (`YYYY-MM-DD`). */
  emergencySource: string;
  emergencyCheckedOn: string;
}

/** The saved choice of a person who said they live in none of the listed countries: never guess over it. */
export const SOMEWHERE_ELSE = 'elsewhere';

const CHECKED = '2026-12-05';
/** Argentina, Colombia and Chile. */
const CHECKED_ES = '2026-12-06';

/** By country code; the help lines list the same countries (a unit test keeps them in step). */
export const EMERGENCY_NUMBERS = {
  US: {
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
    emergencyCheckedOn: CHECKED,
  },
  CA: {
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'https://endvaw.ca/covid-19-public/',
    emergencyCheckedOn: CHECKED,
  },
  GB: {
    emergency: '999',
    emergencyHref: 'tel:999',
    emergencySource: 'https://wmas.nhs.uk/999-or-111/',
    emergencyCheckedOn: CHECKED,
  },
  IE: {
    emergency: '112 or 999',
    emergencyHref: 'tel:112',
    emergencySource: 'https://poisons.ie/public/first-aid-safety/',
    emergencyCheckedOn: CHECKED,
  },
  AU: {
    emergency: '000',
    emergencyHref: 'tel:000',
    emergencySource: 'https://www.emhprac.org.au/directory/national-alcohol-and-other-drug-hotline/',
    emergencyCheckedOn: CHECKED,
  },
  NZ: {
    emergency: '111',
    emergencyHref: 'tel:111',
    emergencySource: 'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
    emergencyCheckedOn: CHECKED,
  },
  ES: {
    emergency: '112',
    emergencyHref: 'tel:112',
    emergencySource: 'https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html',
    emergencyCheckedOn: CHECKED,
  },
  MX: {
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'https://thenews.mx/mexico/new-emergency-number-to-be-put-in-effect',
    emergencyCheckedOn: CHECKED,
  },
  // 107 (an ambulance) answers in Buenos Aires and many provinces, but we found no public page
  // confirming it nationwide, so only 911 is named.
  AR: {
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'https://elsoldeiquique.cl/el-numero-de-emergencia-911-un-salvavidas-que-sudamerica-adopta-y-chile-necesita/',
    emergencyCheckedOn: CHECKED_ES,
  },
  CO: {
    emergency: '123',
    emergencyHref: 'tel:123',
    emergencySource: 'https://wradio.com.co/2023/08/25/numero-para-llamar-a-emergencias-es-el-mismo-en-toda-colombia/?outputType=amp',
    emergencyCheckedOn: CHECKED_ES,
  },
  // 131 is the ambulance (SAMU), 133 the police (Carabineros): Chile has no single number.
  CL: {
    emergency: '131 or 133',
    emergencyHref: 'tel:131',
    emergencySource: 'https://elsoldeiquique.cl/el-numero-de-emergencia-911-un-salvavidas-que-sudamerica-adopta-y-chile-necesita/',
    emergencyCheckedOn: CHECKED_ES,
  },
} as const satisfies Readonly<Record<string, EmergencyNumber>>;

/** A country code we hold an emergency number for. */
export type CountryCode = keyof typeof EMERGENCY_NUMBERS;

function isCountryCode(code: string): code is CountryCode {
  return Object.hasOwn(EMERGENCY_NUMBERS, code);
}

/**
 * Picks the country to show first: a saved choice, else the browser's region, else none.
 * A language with no region ("es", "en") guesses nothing: Spanish is spoken in many
 * countries, and a wrong country's numbers are worse than asking.
 */
export function guessCountry(saved: string | undefined, languages: readonly string[]): CountryCode | undefined {
  if (saved === SOMEWHERE_ELSE) return undefined;
  if (saved && isCountryCode(saved)) return saved;
  for (const lang of languages) {
    const region = lang.split('-')[1]?.toUpperCase();
    if (region && isCountryCode(region)) return region;
  }
  return undefined;
}
