import type { Language } from './locale.ts';
import {
  CRISIS_HELP,
  FIND_A_LINE_ELSEWHERE,
  FIND_LOCAL_DEFAULT,
  HELP_KIND_TITLES,
  LOCAL_EMERGENCY_ADVICE,
  WHAT_TO_SAY,
  type CountryHelp,
  type HelpKind,
} from './crisis-lines.ts';
import { EMERGENCY_ADVICE } from './crisis/emergency-numbers.ts';

/**
 * The help screens' words in Spanish: neutral Spanish that reads naturally in Mexico, the United
 * States and Spain, with tú, as one family would speak to another (VOICE.md). Only words live
 * here: numbers, links, sources and dates stay in crisis-lines.ts, and a unit test checks that
 * every Spanish label shows exactly the digits of its English one, and that no country, line or
 * label is missing or left over.
 *
 * Lines are keyed by their `name`, which is unique in a country and stays as the service calls
 * itself: renaming a line makes the test ask for its Spanish again.
 */

/** A line's words in Spanish; `contacts` are the labels, in the order of the English contacts. */
export interface LineWordsEs {
  detail: string;
  hours: string;
  contacts: readonly string[];
}

export interface CountryWordsEs {
  country: string;
  /** As it reads after "En": "En Estados Unidos", "En el Reino Unido". */
  inCountry: string;
  lines: Readonly<Record<string, LineWordsEs>>;
  findLocal?: Partial<Record<HelpKind, string>>;
}

const OPEN_ALWAYS_FREE = 'Gratis, las 24 horas, todos los días.';
const OPEN_ALWAYS = 'Abierta las 24 horas, todos los días.';
const SAMARITANS = {
  detail: 'Puedes hablar de cualquier cosa que te preocupe. La llamada es gratis desde cualquier teléfono.',
  hours: OPEN_ALWAYS_FREE,
  contacts: ['Llama al 116 123'],
};

