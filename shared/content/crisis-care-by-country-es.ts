import type { Language } from './locale.ts';
import { CARE_ELSEWHERE, CARE_NOTE_CAVEAT, CARE_TOPIC_LABELS, crisisCare, type CareTopic, type CountryCare } from './crisis-care-by-country.ts';

/**
 * Week 6's notes on crisis care by country, in Spanish (issue #17): the same facts as
 * crisis-care-by-country.ts, which keeps the links, the sources and the day they were checked.
 * Only words live here, in the same order as the English points and links, so a fact has one
 * source; a unit test checks that every English note, point and link has its Spanish and that
 * nothing is left over. Names of laws and bodies stay as they are written in their country,
 * with a Spanish gloss where it helps. Tú, neutral Spanish, no gender for the reader.
 */

/** One note's words: its region, each point's text and each link's label, in the English order. */
export interface CareNoteWordsEs {
  region?: string;
  points: readonly string[];
  links: readonly string[];
}

export const CARE_TOPIC_LABELS_ES: Readonly<Record<CareTopic, string>> = {
  'who-can-come': 'Quién puede venir',
  police: 'Si llega la policía',
  law: 'Atención sin consentimiento',
  advance: 'Voluntades anticipadas',
};

export const CARE_NOTE_CAVEAT_ES =
  'Esto es una guía breve, no un consejo legal. Las leyes cambian, y los detalles varían de un lugar a otro. Las páginas de arriba tienen lo más reciente, y un equipo de salud o un servicio de asesoría legal puede responder a tus preguntas.';

export const CARE_ELSEWHERE_ES =
  'La mayoría de los países tienen una ley sobre la atención sin consentimiento, con derechos y plazos. Un médico, un hospital o un servicio de asesoría legal te puede explicar cómo funciona donde vives.';

