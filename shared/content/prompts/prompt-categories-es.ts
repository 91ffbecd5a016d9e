/**
 * The prompt library's categories in Spanish: the same ids and order as `PROMPT_CATEGORIES`
 * in `prompt-types.ts`, each name and line written for families (tú, no gender for the reader).
 */
import type { PromptCategoryInfo } from './prompt-ids.ts';

/** Every category, in the order the library shows them. */
export const PROMPT_CATEGORIES_ES: readonly PromptCategoryInfo[] = [
  {
    id: 'listening',
    label: 'Escuchar y reflejar',
    description: 'Muestra que escuchaste diciendo con tus palabras lo que te contó.',
  },
  {
    id: 'validating',
    label: 'Validar lo que siente',
    description: 'Hazle saber que lo que siente tiene sentido, aunque tú lo veas de otra forma.',
  },
  {
    id: 'i-statements',
    label: 'Hablar desde el «yo»',
    description: 'Cuenta lo que sientes y lo que necesitas, sin culpar.',
  },
  {
    id: 'leap',
    label: 'Escuchar, empatizar, estar de acuerdo y colaborar (LEAP)',
    description: 'Para cuando no ve un problema: escucha su punto de vista, muestra que lo entiendes, coincide en lo que puedas y trabajen en equipo.',
  },
  {
    id: 'calming',
    label: 'Bajar la tensión',
    description: 'Frena una charla cuando empiezan a subir las voces.',
  },
  {
    id: 'asking',
    label: 'Preguntar en vez de decir',
    description: 'Preguntas abiertas que invitan a que salgan sus propias ideas.',
  },
  {
    id: 'boundaries',
    label: 'Decir un límite',
    description: 'Di con calma lo que tú vas a hacer. Un límite habla de lo que haces tú, no de lo que hace la otra persona.',
  },
  {
    id: 'saying-no',
    label: 'Decir que no con cariño',
    description: 'Un no claro que aun así deja la puerta abierta.',
  },
  {
    id: 'encouraging-help',
    label: 'Animar a pedir ayuda sin presionar',
    description: 'Mantén abierta la puerta a la ayuda mientras la decisión sigue en sus manos.',
  },
  {
    id: 'repair',
    label: 'Reparar después de una charla difícil',
    description: 'Vuelve a acercarte después de una charla que salió mal, y reconoce tu parte.',
  },
  {
    id: 'self-care',
    label: 'Cuidarte después',
    description: 'Palabras para ti, y para quienes te apoyan.',
  },
];