export const CRISIS_HELP_ES: Readonly<Record<string, CountryWordsEs>> = {
  US: {
    country: 'Estados Unidos',
    inCountry: 'Estados Unidos',
    lines: {
      '988 Suicide & Crisis Lifeline': {
        detail: 'Para cualquier persona con angustia emocional, una crisis de salud mental o de consumo, o que está preocupada por alguien. En español: llama y marca 2, o envía AYUDA al 988.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 988', 'Envía un mensaje al 988', 'Envía AYUDA al 988'],
      },
      'National Domestic Violence Hotline': {
        detail: 'Para cualquier persona que sufre daño o tiene miedo en casa, y para su familia y amistades. Te ayudan a hacer un plan para estar a salvo. Atienden en español y en muchos otros idiomas, y tienen un chat en español en espanol.thehotline.org.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 1-800-799-7233', 'Envía START al 88788'],
      },
      'SAMHSA National Helpline': {
        detail: 'Para personas y familias que enfrentan problemas con las drogas, el alcohol o la salud mental. Te informan sobre tratamientos y grupos de apoyo cerca de ti. Para español, elige la opción de hablar con un representante nacional.',
        hours: 'Gratis, las 24 horas, todos los días, en inglés y en español.',
        contacts: ['Llama al 1-800-662-4357'],
      },
      'Poison Control': {
        detail: 'Para dudas sobre una dosis excesiva de un medicamento, una droga o cualquier cosa que pueda ser tóxica. Hay intérpretes gratis en muchos idiomas, también en español. Si la persona no despierta o le cuesta respirar, llama al 911.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 1-800-222-1222'],
      },
    },
  },
  CA: {
    country: 'Canadá',
    inCountry: 'Canadá',
    lines: {
      '9-8-8 Suicide Crisis Helpline': {
        detail: 'Para cualquier persona que piensa en el suicidio o que está preocupada por alguien. Atiende en inglés y en francés.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 988', 'Envía un mensaje al 988'],
      },
      'Poison centres (1-844-POISON-X)': {
        detail: 'Te comunica con el centro de toxicología de tu zona si alguien tomó demasiado de un medicamento o una droga. En Quebec, llama al Centre antipoison du Québec: 1-800-463-5060.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 1-844-764-7669'],
      },
    },
    findLocal: {
      violence: 'En todo Canadá, los refugios para mujeres tienen su propia línea de crisis las 24 horas, y no hace falta quedarse en un refugio para llamar. Busca el más cercano en sheltersafe.ca, o llama al 988 y pregunta.',
      substance: 'Llama al 988, o pregunta a un médico o en la farmacia por ayuda con el alcohol y las drogas en tu provincia.',
    },
  },
  GB: {
    country: 'Reino Unido',
    inCountry: 'el Reino Unido',
    lines: {
      Samaritans: SAMARITANS,
      Shout: {
        detail: 'Un servicio por mensaje de texto para cualquier persona a la que le cuesta salir adelante. Gratis con las principales compañías de teléfono móvil.',
        hours: OPEN_ALWAYS,
        contacts: ['Envía SHOUT al 85258'],
      },
      'National Domestic Abuse Helpline': {
        detail: 'La atiende Refuge, para cualquier persona que sufre maltrato en casa, y para su familia y amistades. Gratis y confidencial.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 0808 2000 247'],
      },
      'NHS 111': {
        detail: 'Si no sabes si lo que alguien tomó le puede hacer daño. Si no despierta, tiene una convulsión o le cuesta respirar, llama al 999.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 111'],
      },
    },
    findLocal: {
      substance: 'Tu médico de cabecera (GP) o el NHS 111 pueden indicarte servicios de alcohol y drogas cerca de ti.',
    },
  },
  IE: {
    country: 'Irlanda',
    inCountry: 'Irlanda',
    lines: {
      Samaritans: SAMARITANS,
      '50808': {
        detail: 'Un servicio por mensaje de texto para cualquier persona que pasa por una crisis emocional o de salud mental.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Envía TALK al 50808'],
      },
      'Women’s Aid National Freephone Helpline': {
        detail: 'Para mujeres que sufren maltrato de su pareja o expareja, y para familiares y amistades que están preocupados.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 1800 341 900'],
      },
      'HSE Drugs and Alcohol Helpline': {
        detail: 'Gratis y confidencial, para cualquier persona preocupada por su consumo de alcohol o drogas, o por el de otra persona.',
        hours: 'De lunes a viernes, en horario de oficina.',
        contacts: ['Llama al 1800 459 459'],
      },
      'Public Poisons Information Line': {
        detail: 'Te dicen si alguien que tragó algo necesita ver a un médico. Fuera de este horario, llama a tu médico de cabecera o a un hospital.',
        hours: 'Todos los días, de 8:00 a 22:00.',
        contacts: ['Llama al 01 809 2166'],
      },
    },
  },
  AU: {
    country: 'Australia',
    inCountry: 'Australia',
    lines: {
      Lifeline: {
        detail: 'Apoyo en crisis para cualquier persona que lo está pasando mal o que está preocupada por alguien.',
        hours: OPEN_ALWAYS,
        contacts: ['Llama al 13 11 14', 'Envía un mensaje al 0477 13 11 14'],
      },
      '1800RESPECT': {
        detail: 'Orientación y apoyo para cualquier persona que sufre violencia doméstica, familiar o sexual, y para su familia y amistades.',
        hours: OPEN_ALWAYS,
        contacts: ['Llama al 1800 737 732', 'Envía un mensaje al 0458 737 732'],
      },
      'National Alcohol and Other Drug Hotline': {
        detail: 'Consejos gratis y confidenciales sobre el alcohol y las drogas, para ti o para alguien que te importa. Te comunica con el servicio de tu estado.',
        hours: 'Abierta las 24 horas, todos los días (en Australia Meridional, con un consejero de 8:30 a 22:00).',
        contacts: ['Llama al 1800 250 015'],
      },
      'Poisons Information Centre': {
        detail: 'Te dicen qué hacer si alguien tomó demasiado de un medicamento o una droga, desde cualquier lugar de Australia.',
        hours: OPEN_ALWAYS,
        contacts: ['Llama al 13 11 26'],
      },
    },
  },
  NZ: {
    country: 'Nueva Zelanda',
    inCountry: 'Nueva Zelanda',
    lines: {
      'Need to talk? 1737': {
        detail: 'Habla o escribe con un consejero capacitado, sobre ti o sobre alguien que te preocupa.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 1737', 'Envía un mensaje al 1737'],
      },
      'Women’s Refuge crisis line': {
        detail: 'Te comunica con el refugio de tu zona, para cualquier persona que sufre violencia en casa.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 0800 733 843'],
      },
      'Alcohol Drug Helpline': {
        detail: 'Consejos gratis sobre tu consumo de alcohol o drogas, o sobre el de otra persona.',
        hours: 'Gratis por llamada o por mensaje.',
        contacts: ['Llama al 0800 787 797', 'Envía un mensaje al 8681'],
      },
      'National Poisons Centre': {
        detail: 'Consejos si alguien tragó o tomó algo dañino. Si no despierta o le cuesta respirar, llama al 111.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 0800 764 766'],
      },
    },
  },
  ES: {
    country: 'España',
    inCountry: 'España',
    lines: {
      '024 Línea de atención a la conducta suicida': {
        detail: 'Para cualquier persona con pensamientos de suicidio, y para su familia y amistades.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 024'],
      },
      '016': {
        detail: 'Información y orientación para cualquier persona que sufre violencia de su pareja o expareja. La llamada no aparece en la factura del teléfono.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 016'],
      },
      'Servicio de Información Toxicológica': {
        detail: 'Consejos si alguien tomó demasiado de un medicamento o tragó algo dañino.',
        hours: OPEN_ALWAYS,
        contacts: ['Llama al 91 562 04 20'],
      },
    },
    findLocal: {
      substance: 'Tu centro de salud puede indicarte servicios de alcohol y drogas cerca de ti.',
    },
  },
  MX: {
    country: 'México',
    inCountry: 'México',
    lines: {
      'Línea de la Vida': {
        detail: 'Para pensamientos de suicidio, una crisis de salud mental o el consumo de alcohol y drogas, tuyo o de alguien cercano.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 800 911 2000'],
      },
      'Línea de las Mujeres': {
        detail: 'Para mujeres que sufren violencia: orientación legal y apoyo emocional. Al llamar, elige la opción 1.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 079'],
      },
    },
    findLocal: {
      substance: 'La Línea de la Vida, arriba, también ayuda con el consumo de alcohol y drogas.',
      poison: 'Si alguien tomó demasiado de algo y no despierta o le cuesta respirar, llama al 911.',
    },
  },
  AR: {
    country: 'Argentina',
    inCountry: 'Argentina',
    lines: {
      'Línea de Salud Mental (Ministerio de Salud)': {
        detail: 'Para cualquier problema o crisis de salud mental, también si hay pensamientos de suicidio. Te escuchan profesionales de la salud mental, que pueden ponerte en contacto con servicios cerca de ti.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 0800 999 0091'],
      },
      'Línea 144': {
        detail: 'Apoyo y orientación para cualquier persona que sufre violencia de género, también en casa. Te atienden profesionales del derecho, la psicología y el trabajo social.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 144'],
      },
      'Línea 141 (Sedronar)': {
        detail: 'Orientación gratis y anónima sobre el consumo de alcohol y drogas, para ti o para alguien cercano. Te atiende un equipo de profesionales.',
        hours: 'Gratis, las 24 horas.',
        contacts: ['Llama al 141'],
      },
    },
    findLocal: {
      poison: 'Si alguien tomó demasiado de algo y no despierta o le cuesta respirar, llama al 911.',
    },
  },
  CO: {
    country: 'Colombia',
    inCountry: 'Colombia',
    lines: {
      'Línea 106': {
        detail: 'Un equipo de psicólogos escucha y apoya a cualquier persona con angustia o en crisis, también si hay pensamientos de suicidio. La atienden ciudades y regiones: si el 106 no responde donde estás, llama al 123.',
        hours: 'Gratis, las 24 horas, todos los días, donde funciona.',
        contacts: ['Llama al 106'],
      },
      'Línea 155': {
        detail: 'Para mujeres que sufren violencia, en casa o fuera de ella: orientación psicológica y legal. Es confidencial y funciona con cualquier compañía de teléfono.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 155'],
      },
    },
    findLocal: {
      substance: 'La Línea 106, arriba, también habla contigo sobre el consumo de alcohol y drogas. Tu servicio de salud puede indicarte dónde recibir tratamiento.',
      poison: 'Si alguien tomó demasiado de algo y no despierta o le cuesta respirar, llama al 123.',
    },
  },
  CL: {
    country: 'Chile',
    inCountry: 'Chile',
    lines: {
      'Línea de Prevención del Suicidio *4141': {
        detail: 'Para cualquier persona en una crisis de salud mental o con pensamientos de suicidio. Te escucha un psicólogo capacitado y, si hace falta, te conecta con atención. Llama desde un celular o móvil.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al *4141'],
      },
      'Fono 1455 (SernamEG)': {
        detail: 'Información y apoyo para mujeres que sufren violencia de género, y para quien la presencia. Si estás en peligro fuera de este horario, llama al 133.',
        hours: 'Gratis. De lunes a viernes (salvo festivos), de 8:00 a 24:00.',
        contacts: ['Llama al 1455'],
      },
      'Fono Drogas y Alcohol 1412 (SENDA)': {
        detail: 'Orientación gratis, anónima y confidencial sobre el consumo de alcohol y drogas, para ti o para alguien de tu familia o cercano.',
        hours: OPEN_ALWAYS_FREE,
        contacts: ['Llama al 1412'],
      },
      'CITUC (Centro de Información Toxicológica UC)': {
        detail: 'Consejos si alguien tomó demasiado de un medicamento o tragó algo dañino. Si no despierta o le cuesta respirar, llama al 131.',
        hours: OPEN_ALWAYS,
        contacts: ['Llama al 2 2635 3800'],
      },
    },
  },
};

