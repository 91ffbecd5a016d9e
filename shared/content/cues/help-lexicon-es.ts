import type { CueLexicon, HelpLexicon, HelpRule } from './lexicon-types.ts';

/*
 * Spanish help rules: despair and danger, being hurt or afraid, written as Spanish-speaking
 * families text them (with and without accents). Data only; same pattern language and
 * guards as help-lexicon-en.ts. The chip reads no Spanish for wording yet (issue #17), so
 * on a Spanish message these rules are what still brings help: despair must never meet
 * silence because it was written in Spanish.
 *
 * Safe-messaging, as in English: these patterns name despair in order to find it; nothing
 * here is ever shown, and no pattern holds any detail of a method.
 *
 * Checked against tests/fixtures/messages/spanish-messages.jsonl (written by the team, and
 * read while these were written, so its result is a check, not a measure). Idioms stay
 * quiet: "me muero de risa", "me quiero morir de la vergüenza", "este trabajo me está
 * matando", "mi mamá me va a matar 😂".
 */

const macros: Record<string, string> = {
  // A negation just before, in the same clause: "no quiero morir", "nunca me ha pegado".
  neg: '(?:(?<!\\p{L})(?:no|nunca|jamás|jamas|ni)(?!\\p{L}))(?:\\s+[\\p{L}]+){0,2}\\s*$',
  laugh: '(?:jaja\\p{L}*|jeje\\p{L}*|jiji\\p{L}*|xd|lol|😂|🤣|😆|💀|😅|🙃|😜)',
  // "Morir" and "matar" said lightly: of laughing, shame, hunger, wanting to see someone.
  idiom: '(?:{laugh}|de (?:la )?(?:risa|vergüenza|verguenza|pena|hambre|sueño|sueno|calor|frío|frio|ganas|amor|envidia|aburrimiento|cansancio|susto|los nervios)|por (?:verte|verlos|verlas|saber|ir|un café|un cafe)|del susto)',
  // Being hurt or threatened in a way that is not about a car, a bike, a game or the flu.
  notHurt: '(?:{laugh}|gripe|resfriado|catarro|covid|virus|color|estilo|sol|pelota|balón|balon|jugando|partido|ducha|siesta|vuelta|paseo|susto|atracón|atracon|chicle)',
  // Someone at risk because of how they drive, ride or climb: worry, not a crisis now.
  risk: '(?:manej\\p{L}*|conduc\\p{L}*|moto|bici\\p{L}*|carro|coche|escalera|tejado|techo|si sigue (?:así|asi|bebiendo|tomando|fumando))',
  who: '(?:él|el|ella|mi (?:hij[oa]|espos[oa]|marido|mujer|pareja|novi[oa]|herman[oa]|papá|papa|mamá|mama|padre|madre|ex)|el niño|la niña)',
};

