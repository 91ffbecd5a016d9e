/**
 * The prompt library in Spanish: the same prompts as `prompts-en.ts`, written anew the way a
 * Spanish-speaking parent, partner or sibling would say them, not word for word.
 *
 * Tú throughout; no gender for the reader, who speaks most of these lines ("me preocupas",
 * not "estoy preocupado"), and none for the person where a sentence can avoid it. Neutral
 * Spanish for Mexico, the United States and Spain: no vosotros, no "coche", "plata",
 * "enfado" or "enojo" (each is regional), "teléfono" rather than "celular" or "móvil".
 *
 * Only the words are here, keyed by the English id; ids, categories, tags and situations
 * come from the English prompt, so a favourite saved in one language is the same prompt in
 * the other. Blanks are in Spanish, one for each English blank, in square brackets.
 */
import type { Prompt } from './prompt-types.ts';
import { PROMPTS_EN } from './prompts-en.ts';

type PromptWords = Pick<Prompt, 'words' | 'whenToUse' | 'insteadOf' | 'tryThis'>;

const WORDS_ES: Readonly<Record<string, PromptWords>> = {
  // ── Escuchar y reflejar ─────────────────────────────────────────────────────
  'listen-sounds-like': {
    words: 'Parece que [lo que pasó] te hizo sentir [cómo te sientes]. ¿Lo entendí bien?',
    whenToUse: 'Cuando te cuenta algo difícil y quieres mostrar que escuchaste.',
    insteadOf: 'Mira, lo que tienes que hacer es…',
    tryThis: 'Parece que fue muy difícil. ¿Lo entendí bien?',
  },
  'listen-tell-me-more': {
    words: 'Cuéntame más sobre [el tema]. Te escucho.',
    whenToUse: 'Cuando empieza a abrirse y quieres que siga hablando.',
    insteadOf: 'Sé exactamente cómo te sientes.',
    tryThis: 'Quiero entenderte. Cuéntame más.',
  },
  'listen-so-youre-saying': {
    words: 'O sea, lo que me dices es que [lo que quiere decir]. ¿Es así?',
    whenToUse: 'Cuando la charla se enreda y quieres asegurarte de que entiendes.',
    insteadOf: 'Eso no fue lo que pasó.',
    tryThis: 'Déjame ver si entendí bien tu parte.',
  },
  'listen-take-your-time': {
    words: 'Tómate tu tiempo. Aquí sigo.',
    whenToUse: 'Cuando se queda en silencio o no encuentra las palabras.',
    insteadOf: 'Llenar el silencio con una pregunta tras otra.',
    tryThis: 'Quedarte un momento en silencio, a su lado.',
  },
  'listen-most-important': {
    words: 'Es mucho. De todo eso, ¿qué es lo que más te pesa ahora?',
    whenToUse: 'Cuando todo sale de golpe y cuesta saber por dónde empezar.',
    insteadOf: 'Intentar resolver todos los problemas de una vez.',
    tryThis: 'Preguntar qué parte le importa más.',
  },
  'listen-two-sides': {
    words: 'Una parte de ti quiere [una cosa] y otra parte no lo tiene claro. Tiene sentido.',
    whenToUse: 'Cuando habla de un cambio, pero también tiene dudas.',
    insteadOf: '¡Pues decídete de una vez!',
    tryThis: 'Parece que te sientes entre dos caminos.',
  },
  'listen-text-got-your-message': {
    words: 'Leí tu mensaje. Gracias por contármelo. Cuando quieras, me cuentas más.',
    whenToUse: 'Cuando te cuenta algo difícil por mensaje y ahora no puedes hablar.',
    insteadOf: 'Responder con una larga lista de consejos.',
    tryThis: 'Una respuesta corta que diga que lo leíste.',
  },
  'listen-or-ideas': {
    words: '¿Quieres que solo te escuche, o te gustaría oír algunas ideas?',
    whenToUse: 'Antes de dar un consejo, para dar la ayuda que de verdad quiere.',
    insteadOf: 'Esto es lo que tienes que hacer.',
    tryThis: '¿Te sirven unas ideas, o prefieres que solo te escuche?',
  },
  'listen-their-words': {
    words: 'Dijiste que se siente como [sus palabras]. Suena muy pesado.',
    whenToUse: 'Cuando usa una frase fuerte y quieres que sepa que te llegó.',
    insteadOf: 'Ay, no puede ser para tanto.',
    tryThis: 'Eso suena muy pesado.',
  },

  // ── Validar lo que siente ──────────────────────────────────────────────────
  'validate-makes-sense': {
    words: 'Tiene sentido que sientas [lo que sientes] después de [lo que pasó].',
    whenToUse: 'Cuando te cuenta lo que siente y quieres que sienta tu compañía.',
    insteadOf: 'No deberías sentirte así.',
    tryThis: 'Cualquiera se sentiría así después de eso.',
  },
  'validate-hard-day': {
    words: 'Suena a un día muy difícil. Siento que haya salido así.',
    whenToUse: 'Cuando te cuenta que tuvo un mal día, grande o pequeño.',
    insteadOf: 'Bueno, todos tenemos días malos.',
    tryThis: 'Suena difícil. Lo siento.',
  },
  'validate-angry': {
    words: 'Veo cuánta rabia sientes. Lo que sientes me importa.',
    whenToUse: 'Cuando tiene rabia, contra ti o contra otra persona.',
    insteadOf: '¡Cálmate!',
    tryThis: 'Veo lo mucho que te afecta esto.',
  },
  'validate-see-it-differently': {
    words: 'Puede que yo lo vea un poco distinto, pero entiendo por qué sientes [lo que sientes].',
    whenToUse: 'Cuando no estás de acuerdo, pero quieres respetar lo que siente.',
    insteadOf: 'Haces mal en sentirte así.',
    tryThis: 'Lo veo de otra forma, y aun así lo que sientes tiene sentido.',
  },
  'validate-scared': {
    words: 'Está bien sentir miedo por esto. A mucha gente le pasaría.',
    whenToUse: 'Cuando teme un diagnóstico, un gran cambio o empezar un tratamiento.',
    insteadOf: 'No hay nada que temer.',
    tryThis: 'Claro que esto da miedo.',
  },
  'validate-not-a-bad-person': {
    words: 'No eres mala persona. Estás pasando por algo muy difícil.',
    whenToUse: 'Cuando siente vergüenza después de una recaída o de un momento difícil.',
    insteadOf: '¿Cómo pudiste hacerlo otra vez?',
    tryThis: 'Los tropiezos pasan. Sigo aquí.',
  },
  'validate-effort': {
    words: 'Veo el esfuerzo que estás haciendo, incluso los días en que no se nota.',
    whenToUse: 'Cuando siente que no avanza o que nadie ve su esfuerzo.',
    insteadOf: 'Podrías esforzarte un poco más.',
    tryThis: 'Veo todo lo que estás poniendo de tu parte.',
  },
  'validate-worn-out': {
    words: 'Te noto sin fuerzas. Es normal, con todo lo que llevas encima.',
    whenToUse: 'Cuando parece que ya no puede más y tiene el ánimo bajo.',
    insteadOf: 'Lo que necesitas es dormir más.',
    tryThis: 'Con razón no te quedan fuerzas.',
  },
  'validate-text-thinking-of-you': {
    words: 'Hoy pienso en ti. No hace falta que contestes. Sé que estás en un momento difícil.',
    whenToUse: 'Cuando pasa por una mala racha y quieres acercarte con suavidad.',
    insteadOf: '¿Por qué no me contestas?',
    tryThis: 'Un mensaje corto que no pide nada a cambio.',
  },
  'validate-feels-real': {
    words: 'Yo no oigo lo que tú oyes, pero te creo que para ti se siente muy real y da miedo.',
    whenToUse: 'Cuando te habla de voces o de miedos que tú no compartes.',
    insteadOf: 'Eso no es real. Te lo estás imaginando.',
    tryThis: 'Te creo que para ti se siente real.',
  },

  // ── Frases en primera persona ("yo siento") ────────────────────────────────
  'i-feel-when': {
    words: 'Siento [lo que siento] cuando [lo que pasó], porque [por qué me importa].',
    whenToUse: 'Cuando quieres hablar de un problema sin culpar.',
    insteadOf: 'Siempre lo arruinas todo.',
    tryThis: 'Me duele cuando los planes se caen.',
  },
  'i-worried-about-you': {
    words: 'Me preocupas. He notado [lo que he visto], y te quiero.',
    whenToUse: 'Cuando quieres contarle que te preocupa su salud.',
    insteadOf: 'Últimamente eres un desastre.',
    tryThis: 'Me preocupas, y te cuento lo que he notado.',
  },
  'i-noticed-money': {
    words: 'Noté que falta dinero de [dónde], y me siento mal y no lo entiendo.',
    whenToUse: 'Cuando ha desaparecido dinero y quieres hablar sin culpar.',
    insteadOf: 'Me robaste.',
    tryThis: 'Noté que falta dinero, y me duele.',
  },
  'i-upset-what-happened': {
    words: 'Me dolió lo que pasó, y no quiero decir algo de lo que me arrepienta. ¿Lo hablamos cuando estemos más en calma?',
    whenToUse: 'Cuando quieres nombrar lo que te dolió, sin ponerle a nadie una etiqueta.',
    insteadOf: '¡Todo lo que dices es mentira!',
    tryThis: 'Me dolió lo que pasó. ¿Lo hablamos más tarde?',
  },
  'i-miss-you': {
    words: 'Extraño [algo que hacíamos]. Me encantaría volver a hacerlo contigo.',
    whenToUse: 'Cuando quieres acercarte con cariño, no con una queja.',
    insteadOf: 'Ya nunca pasas tiempo con nosotros.',
    tryThis: 'Extraño los ratos contigo.',
  },
  'i-need-quiet': {
    words: 'Esta noche necesito un rato de calma. No es por ti. Es que no me quedan fuerzas.',
    whenToUse: 'Cuando necesitas un descanso y no quieres que lo viva como un rechazo.',
    insteadOf: '¡Déjame en paz!',
    tryThis: 'Necesito descansar. No es por ti.',
  },
  'i-scared-loud': {
    words: 'Me da miedo cuando se levanta la voz. Quiero que hablemos con calma.',
    whenToUse: 'Cuando los gritos se han vuelto parte de sus charlas.',
    insteadOf: '¡Deja de gritarme!',
    tryThis: 'Me asusto cuando hay gritos. ¿Podemos hablar más bajo?',
  },
  'i-hurt-by-words': {
    words: 'Cuando dijiste [lo que dijo], sentí [lo que sentí]. ¿Podemos hablarlo?',
    whenToUse: 'Cuando algo que dijo te dolió y ahora ya hay calma.',
    insteadOf: 'No decir nada y seguir con el dolor durante días.',
    tryThis: 'Decir qué te dolió, cuando ya hay calma.',
  },
  'i-text-can-we-talk': {
    words: 'Me siento [cómo me siento] por [el tema]. ¿Podemos hablarlo esta noche?',
    whenToUse: 'Cuando quieres proponer una charla por mensaje para que no le tome por sorpresa.',
    insteadOf: 'Tenemos que hablar.',
    tryThis: 'Decir de qué quieres hablar y cuándo.',
  },
  'i-proud': {
    words: 'Siento mucho orgullo de ti por [lo que hiciste].',
    whenToUse: 'Cuando da un paso adelante, por pequeño que sea.',
    insteadOf: '¡Por fin! Ya era hora.',
    tryThis: 'Siento mucho orgullo de ti.',
  },

  // ── Escuchar, empatizar, estar de acuerdo, colaborar (LEAP) ────────────────
  'leap-listen-how-you-see-it': {
    words: '¿Qué crees que está pasando? De verdad quiero saber cómo lo ves.',
    whenToUse: 'Escuchar: cuando no cree que pase nada y quieres oír primero su punto de vista.',
    insteadOf: 'Está clarísimo que tienes un problema.',
    tryThis: '¿Tú cómo lo ves?',
  },
  'leap-listen-hopes': {
    words: '¿Cómo te gustaría que fuera tu vida dentro de un año?',
    whenToUse: 'Escuchar: cuando quieres saber qué le importa, en vez de discutir el problema.',
    insteadOf: 'Así no vas a llegar a ninguna parte.',
    tryThis: '¿Qué es lo que esperas?',
  },
  'leap-listen-later': {
    words: '¿Te parece si te digo lo que pienso un poco más tarde? Ahora solo quiero escucharte.',
    whenToUse: 'Escuchar: cuando te pide tu opinión, pero la charla sigue tensa.',
    insteadOf: 'Pues ya que preguntas, creo que no quieres ver la realidad.',
    tryThis: 'Pedir guardar tu opinión para más tarde.',
  },
  'leap-empathize-frustrating': {
    words: 'Debe ser frustrante que la gente te diga una y otra vez que algo anda mal.',
    whenToUse: 'Empatizar: cuando siente que todo el mundo está en su contra.',
    insteadOf: 'Te lo decimos porque es verdad.',
    tryThis: 'Eso debe ser muy frustrante.',
  },
  'leap-empathize-scary': {
    words: 'Entiendo que eso te dé miedo. Creo que a mí me pasaría lo mismo.',
    whenToUse: 'Empatizar: cuando te cuenta qué le preocupa de pedir ayuda.',
    insteadOf: 'Qué tontería. No hay de qué preocuparse.',
    tryThis: 'Entiendo que eso te dé miedo.',
  },
  'leap-agree-shared-goal': {
    words: 'Tú y yo queremos [lo que queremos en común]. Empecemos por ahí.',
    whenToUse: 'Estar de acuerdo: cuando no coinciden en el problema, pero sí en una meta.',
    insteadOf: 'No hasta que admitas que tienes un problema.',
    tryThis: 'Empezar por lo que quieren ambas partes.',
  },
  'leap-agree-to-disagree': {
    words: 'Lo vemos de forma distinta, y está bien. Respeto cómo lo ves.',
    whenToUse: 'Estar de acuerdo: cuando hoy nadie va a cambiar de opinión.',
    insteadOf: 'No pienso dejarlo hasta que veas que tengo razón.',
    tryThis: 'Podemos verlo distinto y seguir bien.',
  },
  'leap-agree-fair-point': {
    words: 'Tienes razón en que [lo que dijo]. En eso estoy de acuerdo.',
    whenToUse: 'Estar de acuerdo: cuando dice algo razonable, aunque sea pequeño.',
    insteadOf: 'Sí, pero…',
    tryThis: 'En esa parte tienes razón.',
  },
  'leap-partner-try-together': {
    words: '¿Y si probamos [una idea] unas semanas y vemos qué tal?',
    whenToUse: 'Colaborar: cuando ve con buenos ojos un paso pequeño que pueden dar en equipo.',
    insteadOf: 'Tienes que hacerlo, y desde ya.',
    tryThis: '¿Lo probamos un tiempo y vemos?',
  },
  'leap-partner-your-choice': {
    words: 'Tú decides. Si algún día quieres ayuda para buscar [qué tipo de ayuda], te ayudo a buscarla.',
    whenToUse: 'Colaborar: cuando quieres ofrecer ayuda y dejar la decisión en sus manos.',
    insteadOf: 'Ya te pedí la cita, así que vas a ir.',
    tryThis: 'Tú decides, y te ayudo si quieres.',
  },

  // ── Bajar la tensión ───────────────────────────────────────────────────────
  'calm-take-a-break': {
    words: 'Quiero escucharte, y me estoy alterando. ¿Paramos diez minutos y luego seguimos?',
    whenToUse: 'Cuando notas que tu propia rabia va en aumento.',
    insteadOf: 'Gritar tú también.',
    tryThis: 'Decir que necesitas una pausa corta, y cuándo vuelves.',
  },
  'calm-slow-down': {
    words: 'Vamos más despacio. Te escucho.',
    whenToUse: 'Cuando empiezan a subir las voces.',
    insteadOf: 'Hablar más fuerte para que te oiga.',
    tryThis: 'Hablar un poco más despacio y más bajo.',
  },
  'calm-on-your-side': {
    words: 'No estoy en tu contra. Estoy de tu lado, aunque no pensemos igual.',
    whenToUse: 'Cuando siente que todo es un ataque y la charla se vuelve una pelea.',
    insteadOf: 'Bueno, haz lo que quieras.',
    tryThis: 'Recordarle que están en el mismo equipo.',
  },
  'calm-one-thing': {
    words: 'Por ahora hablemos solo de [una cosa]. Lo demás puede esperar.',
    whenToUse: 'Cuando la charla no deja de traer peleas viejas.',
    insteadOf: 'Y otra cosa más…',
    tryThis: 'Quedarte en un solo tema.',
  },
  'calm-step-outside': {
    words: 'Voy a salir un momento. Vuelvo cuando las cosas estén más tranquilas.',
    whenToUse: 'Si no te sientes a salvo: tu seguridad va primero; si hay peligro, llama al número de emergencias de donde estés.',
    insteadOf: 'Quedarte en una habitación donde no te sientes a salvo.',
    tryThis: 'Salir con calma, y pedir ayuda si la necesitas.',
  },
  'calm-talk-tomorrow': {
    words: 'Hablemos de esto mañana, cuando podamos pensar con más claridad.',
    whenToUse: 'Cuando ha bebido o consumido y la charla se está calentando.',
    insteadOf: 'Discutir mientras está bajo los efectos del alcohol o de las drogas.',
    tryThis: 'Elegir un mejor momento para hablar.',
  },
  'calm-name-it': {
    words: 'Esto se está poniendo tenso. No quiero pelear contigo.',
    whenToUse: 'Cuando notas que una charla está a punto de volverse pelea.',
    insteadOf: 'Intentar ganar la discusión.',
    tryThis: 'Decir en voz alta que no quieres pelear.',
  },
  'calm-what-would-help': {
    words: '¿Qué te ayudaría ahora? ¿Un poco de espacio, un vaso de agua o salir a caminar?',
    whenToUse: 'Cuando tiene los nervios de punta y quieres darle opciones.',
    insteadOf: 'Cálmate ya.',
    tryThis: 'Ofrecer unas pocas opciones sencillas.',
  },
  'calm-hard-for-both': {
    words: 'Esto es difícil para ti y para mí. Respiremos un momento.',
    whenToUse: 'Cuando hay tensión y nadie ve la salida.',
    insteadOf: 'Me lo estás poniendo muy difícil.',
    tryThis: 'Decir que les cuesta a ambas partes.',
  },
  'calm-somewhere-quieter': {
    words: '¿Te ayudaría ir a un lugar más tranquilo? Podemos quedarnos un rato sin más.',
    whenToUse: 'Cuando el ruido, la gente o los pensamientos acelerados parecen ser demasiado.',
    insteadOf: 'Ya reacciona, sal de eso.',
    tryThis: 'Ofrecer un lugar más tranquilo.',
  },

  // ── Preguntar en vez de decir ──────────────────────────────────────────────
  'ask-what-would-help': {
    words: '¿Qué es lo que más te ayudaría ahora?',
    whenToUse: 'Cuando quieres ayudar, pero no sabes bien cómo.',
    insteadOf: 'Esto es lo que deberías hacer.',
    tryThis: '¿Qué te ayudaría?',
  },
  'ask-how-to-support': {
    words: '¿Cómo puedo apoyarte con [tu meta] de una forma que te venga bien?',
    whenToUse: 'Cuando trabaja en algo y quieres ayudar a su manera.',
    insteadOf: 'Déjalo, yo me encargo.',
    tryThis: 'Preguntar qué tipo de ayuda quiere.',
  },
  'ask-what-helped-before': {
    words: '¿Qué te ayudó la última vez que las cosas se pusieron difíciles?',
    whenToUse: 'Cuando vuelve a pasarlo mal y quieres partir de lo que funcionó.',
    insteadOf: 'Otra vez lo mismo.',
    tryThis: '¿Qué te ayudó la última vez?',
  },
  'ask-your-view': {
    words: '¿Qué piensas de [el tema]? Me gustaría saber tu opinión.',
    whenToUse: 'Cuando vas a dar tu opinión y podrías preguntar primero la suya.',
    insteadOf: 'Deja que te diga lo que pienso.',
    tryThis: '¿Tú qué piensas?',
  },
  'ask-scale': {
    words: 'Del uno al diez, ¿cómo te sientes hoy?',
    whenToUse: 'Cuando quieres saber cómo está con una pregunta fácil de contestar.',
    insteadOf: 'Algo te pasa. ¿Qué tienes?',
    tryThis: 'Un número sencillo para empezar a hablar.',
  },
  'ask-good-and-not-so-good': {
    words: '¿Qué te gusta de [beber o consumir], y qué no te gusta tanto?',
    whenToUse: 'Cuando quieres que piense en un cambio con sus propias palabras.',
    insteadOf: 'Sabes que te hace daño.',
    tryThis: '¿Tú qué opinas de eso?',
  },
  'ask-permission': {
    words: '¿Te puedo contar algo que he notado? Puedes decirme que no.',
    whenToUse: 'Antes de hablar de algo que te preocupa.',
    insteadOf: 'Tengo que decirte algo, y no te va a gustar.',
    tryThis: 'Preguntar primero si quiere escucharlo.',
  },
  'ask-about-suicide': {
    words: 'Me importas, así que te lo pregunto claro. ¿Estás pensando en quitarte la vida?',
    whenToUse: 'Cuando temes que se haga daño; si hay peligro ahora, llama al número de emergencias o a una línea de crisis.',
    insteadOf: 'No vas a hacer ninguna tontería, ¿verdad?',
    tryThis: 'Preguntar claro. Preguntar no le mete la idea en la cabeza.',
  },
  'ask-one-thing-this-week': {
    words: '¿Qué cosa te gustaría sacar adelante esta semana? ¿Te puedo ayudar?',
    whenToUse: 'Cuando se siente sin salida y una meta pequeña podría ayudar.',
    insteadOf: 'Tienes que poner tu vida en orden.',
    tryThis: '¿Qué cosa te gustaría hacer?',
  },
  'ask-better-tomorrow': {
    words: '¿Qué haría que mañana fuera un poco mejor para ti?',
    whenToUse: 'Al final de un día difícil, para mirar hacia adelante en equipo.',
    insteadOf: 'Más te vale que mañana sea mejor.',
    tryThis: '¿Qué te ayudaría mañana?',
  },

  // ── Decir un límite ────────────────────────────────────────────────────────
  'boundary-when-i-will': {
    words: 'Cuando [lo que pase], yo voy a [lo que haré]. Te lo digo ahora para que no te tome por sorpresa.',
    whenToUse: 'Cuando ya elegiste un límite y quieres contarlo en un momento de calma.',
    insteadOf: 'Decírselo en medio de una pelea.',
    tryThis: 'Contarlo con calma y con tiempo.',
  },
  'boundary-after-drinking': {
    words: 'Si llegas a casa después de beber, voy a pasar la noche en [dónde]. Te quiero, y necesito sentirme a salvo.',
    whenToUse: 'Cuando la bebida en casa te ha dejado en tensión o sin sentirte a salvo.',
    insteadOf: '¡Si vuelves a llegar en ese estado, te vas de la casa!',
    tryThis: 'Decir lo que vas a hacer, y que te importa.',
  },
  'boundary-no-lending': {
    words: 'Ya no voy a prestarte dinero. Sí te puedo ayudar con [algo que puedo hacer].',
    whenToUse: 'Cuando prestarle dinero se ha vuelto una preocupación para ti.',
    insteadOf: 'Nunca más te voy a dar dinero.',
    tryThis: 'Un no claro al dinero y un sí a otra ayuda.',
  },
  'boundary-shouting': {
    words: 'Si hay gritos, me voy a salir de la habitación. Vuelvo cuando haya calma.',
    whenToUse: 'Cuando las charlas terminan una y otra vez en gritos.',
    insteadOf: '¡Ni se te ocurra levantarme la voz!',
    tryThis: 'Decir lo que harás cuando suba el tono.',
  },
  'boundary-late-calls': {
    words: 'Apago el teléfono a las [hora] para poder descansar. Te llamo por la mañana.',
    whenToUse: 'Cuando las llamadas de noche te agotan; asegúrate de que tenga una línea de crisis para la noche.',
    insteadOf: '¡Deja de llamarme a todas horas!',
    tryThis: 'Decir cuándo puedes hablar, y cuándo devolverás la llamada.',
  },
  'boundary-same-answer': {
    words: 'Veo que esto te duele. Mi respuesta sigue siendo la misma.',
    whenToUse: 'Cuando ponen a prueba tu límite y quieres mantenerlo con calma.',
    insteadOf: 'Ceder, o empezar la pelea otra vez desde el principio.',
    tryThis: 'Repetir las mismas palabras, con calma.',
  },
  'boundary-home': {
    words: 'No quiero drogas en mi casa. Si pasa, te voy a pedir que esa noche duermas en otro lugar.',
    whenToUse: 'Cuando quieres dejar claro con tiempo cómo será tu casa.',
    insteadOf: 'Si encuentro algo, te echo de la casa.',
    tryThis: 'Un paso sereno que puedes dar cada vez.',
  },
  'boundary-cover-for': {
    words: 'Ya no voy a poner excusas por ti con [persona]. Vas a hablar tú directamente.',
    whenToUse: 'Cuando llevas tiempo poniendo excusas en su nombre y eso te está agotando.',
    insteadOf: 'Le voy a contar a todo el mundo lo que hiciste.',
    tryThis: 'Dar un paso atrás y dejar que dé la cara por su cuenta.',
  },
  'boundary-text-in-anger': {
    words: 'Te quiero. No voy a contestar mensajes con rabia. Te contesto cuando todo esté más en calma.',
    whenToUse: 'Cuando llegan mensajes con rabia sin parar y sientes la presión de contestar ya.',
    insteadOf: 'Contestar con otro mensaje lleno de rabia.',
    tryThis: 'Esperar, y contestar cuando estés en calma.',
  },
  'boundary-my-time': {
    words: 'Los [día] por la tarde voy a [actividad]. Ese tiempo es para mí.',
    whenToUse: 'Cuando tu propia vida ha quedado de lado y quieres recuperar un poco.',
    insteadOf: 'Dejar sin decir nada las cosas que disfrutas.',
    tryThis: 'Guardar un rato cada semana que sea solo tuyo.',
  },

  // ── Decir que no con cariño ────────────────────────────────────────────────
  'no-thanks-for-asking': {
    words: 'Gracias por pedírmelo. Mi respuesta es no, pero me alegra que hayas acudido a mí.',
    whenToUse: 'Cuando quieres decir que no y que siga acudiendo a ti.',
    insteadOf: '¿Cómo te atreves siquiera a pedírmelo?',
    tryThis: 'Dar las gracias por pedirlo, y luego decir que no.',
  },
  'no-money-other-help': {
    words: 'No puedo darte dinero. En cambio, puedo [otra forma de ayudar].',
    whenToUse: 'Cuando te pide dinero y quieres ofrecer otra clase de ayuda.',
    insteadOf: '¿Y qué hiciste con lo que te di la otra vez?',
    tryThis: 'No al dinero, sí a otra clase de ayuda.',
  },
  'no-not-today': {
    words: 'Hoy no puedo. ¿Lo vemos otra vez el [día]?',
    whenToUse: 'Cuando la respuesta es «ahora no», y no «nunca».',
    insteadOf: 'Decir que sí cuando ya no te queda nada que dar.',
    tryThis: 'Hoy no, y te digo cuándo.',
  },
  'no-and-love': {
    words: 'No, eso no lo voy a hacer. Y te sigo queriendo.',
    whenToUse: 'Cuando quieres que tu no quede claro, y tu cariño también.',
    insteadOf: 'No, y no me lo vuelvas a pedir.',
    tryThis: 'No, y te quiero.',
  },
  'no-ride': {
    words: 'Esta noche no puedo llevarte. Te ayudo a buscar otra forma de llegar.',
    whenToUse: 'Cuando te piden un favor que no te parece bien.',
    insteadOf: 'Hacer el viaje de todos modos y quedarte con la inquietud.',
    tryThis: 'Decir que no a eso, y ofrecer otra cosa.',
  },
  'no-for-now': {
    words: 'Lo he pensado, y por ahora mi respuesta es no.',
    whenToUse: 'Cuando insiste y sientes la presión de dar más razones.',
    insteadOf: 'Una larga lista de razones para discutir.',
    tryThis: 'Un no corto y tranquilo, repetido si hace falta.',
  },
  'no-let-me-think': {
    words: 'Déjame pensarlo. Te respondo antes de [cuándo].',
    whenToUse: 'Cuando sientes prisa por decir que sí.',
    insteadOf: 'Decir que sí en el momento.',
    tryThis: 'Tomarte un tiempo para pensarlo primero.',
  },
  'no-text': {
    words: 'Con eso no puedo ayudarte. Ojalá encuentres la manera, y aquí estoy para hablar.',
    whenToUse: 'Cuando te piden algo por mensaje y quieres un no corto y cálido.',
    insteadOf: 'No contestar nada.',
    tryThis: 'Un no corto que deja la puerta abierta.',
  },
  'no-still-on-your-side': {
    words: 'Sé que no es la respuesta que esperabas. Sigo de tu lado.',
    whenToUse: 'Cuando tu no le cae mal y parece que le dolió.',
    insteadOf: 'Echarte atrás para que no se moleste.',
    tryThis: 'Seguir con cariño y mantener tu respuesta.',
  },

  // ── Animar a pedir ayuda sin presionar ─────────────────────────────────────
  'help-open-door': {
    words: 'Si algún día quieres hablar de esto con alguien, te ayudo a encontrar a la persona adecuada.',
    whenToUse: 'Cuando todavía no es su momento y quieres dejar la puerta abierta.',
    insteadOf: 'Necesitas ayuda, y lo sabes.',
    tryThis: 'Cuando quieras ayuda, aquí voy a estar.',
  },
  'help-up-to-you': {
    words: '¿Te serviría hablar con un médico o con alguien que sepa de esto? Tú decides.',
    whenToUse: 'Cuando parece que lo está pasando mal y quizás acepte ayuda.',
    insteadOf: 'Ya te hice una cita.',
    tryThis: 'Ofrecer, y dejar la decisión en sus manos.',
  },
  'help-come-with-you': {
    words: 'Si quieres, te puedo acompañar a la primera cita.',
    whenToUse: 'Cuando quiere ayuda, pero le dan nervios ir.',
    insteadOf: 'No es para tanto. Solo ve.',
    tryThis: 'Ofrecerte a ir también.',
  },
  'help-small-step': {
    words: '¿Cuál sería un paso pequeño que te parezca bien?',
    whenToUse: 'Cuando todo el camino le parece demasiado.',
    insteadOf: 'Tienes que arreglar todo esto ya.',
    tryThis: 'Un paso pequeño cada vez.',
  },
  'help-after-setback': {
    words: 'Un tropiezo no borra lo que has avanzado. ¿Te ayudaría llamar hoy a [persona de apoyo]?',
    whenToUse: 'Después de una recaída o una mala racha, cuando siente que lo ha perdido todo.',
    insteadOf: 'O sea que todo ese esfuerzo no sirvió de nada.',
    tryThis: 'Lo que has avanzado sigue contando.',
  },
  'help-others-been-there': {
    words: 'A algunas personas les ayuda conocer a otras que han pasado por lo mismo. ¿Quieres que busquemos un grupo?',
    whenToUse: 'Cuando siente que nadie entiende lo que está viviendo.',
    insteadOf: 'Deberías ir a una reunión.',
    tryThis: 'Pensar en voz alta, y ofrecer buscar en equipo.',
  },
  'help-your-choice': {
    words: 'La decisión es tuya. Te voy a apoyar de todas formas, y ojalá lo pienses.',
    whenToUse: 'Cuando ya le dijiste lo que esperas y quieres dar un paso atrás.',
    insteadOf: 'Si me quisieras, irías.',
    tryThis: 'Tú decides, y estoy contigo.',
  },
  'help-text-found-something': {
    words: 'Encontré [nombre de un servicio]. Sin presión. Solo te lo paso por si te sirve.',
    whenToUse: 'Cuando encontraste algo que podría ayudar y quieres pasarlo con suavidad.',
    insteadOf: 'Mandar un enlace tras otro.',
    tryThis: 'Una sola cosa, una sola vez, sin presión.',
  },
  'help-what-gets-in-the-way': {
    words: '¿Qué hace que te cueste pedir ayuda? A lo mejor esa parte la podemos resolver en equipo.',
    whenToUse: 'Cuando dice que quiere ayuda, pero todavía no ha dado ningún paso.',
    insteadOf: 'Siempre dices que vas a ir, y nunca vas.',
    tryThis: '¿Qué te lo pone difícil?',
  },
  'help-plan-on-good-day': {
    words: 'Ahora que estamos en calma, ¿podemos anotar qué te ayuda cuando las cosas se ponen difíciles?',
    whenToUse: 'En un día bueno, para planear en equipo los días más difíciles.',
    insteadOf: 'Esperar a la próxima crisis para hablar de ello.',
    tryThis: 'Hacer un plan en equipo mientras hay calma.',
  },

  // ── Reparar después de una charla difícil ──────────────────────────────────
  'repair-sorry-for': {
    words: 'Perdón por [lo que hice]. No fue justo contigo.',
    whenToUse: 'Cuando dijiste o hiciste algo de lo que te arrepientes.',
    insteadOf: 'Hacer como si nada hubiera pasado.',
    tryThis: 'Decir qué hiciste, y pedir perdón.',
  },
  'repair-try-again': {
    words: 'Esa charla no salió como yo quería. ¿Lo intentamos otra vez?',
    whenToUse: 'Cuando una charla salió mal y quieres empezar de nuevo.',
    insteadOf: 'Bueno, pues qué bien salió todo.',
    tryThis: '¿Lo intentamos otra vez?',
  },
  'repair-my-part': {
    words: 'He estado pensando en [cuándo pasó]. Mi parte fue [lo que hice]. Ahora lo haría distinto.',
    whenToUse: 'Cuando ya tuviste tiempo de pensar y ves cuál fue tu parte.',
    insteadOf: 'Esperar a que pida perdón primero.',
    tryThis: 'Reconocer tu parte primero.',
  },
  'repair-still-love-you': {
    words: 'Tuvimos una charla difícil, y te sigo queriendo. Eso no cambia.',
    whenToUse: 'Cuando una charla difícil puede haberle hecho sentir rechazo.',
    insteadOf: 'Quedarte en silencio y con frialdad durante días.',
    tryThis: 'Decir claro que tu cariño no ha cambiado.',
  },
  'repair-text-sorry': {
    words: 'Perdón por lo de antes. Me gustaría hablar cuando quieras. Sin prisa.',
    whenToUse: 'Cuando quieres acercarte después de una pelea, pero necesita espacio.',
    insteadOf: 'Llamar una y otra vez hasta que conteste.',
    tryThis: 'Un mensaje corto, y luego darle tiempo.',
  },
  'repair-listen-now': {
    words: 'La última vez no te escuché de verdad. Ahora quiero escucharte.',
    whenToUse: 'Cuando antes te adelantaste demasiado y quieres hacerle espacio.',
    insteadOf: 'Retomar la misma discusión donde se quedó.',
    tryThis: 'Empezar esta vez por escuchar.',
  },
  'repair-no-but': {
    words: 'Perdón por levantarte la voz. No te lo merecías.',
    whenToUse: 'Cuando perdiste la calma y quieres reconocerlo.',
    insteadOf: 'Perdón, pero tú empezaste.',
    tryThis: 'Un perdón sin «pero».',
  },
  'repair-after-setback-talk': {
    words: 'Cuando supe de [la recaída], dije cosas de las que me arrepiento. Perdóname.',
    whenToUse: 'Cuando reaccionaste a una recaída de una forma que no te gustó.',
    insteadOf: 'Bueno, me diste motivos de sobra para reaccionar así.',
    tryThis: 'Pedir perdón por tus palabras, sea lo que sea lo que pasó antes.',
  },
  'repair-what-do-you-need': {
    words: '¿Necesitas algo de mí para que estemos bien otra vez?',
    whenToUse: 'Después de pedir perdón, para saber qué le ayudaría.',
    insteadOf: 'Ya te pedí perdón. ¿Qué más quieres?',
    tryThis: 'Preguntar qué necesita ahora.',
  },

  // ── Cuidarte después ───────────────────────────────────────────────────────
  'self-did-my-best': {
    words: 'Hice lo mejor que pude en un momento difícil. Por hoy, con eso basta.',
    whenToUse: 'Después de una charla difícil, cuando no paras de darle vueltas a lo que dijiste.',
    insteadOf: 'Repasar cada palabra media noche.',
    tryThis: 'Decirte que hiciste lo mejor que pudiste.',
  },
  'self-not-my-fault': {
    words: 'Yo no causé esto, y no puedo arreglarlo sin ayuda. Aun así, puedo ayudar a mi manera.',
    whenToUse: 'Cuando te invade la culpa y empiezas a echarte la responsabilidad.',
    insteadOf: 'Todo es culpa mía.',
    tryThis: 'No lo causé. Aun así, puedo ayudar.',
  },
  'self-call-a-friend': {
    words: '¿Puedo hablar contigo un rato? Tuve una charla difícil con [nombre] y necesito desahogarme.',
    whenToUse: 'Cuando necesitas hablarlo con alguien de confianza.',
    insteadOf: 'Guardártelo todo.',
    tryThis: 'Buscar a una persona.',
  },
  'self-rest-now': {
    words: 'Ahora voy a descansar. Lo demás puede esperar a mañana.',
    whenToUse: 'Cuando te quedas sin fuerzas después de un día difícil.',
    insteadOf: 'Seguir y seguir hasta no poder más.',
    tryThis: 'Darte permiso para parar por hoy.',
  },
  'self-one-talk': {
    words: 'Una charla difícil no lo deshace todo. Mañana es un nuevo comienzo.',
    whenToUse: 'Cuando una mala charla te hace sentir que nada va a cambiar nunca.',
    insteadOf: 'Lo arruiné todo.',
    tryThis: 'Una charla es solo una charla.',
  },
  'self-breathe': {
    words: 'Voy a respirar despacio tres veces y a tomar un vaso de agua.',
    whenToUse: 'Justo después de un momento difícil, cuando el corazón todavía te late rápido.',
    insteadOf: 'Saltar directo a la siguiente tarea.',
    tryThis: 'Una pequeña pausa para tu cuerpo.',
  },
  'self-ask-family': {
    words: 'Esta semana me vendría bien un poco de ayuda. ¿Podrías [tarea]?',
    whenToUse: 'Cuando cargas con demasiado y otra persona podría llevar una parte.',
    insteadOf: 'Hacerlo todo tú.',
    tryThis: 'Pedir una cosa concreta.',
  },
  'self-support-too': {
    words: 'Yo también merezco apoyo. Esta semana voy a buscar un grupo para familias.',
    whenToUse: 'Cuando notas que das cuidado y no recibes ninguno.',
    insteadOf: 'Debería poder con todo sin ayuda.',
    tryThis: 'Yo también necesito apoyo, y está bien.',
  },
  'self-joy-allowed': {
    words: 'Está bien que disfrute [algo que me encanta], aunque las cosas estén difíciles.',
    whenToUse: 'Cuando sientes culpa por pasar un buen rato.',
    insteadOf: '¿Cómo voy a divertirme en un momento así?',
    tryThis: 'Los buenos momentos me ayudan a seguir.',
  },
  'self-text-check-in': {
    words: 'Día difícil. ¿Me escribes esta noche para ver cómo sigo?',
    whenToUse: 'Cuando quieres que alguien de confianza sepa que lo estás pasando mal.',
    insteadOf: 'Estoy bien, de verdad.',
    tryThis: 'Un mensaje corto y sincero a alguien de confianza.',
  },
};

/**
 * Every library prompt in Spanish, in the English order. A prompt with no Spanish words yet
 * keeps its English ones rather than vanishing (the structure test keeps that from happening).
 */
export const PROMPTS_ES: readonly Prompt[] = PROMPTS_EN.map((p) => ({ ...p, ...WORDS_ES[p.id] }));