/** By country code, then by note, in the order of crisis-care-by-country.ts. */
export const CARE_WORDS_ES: Readonly<Record<string, readonly CareNoteWordsEs[]>> = {
  US: [
    {
      points: [
        'Si hay una crisis de salud mental o de consumo de sustancias, puedes llamar o enviar un mensaje de texto al 988. En muchas zonas, un equipo móvil de crisis puede ir a donde estás. Es personal formado para calmar la situación y planear los siguientes pasos. No hay equipos en todos los condados, y los horarios cambian. Pregunta en el 988 o en la línea de crisis de tu condado qué hay cerca de ti.',
        'Si una vida está en peligro, llama al 911. Di que es una crisis de salud mental y pide un agente CIT. CIT quiere decir Equipo de Intervención en Crisis: agentes con formación extra para llamadas de salud mental. No todas las policías los tienen, pero siempre puedes pedirlo.',
        'Cada estado tiene su propia ley sobre la atención en el hospital sin consentimiento. A menudo se llama internamiento civil (civil commitment). Una retención de emergencia dura desde menos de un día hasta unos pocos días, según el estado. Una estancia más larga pasa por una audiencia en un tribunal, donde la persona tiene derecho a representación legal.',
        'Muchos estados tienen leyes sobre las directivas anticipadas psiquiátricas. La persona escribe una cuando está bien. En ella puede decir qué atención quiere, cuál no, y quién puede decidir por ella si no puede hacerlo.',
      ],
      links: ['Línea 988 de Prevención del Suicidio y Crisis', 'Directivas anticipadas psiquiátricas (Mental Health America, en inglés)'],
    },
  ],
  CA: [
    {
      points: [
        'En una crisis de salud mental, puedes llamar o enviar un mensaje de texto al 988, a cualquier hora.',
        'Cada provincia y territorio tiene su propia ley de salud mental (Mental Health Act). Todas prefieren la atención que la persona acepta. Para atender sin consentimiento, primero un profesional de la medicina debe firmar un certificado, que permite una estancia corta en el hospital para una evaluación. Cada ley explica los derechos de la persona, como pedir que se revise la decisión o apelarla.',
      ],
      links: ['988, línea de ayuda en crisis y prevención del suicidio'],
    },
  ],
  GB: [
    {
      region: 'Inglaterra y Gales',
      points: [
        'Para ayuda urgente de salud mental en Inglaterra, llama al 111 del NHS y elige la opción de salud mental. Puedes llamar por otra persona. El equipo puede hablarlo contigo, organizar una evaluación o enviar un equipo de crisis. Gales tiene un servicio 111 parecido. Si una vida está en peligro, llama al 999.',
        'La ley es la Mental Health Act de 1983 (Ley de Salud Mental). Cuando esta ley se usa para que una persona se quede en el hospital, se suele decir que la han «seccionado» (sectioned). Por lo general, deben estar de acuerdo un profesional de salud mental y dos médicos. La sección 2 dura hasta 28 días, para una evaluación. La sección 3 es una estancia más larga, para tratamiento. La persona puede apelar ante un tribunal y puede tener la ayuda de un defensor independiente.',
        'La Mental Health Act de 2025 cambia partes de la ley de 1983, y sus cambios llegan poco a poco. Un cambio: el «pariente más cercano» (nearest relative), un familiar con derechos según la ley, pasa a ser una «persona nombrada» (nominated person), que la persona puede elegir. Pregunta al equipo de salud cuál se aplica.',
        'Una declaración anticipada (advance statement) dice cómo le gustaría a la persona recibir cuidados si no puede decidir. Los médicos deberían seguirla, pero no obliga por ley. Una decisión anticipada (advance decision), que rechaza un tratamiento concreto, sí obliga por ley.',
      ],
      links: ['Declaraciones y decisiones anticipadas (Rethink Mental Illness, en inglés)', 'NHS 111'],
    },
    {
      region: 'Escocia',
      points: [
        'Para ayuda urgente de salud mental, llama al NHS 24 en el 111. Si una vida está en peligro, llama al 999.',
        'La ley es la Mental Health (Care and Treatment) (Scotland) Act de 2003. Un certificado de emergencia permite una estancia de hasta 72 horas. Un certificado de corto plazo permite hasta 28 días, y la persona puede pedir al Tribunal de Salud Mental de Escocia que lo termine. La Mental Welfare Commission (Comisión de Bienestar Mental) vigila cómo se usa la ley.',
        'La ley escocesa reconoce las declaraciones anticipadas. La persona escribe una cuando está bien, y debe firmarla ante un testigo. Los médicos y el tribunal deben tenerla en cuenta. Si deciden en contra, deben escribir por qué y decírselo a la persona, a su persona nombrada y a la Mental Welfare Commission.',
      ],
      links: ['Mental Welfare Commission for Scotland (en inglés)'],
    },
  ],
  IE: [
    {
      points: [
        'La ley es la Mental Health Act de 2001. Un cónyuge o un familiar puede pedir a un médico de cabecera que vea a la persona para valorar un ingreso en el hospital. Una orden de ingreso dura al principio hasta 21 días. Un Tribunal de Salud Mental revisa cada ingreso hecho sin consentimiento. La persona tiene derecho a representación legal, asignada por la Mental Health Commission.',
        'Desde 2023, las personas pueden hacer una directiva anticipada de atención sanitaria. La hacen cuando están bien, para decir qué atención quieren o rechazan si no pueden decidir. Puede incluir la atención de salud mental, con algunos límites.',
      ],
      links: ['Mental Health Commission (en inglés)', 'Decision Support Service (en inglés)'],
    },
  ],
  AU: [
    {
      points: [
        'Cada estado y territorio tiene su propia ley de salud mental (Mental Health Act). Dice cuándo se puede dar tratamiento sin consentimiento y qué derechos tiene la persona. La oficina de asistencia jurídica gratuita (legal aid) de tu zona te puede explicar la ley de tu estado.',
      ],
      links: [],
    },
  ],
  NZ: [
    {
      points: [
        'La ley es la Mental Health (Compulsory Assessment and Treatment) Act de 1992. El profesional que atiende a la persona debe hablar con la familia o whānau, salvo que no sea práctico o no sea lo mejor para la persona. La familia puede incluir amistades cercanas. Los inspectores de distrito, que son abogados, vigilan que se cumpla la ley y que se respeten los derechos de la persona. Un juez puede revisar la situación de la persona.',
        'Según el Código de Derechos (Code of Rights), una persona puede hacer una directiva anticipada sobre la atención que quiere o no quiere en una crisis. Si la familia la conoce, puede apoyar mejor esos deseos.',
      ],
      links: ['Directivas anticipadas (Health and Disability Commissioner, en inglés)', 'La Mental Health Act: guías para la familia y whānau (Te Pou, en inglés)'],
    },
  ],
  ES: [
    {
      points: [
        'Para un ingreso en el hospital sin consentimiento por un problema de salud mental, hace falta la autorización de un juez. Lo dice el artículo 763 de la Ley de Enjuiciamiento Civil. Si es urgente, el hospital puede hacer el ingreso primero, pero debe avisar al juzgado en 24 horas. Después, el juez ve a la persona y decide. La persona puede tener su propia defensa legal.',
        'Las personas adultas pueden escribir un documento de instrucciones previas, también llamado de voluntades anticipadas. En él dicen qué atención quieren si no pueden expresarlo. Cada comunidad autónoma tiene su propio registro, unido a uno nacional.',
      ],
      links: ['Ley 41/2002, artículo 11 (BOE)'],
    },
  ],
  MX: [
    {
      points: [
        'En 2022, México cambió la parte de salud mental de la Ley General de Salud. Ahora la atención se basa en el consentimiento informado: el acuerdo claro y por escrito de la persona a un diagnóstico o a un tratamiento, con pocas excepciones. Algunas leyes estatales aún no se han puesto al día, así que pregunta en el servicio de salud qué se aplica.',
      ],
      links: [],
    },
  ],
};

/** A country's care notes in `language`: the English structure (links, sources, dates) with its words. */
export function crisisCareIn(code: string | undefined, language: Language): CountryCare | undefined {
  const care = crisisCare(code);
  if (!care || language === 'en') return care;
  const words = CARE_WORDS_ES[care.code];
  if (!words) return care;
  return {
    code: care.code,
    notes: care.notes.map((note, n) => ({
      ...note,
      region: words[n]?.region ?? note.region,
      points: note.points.map((p, i) => ({ topic: p.topic, text: words[n]?.points[i] ?? p.text })),
      links: note.links.map((l, i) => ({ href: l.href, label: words[n]?.links[i] ?? l.label })),
    })),
  };
}

/** The words around the notes, in `language`. */
export function careWordsIn(language: Language): { topics: Readonly<Record<CareTopic, string>>; caveat: string; elsewhere: string } {
  return language === 'es'
    ? { topics: CARE_TOPIC_LABELS_ES, caveat: CARE_NOTE_CAVEAT_ES, elsewhere: CARE_ELSEWHERE_ES }
    : { topics: CARE_TOPIC_LABELS, caveat: CARE_NOTE_CAVEAT, elsewhere: CARE_ELSEWHERE };
}