const crisis: HelpRule[] = [
  {
    id: 'crisis.es-want-to-die',
    help: 'crisis',
    pattern:
      '(?:me )?quiero morir(?:me)?|quisiera morir(?:me)?|me quiero morir|quiero desaparecer para siempre|(?:ya )?no quiero (?:vivir|seguir viviendo|seguir con vida|estar viv[oa]|despertar(?:me)?|existir)(?=\\s*(?:[.!,]|$|ya|más|mas|nunca|nada|ni|por|pero|porque|y))|ojal(?:á|a) (?:me muriera|me muera|estuviera muert[oa]|no despertara|no hubiera nacido)|estoy (?:cansad[oa]|harto|harta) de vivir|no (?:le )?(?:veo|encuentro) (?:sentido|razón|razon) (?:a la vida|a vivir|para vivir|para seguir)|(?:ya )?no tiene sentido (?:vivir|seguir viviendo)|dormir y no despertar(?:me)?',
    notAfter: '{neg}',
    notInSentence: '{idiom}',
  },
  {
    id: 'crisis.es-end-my-life',
    help: 'crisis',
    pattern:
      '(?:quiero|voy a|ganas de|pensando en|pienso en|pensé en|pense en|he pensado en|intenté|intente|podría|podria) (?:matarme|suicidarme|quitarme la vida|acabar con mi vida|acabar con todo)|me (?:quiero|voy a) (?:matar|suicidar|quitar la vida)|(?:pensamientos|ideas) (?:suicidas|de (?:suicidio|matarme|quitarme la vida))|(?:soy|estoy|me siento) suicida|intento de suicidio',
    notAfter: '{neg}',
    notBefore: '^\\s*(?:estudiando|trabajando|de (?:risa|hambre))',
    notInSentence: '{idiom}|(?:prevención|prevencion|campaña|campana|documental|película|pelicula|serie|libro|canción|cancion|charla|taller|curso)',
  },
  {
    id: 'crisis.es-better-off',
    help: 'crisis',
    pattern:
      '(?:estarían|estarian|estarán|estaran|estarías|estarias|vivirían|vivirian|están|estan|estás|estas) mejor sin m(?:í|i)(?!\\p{L})|soy una carga para (?:todos|ustedes|ti|vos|mi familia|la familia)|nadie me (?:extrañaría|extranaria|echaría de menos|echaria de menos)|(?:ya )?no voy a estar (?:aquí|aqui|acá|aca) (?:mañana|manana|mucho tiempo|por mucho)|(?:les|te) (?:dejé|deje) (?:una carta|una nota)(?= para| a| de despedida)',
    notInSentence: '{laugh}|(?:fiesta|viaje|vacaciones|trabajo|oficina|reunión|reunion|fin de semana)',
  },
  {
    id: 'crisis.es-self-harm',
    help: 'crisis',
    pattern:
      '(?:me he|me volví a|me volvi a|volví a|volvi a|sigo|empecé a|empece a) (?:cortarme|lastimarme|hacerme daño|hacerme dano)|me (?:he vuelto a|volví a|volvi a) (?:cortar|lastimar|hacer daño|hacer dano)|me (?:corto|lastimo|hago daño|hago dano) (?:a propósito|a proposito|otra vez|cuando)|me voy a (?:hacer daño|hacer dano|lastimar)(?=\\s*(?:[.!,]|$|si|otra|de verdad|ya))|(?:quiero|ganas de) (?:hacerme daño|hacerme dano|lastimarme|cortarme)(?=\\s*(?:[.!,]|$|otra|de nuevo|y|pero))|autolesi(?:ón|on|ones|onarme|ona)|se (?:está|esta|ha estado) (?:cortando|lastimando|haciendo daño|haciendo dano)',
    notAfter: '{neg}',
    notInSentence: '{laugh}|(?:cocina\\p{L}*|cuchillo de cocina|gimnasio|jugando|sin querer|el pelo|las uñas|las unas|escalera|bici|moto|patines|taller|curso|campaña)',
  },
  {
    id: 'crisis.es-loved-one-says',
    help: 'crisis',
    // News that the person they love speaks of ending their life, or tried to.
    pattern:
      '(?:dice|dijo|ha dicho|me dijo|nos dijo|escribió|escribio|me escribió|me escribio|puso|amenaza|amenazó|amenazo|está amenazando|esta amenazando) (?:que )?(?:con )?(?:se (?:quiere |va a )?(?:matar|suicidar|quitar la vida)|(?:matarse|suicidarse|quitarse la vida)|(?:se )?quiere morir(?:se)?|ya no quiere vivir|no quiere (?:vivir|seguir viviendo)|se va a hacer daño|se quiere hacer daño)|{who} se (?:quiere|quería|queria|va a|intentó|intento) (?:matar|suicidar|quitar la vida)|{who} (?:intentó|intento|trató de|trato de|quiere|quería|queria) (?:matarse|suicidarse|quitarse la vida)|intentó suicidarse|intento suicidarse',
    notAfter: '{neg}',
    notInSentence: '{idiom}|{risk}',
  },
  {
    id: 'crisis.es-overdose',
    help: 'crisis',
    // Danger now: an overdose, or a lot of pills taken.
    pattern:
      'sobredosis|se (?:tomó|tomo|tragó|trago|ha tomado|metió|metio) (?:todas las|todos los|un montón de|un monton de|muchas|muchísimas|un frasco de|una caja de|un puñado de|un punado de|\\d{2,}) (?:\\p{L}+ )?(?:pastillas|píldoras|pildoras|medicinas|medicamentos|calmantes|pastis)',
    notAfter: '(?:si|por si|miedo (?:de|a) que|me preocupa que|no)\\s+(?:\\p{L}+\\s+){0,3}$',
    notInSentence: '{laugh}|(?:hace (?:años|anos|un año|un ano)|el año pasado|aniversario|documental|prevención|prevencion|campaña|película|pelicula|limpi[oa] desde)',
  },
  {
    id: 'crisis.es-wont-wake',
    help: 'crisis',
    // Danger now: someone who won't wake, isn't breathing or has gone blue.
    pattern:
      'no (?:despierta|se despierta|respira|reacciona)|(?:está|esta) inconsciente|(?:tiene|se le pusieron|se le están poniendo|se le estan poniendo) los labios (?:morados|azules)|(?:los labios|la cara) (?:morad[oa]s?|azul(?:es)?)',
    notBefore: '^\\s*(?:para|a tiempo|hasta|temprano|antes|nunca|cuando le (?:hablo|digo)|a mis mensajes|a nada de lo que)',
    notInSentence: '{laugh}|(?:escuela|colegio|trabajo|alarma|despertador|flojo|floja|vago|vaga|domingo|sábado|sabado|siesta|temprano|mensajes?|whats\\p{L}*|teléfono|telefono|llamadas?|resaca|frío|frio)',
  },
  {
    id: 'crisis.es-goodbye',
    help: 'crisis',
    pattern:
      '(?:mensaje|carta|nota|audio) de despedida|se (?:despidió|despidio) de todos|(?:me |nos )?(?:pidió|pidio) perdón por todo|(?:me |nos )?(?:pidió|pidio) perdon por todo',
    notInSentence: '{laugh}|(?:aeropuerto|vuelo|viaje|fiesta|jubila\\p{L}*|oficina|compañeros|companeros|último día|ultimo dia|mudanza|trabajo)',
  },
];

