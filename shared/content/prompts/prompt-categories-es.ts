/**
 * The prompt library's kinds of words in Spanish (the English are `PROMPT_CATEGORIES` in
 * prompt-types.ts), with the same ids, and the choice between them by the interface's
 * language. The screens ask for them at render time, so a change of language shows at once.
 */
import type { Language } from '../locale.ts';
import { PROMPT_CATEGORIES, type PromptCategory, type PromptCategoryInfo } from './prompt-types.ts';

/** Each kind's Spanish name and line, by id. */
export const PROMPT_CATEGORIES_ES: Readonly<Record<PromptCategory, Omit<PromptCategoryInfo, 'id'>>> = {
  listening: {
    label: 'Escuchar y reflejar',
    description: 'Muestra que escuchaste: di con tus propias palabras lo que te contó.',
  },
  validating: {
    label: 'Validar emociones',
    description: 'Hazle saber que sus emociones tienen sentido, aunque tú veas las cosas de otra manera.',
  },
  'i-statements': {
    label: 'Frases desde el “yo”',
    description: 'Di lo que sientes y lo que necesitas, sin culpar.',
  },
  leap: {
    label: 'Escuchar, empatizar, estar de acuerdo, colaborar (LEAP)',
    description: 'Para cuando no ve un problema: escucha su punto de vista, muestra que lo entiendes, ponte de acuerdo en lo que puedas y luego trabaja en equipo con esa persona.',
  },
  calming: {
    label: 'Bajar la tensión',
    description: 'Haz que la charla vaya más despacio cuando las voces empiezan a subir.',
  },
  asking: {
    label: 'Preguntar en vez de decir qué hacer',
    description: 'Preguntas abiertas que invitan a que salgan sus propias ideas.',
  },
  boundaries: {
    label: 'Poner un límite',
    description: 'Di con calma lo que tú vas a hacer. Un límite trata de lo que haces tú, no de lo que hace la otra persona.',
  },
  'saying-no': {
    label: 'Decir que no con cariño',
    description: 'Un no claro que deja la puerta abierta.',
  },
  'encouraging-help': {
    label: 'Animar a pedir ayuda sin presionar',
    description: 'Mantén abierta la puerta a recibir atención, mientras la decisión sigue siendo suya.',
  },
  repair: {
    label: 'Reparar después de una charla difícil',
    description: 'Vuelve a hablar después de una charla que salió mal, y reconoce tu parte.',
  },
  'self-care': {
    label: 'Cuidarte después',
    description: 'Palabras para ti, y para las personas que te apoyan.',
  },
};

const IN_SPANISH: readonly PromptCategoryInfo[] = PROMPT_CATEGORIES.map((c) => ({ id: c.id, ...PROMPT_CATEGORIES_ES[c.id] }));

/** Every kind, in library order, in `language`. */
export function promptCategoriesIn(language: Language): readonly PromptCategoryInfo[] {
  return language === 'es' ? IN_SPANISH : PROMPT_CATEGORIES;
}

/** A kind's name in `language`, for a card or a heading. */
export function categoryLabelIn(id: PromptCategory, language: Language): string {
  return promptCategoriesIn(language).find((c) => c.id === id)?.label ?? id;
}