/** The sentences every help screen shares, in one language. */
export interface HelpWords {
  kindTitles: Readonly<Record<HelpKind, string>>;
  localEmergencyAdvice: string;
  findALineElsewhere: string;
  findLocalDefault: string;
  whatToSay: readonly string[];
  /** Joins two emergency numbers: "112 or 999". */
  or: string;
}

export const HELP_WORDS_ES: HelpWords = {
  kindTitles: {
    crisis: 'Líneas de crisis y prevención del suicidio',
    violence: 'Violencia o maltrato en casa',
    substance: 'Consumo de alcohol y drogas',
    poison: 'Intoxicaciones y sobredosis',
  },
  localEmergencyAdvice: EMERGENCY_ADVICE.es,
  findALineElsewhere:
    'Muchos países tienen una línea de crisis gratuita. Un médico, la farmacia o la biblioteca de tu zona pueden decirte cuál es la tuya. Mientras tanto, el número de emergencias siempre está ahí.',
  findLocalDefault: 'Pregunta en tu centro de salud o en la farmacia por la línea más cercana. Si hay peligro ahora mismo, llama al número de emergencias.',
  whatToSay: [
    'Di quién eres y que te preocupa alguien, o que necesitas ayuda para ti.',
    'Cuenta qué está pasando ahora, con palabras sencillas: lo que ves y lo que oyes.',
    'Di si hay riesgo de que alguien salga herido, y si hay armas, pastillas u otros peligros cerca.',
    'Di si la persona tiene un problema de salud mental o consume alcohol o drogas, y qué tratamiento sigue, si lo sabes.',
    'Pregunta qué hacer mientras esperas, y no cuelgues si puedes.',
  ],
  or: 'o',
};