const safety: HelpRule[] = [
  {
    id: 'safety.es-hurt-by',
    help: 'safety',
    pattern:
      'me (?:pegó|pego|pega|ha pegado|volvió a pegar|volvio a pegar|golpeó|golpeo|golpea|empujó|empujo|empuja|pateó|pateo|patea|cacheteó|cacheteo|abofeteó|abofeteo|jaló del pelo|jalo del pelo|agarró del cuello|agarro del cuello|lastimó|lastimo)|(?:les|le) (?:pegó|pego|pega|golpeó|golpeo) a (?:los niños|los ninos|mi hij[oa]|la niña|la nina|el niño|el nino|la nena|el nene)',
    notAfter: '{neg}',
    notBefore: '^\\s*(?:una?|la|el) (?:ducha|siesta|vuelta|paseo|susto|atracón|atracon)',
    notInSentence: '{notHurt}',
  },
  {
    id: 'safety.es-afraid-of',
    help: 'safety',
    pattern:
      '(?:tengo|tenemos|le tengo|me da|nos da) miedo (?:de|a) (?:él|el|ella|que me (?:pegue|haga daño|haga dano|lastime|mate|golpee|encuentre)|que (?:les|le) (?:pegue|haga daño|haga dano) a|volver a casa|llegar a casa|lo que (?:me )?(?:pueda|va a) hacer|estar sol[oa] con (?:él|el|ella))|(?:tengo|tenemos) miedo cuando (?:bebe|toma|se emborracha|está borracho|esta borracho|se enoja|se enfada)|me da miedo cuando (?:bebe|toma|se enoja|se enfada)|no me siento segura? (?:con (?:él|el|ella)|en (?:mi|la) casa)',
    notAfter: '{neg}',
    notInSentence: '{laugh}|(?:película|pelicula|arañas|aranas|perro|alturas|dentista|agujas|examen|oscuridad|avión|avion)',
  },
  {
    id: 'safety.es-threatened',
    help: 'safety',
    pattern:
      'me (?:amenazó|amenazo|amenaza|ha amenazado|está amenazando|esta amenazando)|(?:amenazó|amenazo|amenaza) con (?:matarme|pegarme|hacerme daño|hacerme dano|matarnos|hacernos daño|llevarse a los niños|quitarme a los niños)|(?:dijo|dice|me dijo) que me va a (?:matar|pegar|hacer daño|hacer dano|partir la cara)|no me deja (?:salir|ver a mi familia|tener (?:mi )?(?:propio )?dinero|usar el teléfono|usar el telefono)',
    notAfter: '{neg}',
    notInSentence: '{laugh}|(?:con no venir|con irse|con dejar de hablarme|con bloquearme|con no (?:ir|venir|hablarme)|lluvia|tormenta)',
  },
  {
    id: 'safety.es-boundary',
    help: 'safety',
    // A boundary that protects: "si me vuelves a tocar, llamo a la policía".
    pattern:
      '(?:si|como) (?:me|nos) (?:vuelves|vuelve|volvés|volves|vuelven) a (?:tocar|pegar|golpear|empujar|amenazar|poner una mano encima)|(?:si|como) (?:le|les) (?:vuelves|vuelve|volvés|volves) a (?:pegar|tocar|poner una mano encima)|orden de (?:alejamiento|restricción|restriccion|protección|proteccion)|violencia (?:doméstica|domestica|de género|de genero|familiar)',
    notInSentence: '{laugh}|(?:documental|película|pelicula|charla|taller|curso|campaña|campana|artículo|articulo|noticia)',
  },
];

/** The Spanish help rules. */
export const helpLexiconEs: HelpLexicon = { macros, rules: [...crisis, ...safety] };

/**
 * The Spanish help rules as the detector reads a lexicon: no cue rules (nothing about
 * wording is said on Spanish yet), no shouting weight, Spanish quotes and reply headers.
 */
export const helpOnlyLexiconEs: CueLexicon = {
  language: 'es',
  macros: {},
  explanations: { absolute: '', blame: '', ultimatum: '', label: '', topic: '', shouting: '', distress: '' },
  rules: [],
  shouting: { acronyms: [], minRun: 1_000, runWeight: 0, punctuationWeight: 0, maxTotal: 0, explanation: '' },
  quotes: {
    pairs: [
      ['“', '”'],
      ['"', '"'],
      ['«', '»'],
    ],
    replyHeaders: ['^El .{1,200}escribió:\\s*$', '^-{2,}\\s*Mensaje original\\s*-{2,}', '^De: .{1,200}\\n(?:Enviado|Fecha): '],
  },
  help: helpLexiconEs,
};
