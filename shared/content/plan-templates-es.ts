/**
 * The conversation plan templates in Spanish: the same ids, parts and situations as
 * `plan-templates.ts`, and the same CRAFT advice (see the sources there), written anew for
 * families. The reader writes a plan in the first person, so these lines speak as the reader
 * without giving the reader a gender ("hice algo valiente", "estoy de su lado"), and avoid
 * one for the person where a sentence can.
 */
import type { PlanTemplate } from './plan-template-types.ts';

/** Every template, in the order the list shows them. */
export const PLAN_TEMPLATES_ES: readonly PlanTemplate[] = [
  {
    id: 'suggesting-treatment',
    title: 'Proponer un tratamiento o ayuda',
    summary:
      'Para cuando quieres hablar de buscar ayuda, con suavidad y en un buen momento. Cada parte trae ideas para empezar. Cambia lo que quieras y sáltate lo que no encaje. La decisión sigue en sus manos.',
    fields: {
      about: 'proponer un tratamiento o ayuda',
      goal: 'Que sepa que hay ayuda cuando la quiera, y que estoy de su lado. La meta no es un sí hoy. La meta es dejar la puerta abierta.',
      timeAndPlace:
        'Un momento tranquilo: cuando mencione un problema que le causó la bebida, las drogas o su estado de ánimo, después de una mala mañana, cuando quiera saber por qué he cambiado, o en un rato de calma en que no haya bebido ni consumido.',
      opening: 'Parece que ya no puedes más con cómo han ido las cosas. ¿Te puedo contar una idea? Puedes decirme que no.',
      keyPoints: [
        'Te quiero, y estoy de tu lado, decidas lo que decidas.',
        'Hay ayuda que podría hacer las cosas más fáciles. Encontré un lugar al que podemos llamar tú y yo.',
        'No tienes que decidir ahora. La oferta sigue en pie.',
      ],
      ready: ['Un número al que llamar', 'Una hora de cita que podrías reservar', 'Cómo llegar hasta allí'],
      avoid: 'Presionar, advertir o sacar discusiones viejas. Hablarlo cuando tiene los nervios de punta, cuando hay prisa, o cuando ha bebido o consumido.',
      exitLine: 'Está bien. No voy a insistir. La oferta sigue en pie si cambias de idea.',
      afterCare: 'Saliera como saliera, hice algo valiente. Voy a contarle a alguien de confianza cómo fue, y voy a hacer algo bueno por mí.',
    },
    bySituation: {
      'mental-illness': {
        timeAndPlace:
          'Un momento tranquilo: cuando mencione algo que le ha costado, después de un mal día, cuando quiera saber por qué he cambiado, o en un rato de calma en que se sienta más como siempre.',
        avoid: 'Presionar, advertir o sacar discusiones viejas. Hablarlo cuando tiene los nervios de punta, mucho cansancio o prisa.',
      },
      'substance-use': {
        timeAndPlace:
          'Un momento tranquilo: cuando mencione un problema que le causó la bebida o las drogas, después de una mala mañana, cuando quiera saber por qué he cambiado, o en un rato de calma en que no haya bebido ni consumido.',
      },
    },
  },
];