const HELP_WORDS_EN: HelpWords = {
  kindTitles: HELP_KIND_TITLES,
  localEmergencyAdvice: LOCAL_EMERGENCY_ADVICE,
  findALineElsewhere: FIND_A_LINE_ELSEWHERE,
  findLocalDefault: FIND_LOCAL_DEFAULT,
  whatToSay: WHAT_TO_SAY,
  or: 'or',
};

/** The shared sentences of the help screens in `language`. */
export function helpWordsIn(language: Language): HelpWords {
  return language === 'es' ? HELP_WORDS_ES : HELP_WORDS_EN;
}

/**
 * A country's help with its words in Spanish; numbers, links, sources and dates untouched.
 * Anything without Spanish keeps its English rather than disappearing: on a crisis screen a
 * number in the wrong language is better than no number (the unit test keeps this from happening).
 */
function inSpanish(help: CountryHelp): CountryHelp {
  const es = CRISIS_HELP_ES[help.code];
  if (!es) return help;
  return {
    ...help,
    country: es.country,
    inCountry: es.inCountry,
    emergency: help.emergency.replace(/\sor\s/g, ` ${HELP_WORDS_ES.or} `),
    lines: help.lines.map((line) => {
      const words = es.lines[line.name];
      if (!words) return line;
      return {
        ...line,
        detail: words.detail,
        hours: words.hours,
        contacts: line.contacts.map((c, i) => ({ label: words.contacts[i] ?? c.label, href: c.href })),
      };
    }),
    ...(help.findLocal ? { findLocal: { ...help.findLocal, ...es.findLocal } } : {}),
  };
}

const CRISIS_HELP_IN_SPANISH: readonly CountryHelp[] = CRISIS_HELP.map(inSpanish);

/** Every listed country's help, in `language`. */
export function crisisHelpIn(language: Language): readonly CountryHelp[] {
  return language === 'es' ? CRISIS_HELP_IN_SPANISH : CRISIS_HELP;
}
