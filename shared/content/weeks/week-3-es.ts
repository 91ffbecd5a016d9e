import type { Week } from '../course-types.ts';

/**
 * Week 3 in Spanish (issue #17): the same week as week-3.ts, written anew for a family at home,
 * not word for word. Its sources are in week-3.ts, beside the English.
 *
 * The shape mirrors the English (ids, block kinds and order, variant keys; a unit test holds
 * it to that). Tú throughout, and no gender for the reader. The person supported takes
 * `{person}` and, where a sentence must agree, the token `{masculino|femenino|sin género}`;
 * most sentences avoid the need ("su", "le", "a su lado"), and a direct "lo" or "la" for the
 * person is avoided too, since it would say a gender ("tú las apoyas", the goals, not the
 * person). Robin, in the English stories, is Alex here: a name for any gender, since the
 * reader's choice decides who Alex is. Idris, the one at Alex's side, is a man, so "viven
 * juntos" is right whoever Alex is.
 *
 * Where the English leans on English, the Spanish says the same thing its own way: "what is
 * strong / what is wrong" loses its rhyme; "lazy" becomes "pereza", a noun with no gender; a
 * lift in the car becomes going along, and five-a-side becomes "los partidos del sábado", so
 * no word marks a country. "Puntos fuertes" for strengths: what a family says at home.
 */
export const week: Week = {
  number: 3,
  title: 'La persona entera y sus puntos fuertes',
  summary: 'Mirar más allá de la enfermedad, a la persona entera: su salud, su hogar, su propósito y su comunidad, los puntos fuertes que ya tiene y las metas que elige.',
  minutes: 30,
  welcome: [
    {
      kind: 'by-situation',
      variants: {
        'mental-illness': [
          'Cuando alguien a quien quieres lo pasa mal, la enfermedad puede ocuparlo todo. Se habla de síntomas, de citas, de lo que hoy salió mal. Es normal: nace de la preocupación y del amor. No quiere decir que hayas dejado de ver a la persona.',
        ],
        'substance-use': [
          'Cuando alguien a quien quieres lo pasa mal, el problema puede ocuparlo todo. Se habla de la bebida o del consumo, del dinero, de lo que hoy salió mal. Es normal: nace de la preocupación y del amor. No quiere decir que hayas dejado de ver a la persona.',
        ],
        both: [
          'Cuando alguien a quien quieres lo pasa mal, la enfermedad puede ocuparlo todo. Se habla de síntomas, de la bebida o del consumo, de lo que hoy salió mal. Es normal: nace de la preocupación y del amor. No quiere decir que hayas dejado de ver a la persona.',
        ],
      },
    },
    'Esta semana miramos con más calma, para ver a {person} con todo lo que es. Vamos a ver las partes de una buena vida, los puntos fuertes que ya tiene y cómo puedes apoyar las metas que elija.',
  ],
  sections: [
    {
      id: 'more-than-an-illness',
      title: 'Mucho más que una enfermedad',
      blocks: [
        'Un diagnóstico nombra una parte de una vida. No dice quién es alguien. {Person} sigue teniendo su humor, cosas que le importan y su forma de ser amable. Puede que ahora cueste más ver esas partes. Pero no se han ido.',
        'La preocupación estrecha la mirada. Cuando tienes miedo, tu mente busca peligros. Puede que notes cada comida que se salta y cada noche que se acuesta tarde. Es tu cariño, que está alerta. Pero si {person} solo oye hablar de lo que va mal, puede empezar a creer que eso es todo lo que es.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'El modelo de recuperación nos pide abrir la mirada. Recuperarse no es solo tener menos síntomas o menos días malos. Es tener una vida que valga la pena, a los ojos de quien la vive. Eso puede ser tener amistades, una rutina, un lugar seguro donde dormir o un motivo para levantarse.',
            ],
            'substance-use': [
              'El modelo de recuperación nos pide abrir la mirada. Recuperarse no es solo beber menos o tener menos días de consumo. Es tener una vida que valga la pena, a los ojos de quien la vive. Eso puede ser tener amistades, una rutina, un lugar seguro donde dormir o un motivo para levantarse.',
            ],
            both: [
              'El modelo de recuperación nos pide abrir la mirada. Recuperarse no es solo tener menos síntomas o beber menos. Es tener una vida que valga la pena, a los ojos de quien la vive. Eso puede ser tener amistades, una rutina, un lugar seguro donde dormir o un motivo para levantarse.',
            ],
          },
        },
        'Puedes ayudar si no pierdes de vista a la persona entera. Aquí tienes algunas ideas:',
        {
          list: [
            'Habla de otras cosas, no solo de la enfermedad: una serie, un partido, las noticias.',
            'Pide su opinión sobre lo que conoce bien.',
            'Cuenta con {person} en los planes y las decisiones de la familia, siempre que se pueda.',
            'Comparte buenos recuerdos, y fíjate en los buenos momentos de ahora.',
          ],
        },
      ],
    },
    {
      id: 'four-parts-of-a-good-life',
      title: 'Cuatro partes de una buena vida',
      blocks: [
        'Muchos servicios de recuperación hablan de cuatro partes de la vida que ayudan a recuperarse. Son la salud, el hogar, el propósito y la comunidad. Juntas te dan una forma sencilla de ver a la persona entera.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  'Salud: cuidar el cuerpo y la mente, y tomar decisiones que le ayuden a sentirse bien. Para algunas personas, esto incluye un tratamiento, o ayuda con el sueño y el estrés.',
                  'Hogar: un lugar seguro y estable donde vivir. Puede ser con la familia, a solas o con otras personas.',
                  'Propósito: cosas que valga la pena hacer. El trabajo, los estudios, cuidar de otros, el arte, la fe o un pasatiempo, todo cuenta.',
                  'Comunidad: gente con quien sentirse parte de algo. Amistades, personas que han vivido lo mismo, el vecindario, un equipo o un grupo en internet.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  'Salud: cuidar el cuerpo y la mente, y tomar decisiones que le ayuden a sentirse bien. Para algunas personas, esto incluye un tratamiento, o tomar menos alcohol o drogas.',
                  'Hogar: un lugar seguro y estable donde vivir. Puede ser con la familia, a solas o con otras personas.',
                  'Propósito: cosas que valga la pena hacer. El trabajo, los estudios, cuidar de otros, el arte, la fe o un pasatiempo, todo cuenta.',
                  'Comunidad: gente con quien sentirse parte de algo. Amistades, personas que han vivido lo mismo, el vecindario, un equipo o un grupo en internet.',
                ],
              },
            ],
            both: [
              {
                list: [
                  'Salud: cuidar el cuerpo y la mente, y tomar decisiones que le ayuden a sentirse bien. Para algunas personas, esto incluye un tratamiento para su salud mental, o tomar menos alcohol o drogas.',
                  'Hogar: un lugar seguro y estable donde vivir. Puede ser con la familia, a solas o con otras personas.',
                  'Propósito: cosas que valga la pena hacer. El trabajo, los estudios, cuidar de otros, el arte, la fe o un pasatiempo, todo cuenta.',
                  'Comunidad: gente con quien sentirse parte de algo. Amistades, personas que han vivido lo mismo, el vecindario, un equipo o un grupo en internet.',
                ],
              },
            ],
          },
        },
        'Estas cuatro partes van unidas. Un hogar estable puede hacer más fácil seguir con el tratamiento. Un motivo para levantarse puede ayudar con el sueño y el ánimo. Una amistad que entiende puede hacer más ligera una semana dura. Un pequeño avance en una parte suele ayudar a las demás.',
        'Nadie tiene que trabajar en las cuatro a la vez. Y la parte que más importa ahora la decide {person}. Quizá tú pienses que lo clave es un trabajo. Quizá sienta que lo primero es dormir bien, o tener una buena amistad. Las dos miradas pueden tener sentido. Pero su mirada es la que le va a dar ganas de avanzar.',
      ],
    },
    {
      id: 'looking-for-strengths',
      title: 'Buscar los puntos fuertes',
      blocks: [
        'Mirar los puntos fuertes es preguntar "¿Qué va mal?", pero también "¿En qué es fuerte?". No es hacer como si no hubiera problemas. Es sumar la otra mitad de la imagen: la mitad sobre la que se construye la recuperación.',
        'Los puntos fuertes tienen muchas formas:',
        {
          list: [
            'Habilidades, como cocinar, arreglar cosas, dibujar o programar.',
            'Su forma de ser: el humor, la lealtad, la sinceridad o la ternura.',
            'Intereses, de la música al fútbol o las plantas.',
            'Personas que le tienen cariño, y personas a las que cuida.',
            'Momentos duros que ha superado. Salir adelante pide fuerza, aunque no salga perfecto.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Los puntos fuertes se esconden a veces en lugares difíciles. Quien ha seguido adelante tras años de ánimo bajo tiene aguante. Quien oye voces y aun así va a la tienda tiene valor. Quien vuelve al médico después de una mala consulta mantiene viva la esperanza.',
            ],
            'substance-use': [
              'Los puntos fuertes se esconden a veces en lugares difíciles. Quien ha intentado beber o consumir menos, más de una vez, mantiene viva la esperanza. Quien te cuenta que volvió a consumir tiene valor. Quien vuelve a su grupo después de un paso atrás tiene aguante.',
            ],
            both: [
              'Los puntos fuertes se esconden a veces en lugares difíciles. Quien ha seguido adelante tras años de ánimo bajo tiene aguante. Quien oye voces y aun así va a la tienda tiene valor. Quien ha intentado beber o consumir menos, más de una vez, mantiene viva la esperanza.',
            ],
          },
        },
        'Cuando veas un punto fuerte, nómbralo con palabras claras y sencillas. "Eres genial" es amable, pero es fácil no creérselo. "Te quedaste en calma cuando tu sobrina lloraba. Tuviste mucha paciencia" es más difícil de discutir. Un elogio real sobre un momento real ayuda a verse con otros ojos. Y a ti te recuerda que la persona sigue ahí.',
      ],
    },
    {
      id: 'their-goals-your-backing',
      title: 'Sus metas, tu apoyo',
      blocks: [
        'En la recuperación, es la persona quien elige sus metas. A las familias esto les puede costar. Quizá ves muy claro lo que ayudaría. Pero las personas suelen esforzarse por las metas que eligen. Las que vienen de fuera pueden sentirse como presión, aunque nazcan del amor.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Puede que las metas de {person} parezcan pequeñas, o distintas de las tuyas. Quizá quiera dormir mejor, ver a una amistad o pasar una comida familiar sin sentir que todo le supera. Son metas reales. Los pasos pequeños suman.',
            ],
            'substance-use': [
              'Puede que las metas de {person} parezcan pequeñas, o distintas de las tuyas. Quizá quiera dormir mejor, ver a una amistad o pasar una comida familiar sin beber. Son metas reales. Los pasos pequeños suman.',
            ],
            both: [
              'Puede que las metas de {person} parezcan pequeñas, o distintas de las tuyas. Quizá quiera dormir mejor, ver a una amistad o pasar una comida familiar sin beber. Son metas reales. Los pasos pequeños suman.',
            ],
          },
        },
        'Algunas formas de apoyar sus metas:',
        {
          list: [
            'Pregunta, no mandes. "¿Qué te gustaría que fuera distinto?" funciona mejor que "Tienes que...".',
            'Pregunta qué ayuda quiere. Luego ofrece algo concreto, como un recordatorio, ir a una cita a su lado o tu compañía.',
            'Deja que marque el ritmo. Avanzar despacio también es avanzar.',
            'Fíjate en el esfuerzo, no solo en los resultados.',
            'Si dice que no a tu ayuda, acéptalo con cariño. Puedes volver a ofrecerla más adelante.',
          ],
        },
        'Hay personas que al principio no saben decir una meta. Cuando hay poca esperanza, querer algo puede dar miedo. Está bien. Por un tiempo, tú puedes guardar la esperanza en su lugar. Sigue fijándote en sus puntos fuertes, deja la puerta abierta y vuelve a preguntar más adelante, con suavidad.',
        'Apoyar sus metas no quiere decir olvidar tus propios límites. Tú sigues decidiendo lo que puedes dar. Lo veremos en la semana 6.',
      ],
    },
  ],
  story: {
    title: 'Lo que eligió Alex',
    variants: {
      'mental-illness': [
        'Idris apoya a su {relation}, Alex, que ha tenido un año difícil. Viven juntos. Tras una larga temporada de depresión, Alex dormía hasta tarde casi todos los días y no salía de su habitación.',
        'Idris llevaba una lista en la cabeza. Alex debería ir más al médico. Alex debería buscar trabajo. Alex debería comer mejor. Cada vez que sacaba un tema, Alex se quedaba {callado|callada|en silencio}, y la puerta se cerraba un poco más.',
        'Una tarde, Idris probó algo nuevo. No habló del trabajo. Le preguntó: "Si la semana que viene fuera un poco mejor, ¿qué sería distinto?".',
        'Alex tardó mucho en responder. Luego dijo: "Me hace falta la música. Antes tocaba con un grupo los martes".',
        'La música no estaba en la lista de Idris. Pero recordó cómo se le iluminaba la cara a Alex después de esas noches. Le dijo: "Tú siempre sabías mantener unido al grupo. ¿Te ayudaría si averiguo cuándo se reúnen?".',
        'Alex dijo que prefería buscarlo por su cuenta. Y lo buscó. El primer martes, se quedó en casa. El segundo, fue una hora.',
        'Eso no curó la depresión. Pero los martes Alex empezó a levantarse antes. Habló de una nueva amistad del grupo. Unas semanas después, sacó por su cuenta el tema de volver al médico.',
        'Idris aprendió algo. La meta que movió a Alex fue la que Alex eligió.',
      ],
      'substance-use': [
        'Idris apoya a su {relation}, Alex, que durante unos años bebió mucho. Hace poco empezó a beber menos. Viven juntos, e Idris quería lo mejor para Alex.',
        'Idris tenía un plan en la cabeza. Alex debía dejar de beber para siempre, buscar trabajo y no ver más a sus amistades del bar. Cada vez que sacaba uno de esos temas, Alex se ponía a la defensiva, y acababan discutiendo.',
        'Un domingo, Idris probó algo nuevo. Le dijo: "He hablado mucho yo. ¿Qué quieres tú para ti ahora mismo?".',
        'Alex lo pensó un rato. "Quiero dormir toda la noche. Y quiero volver a arreglar bicis. Antes lo hacía bien".',
        'Idris se había olvidado de las bicis. Una vez, Alex montó una bici entera con piezas sueltas. Le dijo: "Siempre tuviste paciencia para ese trabajo. ¿Puedo ayudarte en algo?". Alex le preguntó si podía guardar unas bicis viejas en la entrada.',
        'Durante el mes siguiente, Alex arregló dos bicis viejas. Le vendió una de ellas a una vecina. Los días que trabajaba en las bicis, solía beber menos y dormir mejor. Todavía hubo noches difíciles, y un mal fin de semana. Pero Alex habló de ello en vez de esconderlo.',
        'Idris vio que apoyar la meta de Alex había servido más que su plan. Todavía tenía preocupaciones. Pero ahora tenían algo bueno de qué hablar.',
      ],
      both: [
        'Idris apoya a su {relation}, Alex, que vive con ansiedad desde hace mucho tiempo. Durante años, Alex fumó cannabis para calmarse. Con el tiempo fumaba más, y la ansiedad empeoraba en vez de mejorar. Viven juntos.',
        'Idris tenía una larga lista de preocupaciones. El cannabis. Los ataques de pánico. El trabajo perdido. Las amistades que ya no llamaban. Cada vez que sacaba una, Alex se cerraba o se iba de la habitación.',
        'Una tarde, Idris hizo otra pregunta: "De todo lo que está pasando, ¿qué es lo que más te importa ahora?".',
        'Alex dijo: "Quiero ir a la boda de mi prima en junio. Y no quiero pasar la fiesta escondiéndome en la puerta".',
        'Eso no estaba en la lista de Idris. Pero era una meta clara, y era de Alex. Le dijo: "Cuando te sientes a salvo, conectas muy bien con la gente. ¿Cómo te puedo ayudar a prepararte?".',
        'Alex decidió hablar con su médico sobre el pánico. También decidió fumar menos cannabis las semanas de antes, para ver si le ayudaba. Idris se ofreció a ir con Alex a sitios con mucha gente, en salidas cortas, para practicar. Algunos días Alex decía que no, e Idris lo respetaba.',
        'En la boda, Alex se quedó dos horas y bailó una vez. Idris lloró un poco de vuelta a casa. Aún quedaba mucho camino. Pero Alex había elegido la meta, y la había alcanzado.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-3.ts.
    // The depression reader already meets depression in the situation story.
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          'Idris apoya a su {relation}, Alex, que volvió del hospital tras un primer episodio de psicosis. Viven juntos. Las voces se habían calmado, pero Alex dormía hasta tarde, casi no hablaba y pasaba casi todo el día en el sofá.',
          'Idris llevaba una lista en la cabeza. Levantarse antes. Volver a estudiar. Salir a tomar el aire. Cada vez que sacaba un tema, Alex decía "Puede ser", y nada cambiaba. Idris empezó a pensar que era pura pereza.',
          'Una enfermera del equipo de psicosis temprana se lo explicó. Tener pocas ganas y poca energía puede ser parte de la enfermedad, y puede seguir ahí cuando las voces se calman. No es pereza. Los pasos pequeños que elige la persona suelen funcionar mejor que un empujón.',
          'Así que una tarde, Idris guardó su lista. Le preguntó: "Si la semana que viene fuera un poco mejor, ¿qué sería distinto?". Alex tardó mucho en responder. "Dibujaría algo. No dibujo desde que empezó todo esto".',
          'Dibujar no estaba en la lista de Idris. Pero se acordó de los cuadernos que Alex llenaba antes. Le dijo: "Siempre has tenido buen ojo. Te fijas en cosas que nadie más ve".',
          'Al día siguiente, Alex encontró un lápiz viejo. El primer dibujo le llevó una semana. Luego el equipo le habló de un grupo de arte para jóvenes, y Alex decidió ir.',
          'Los días sin ánimo no se acabaron. Pero Alex tenía un motivo para levantarse los miércoles, y una nueva amistad. Idris aprendió algo. La meta que movió a Alex fue la que Alex eligió.',
        ],
      },
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Idris apoya a su {relation}, Alex, que vive con trastorno bipolar. Viven juntos. El año pasado, una fase alta le costó a Alex su trabajo en un taller mecánico. Luego vino un invierno largo, de ánimo muy bajo.',
          'En primavera, Alex estaba más estable. Idris se alegraba, pero también tenía miedo. Llevaba en la cabeza una lista de cosas que Alex debía evitar. Nada de acostarse tarde. Nada de grandes planes. Nada de estrés. Cada vez que sacaba una, Alex suspiraba y se iba de la habitación.',
          'Una tarde, Alex le dijo: "Me tratas como si fuera de cristal". Idris vio que era verdad. Así que hizo otra pregunta: "¿Qué quieres para ti este año?".',
          'Alex no tuvo que pensarlo. "Quiero volver a ganar mi propio dinero. Odio tener que pedírtelo".',
          'Idris sintió el miedo de siempre. Pero también recordó lo bien que Alex se llevaba con los motores, y con la gente. Le dijo: "En el taller, la clientela preguntaba por ti. ¿Cómo te puedo ayudar?".',
          'Alex decidió hablar con su equipo sobre volver poco a poco. Empezó con dos mañanas a la semana en el taller de un amigo. Alex eligió su propia hora de acostarse, porque sabía que dormir poco solía ser su primera señal de una fase alta.',
          'Hubo un susto, cuando Alex durmió mal varias noches. Alex se dio cuenta y llamó a su equipo. En verano ya trabajaba tres días a la semana.',
          'Idris aprendió algo. Apoyar la meta de Alex sirvió más que cualquiera de sus listas.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Idris apoya a su {relation}, Alex, que vive con esquizofrenia. Desde que las voces volvieron el año pasado, Alex bebe mucho los fines de semana. Viven juntos.',
          'Idris tenía una larga lista de preocupaciones. La bebida. Las citas con el equipo de salud mental a las que Alex no iba. Las botellas vacías. Las amistades que ya no llamaban. Cada vez que sacaba una, Alex subía el volumen de la tele o se iba de la habitación.',
          'Una tarde, Idris hizo otra pregunta: "De todo lo que está pasando, ¿qué es lo que más te importa ahora?".',
          'Alex dijo: "El fútbol. Quiero volver a los partidos del sábado. Me hace falta mi equipo".',
          'Eso no estaba en la lista de Idris. Pero era una meta clara, y era de Alex. Le dijo: "Tú siempre fuiste quien mantenía unido al equipo. ¿Cómo te puedo ayudar?".',
          'Los partidos eran los sábados por la mañana. Alex sabía que un viernes de mucha bebida le haría perderlos. Así que decidió hablar con su equipo de salud mental sobre la bebida, y sobre las voces que subían de volumen por la noche. Idris se ofreció a ir con Alex al primer partido. Algunas semanas Alex no tenía fuerzas para ir, e Idris lo respetaba.',
          'En primavera, Alex ya jugaba casi todos los sábados. Seguía habiendo fines de semana difíciles. Pero Alex había elegido la meta, y estaba avanzando hacia ella.',
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          'Idris apoya a su {relation}, Alex, que vive con depresión desde hace años. Desde que perdió su trabajo, Alex bebe casi todas las noches, a solas en su habitación. Viven juntos.',
          'Idris tenía una larga lista de preocupaciones. La bebida. El ánimo bajo. Los pagos pendientes. Las amistades que ya no llamaban. Cada vez que sacaba una, Alex decía: "Ya lo sé. No sirvo para nada", y volvía a su habitación.',
          'Una tarde, Idris hizo otra pregunta: "De todo lo que está pasando, ¿qué es lo que más te importa ahora?".',
          'Alex guardó silencio. Luego dijo: "Mi sobrina cumple seis años en marzo. Quiero ir a su fiesta, y no ser un desastre".',
          'Eso no estaba en la lista de Idris. Pero era una meta clara, y era de Alex. Le dijo: "Te adora. Siempre la haces reír. ¿Cómo te puedo ayudar?".',
          'Alex decidió ir al médico por el ánimo bajo, y contarle también lo de la bebida. En la consulta le ofrecieron ayuda con las dos cosas. Alex decidió beber menos, con los consejos de su médico. Idris cocinaba las noches que a Alex se le hacían más duras. Algunas noches Alex bebía igual, e Idris no le echaba ningún sermón.',
          'En la fiesta, Alex se sentó en el suelo y construyó un castillo de bloques. Su sobrina dijo que era el mejor del mundo. Aún quedaba mucho camino. Pero Alex había elegido la meta, y la había alcanzado.',
        ],
      },
    ],
  },
  takeaways: [
    '{Person} es mucho más que un diagnóstico.',
    'La salud, el hogar, el propósito y la comunidad alimentan la recuperación.',
    'Nombra en voz alta sus puntos fuertes reales, con palabras claras y sencillas.',
    '{Person} elige sus metas. Tú las respaldas.',
    'Los pasos pequeños cuentan, para {person} y para ti.',
  ],
  reflections: [
    {
      id: 'w3-strengths-you-see',
      prompt: '¿Qué tres puntos fuertes has visto en {person}, incluso en momentos difíciles?',
      hint: 'Piensa en habilidades, en su forma de ser, en sus intereses, en la gente de su vida o en cosas duras que ha superado.',
    },
    {
      id: 'w3-what-matters-to-them',
      prompt: '¿Qué crees que le importa más a {person} ahora mismo? ¿Cómo podrías oírlo de su boca?',
      hint: 'Puede que su respuesta sea distinta de la tuya. Está bien.',
    },
  ],
  practice: {
    id: 'w3-practice',
    title: 'Nombra un punto fuerte, y luego pregunta',
    intro: [
      'Esta semana, prueba una charla corta y amable. Nombras un punto fuerte que has visto en {person}. Luego, si te parece buen momento, le preguntas qué le importa.',
      'No tiene que ser un gran momento. Bastan unas palabras con un café o durante un paseo.',
    ],
    steps: [
      'En los próximos días, fíjate en un punto fuerte real de {person}. Escribe lo que viste.',
      'Elige un momento tranquilo. Evita los momentos de crisis, o cuando esté muy mal o no tenga la mente clara.',
      'Di lo que viste en una o dos frases sencillas. Por ejemplo: "Me fijé en que arreglaste la puerta. Te tomaste tu tiempo y quedó muy bien".',
      'Si te parece buen momento, haz una pregunta abierta. Por ejemplo: "¿Qué haría que la semana que viene fuera un poco mejor para ti?".',
      'Escucha, y da las gracias. Pregunta si hay algo que le gustaría de ti. Intenta no resolverlo ni planearlo todo en su lugar.',
    ],
    plan: [
      {
        id: 'w3-plan-strength',
        label: '¿Qué punto fuerte he visto?',
        hint: 'Una habilidad, su forma de ser, un interés o algo difícil que ha superado.',
      },
      {
        id: 'w3-plan-when',
        label: '¿Cuándo podría haber un momento tranquilo para decirlo?',
      },
      {
        id: 'w3-plan-words',
        label: '¿Qué voy a decir?',
        hint: 'Empieza con "Me fijé en que..." y que sea breve.',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w3-check-four-parts',
      question: '¿Cuáles son las cuatro partes de la vida que ayudan a recuperarse?',
      options: [
        { text: 'La salud, el hogar, el propósito y la comunidad', correct: true },
        { text: 'El tratamiento, las reglas, los premios y los límites', correct: false },
        { text: 'El trabajo, el dinero, el matrimonio y la fe', correct: false },
      ],
      explanation:
        'Las cuatro partes son la salud, el hogar, el propósito y la comunidad. Para algunas personas, el trabajo, la fe o el tratamiento caben dentro de ellas. Pero cada persona las llena a su manera.',
    },
    {
      id: 'w3-check-whose-goal',
      question: '{Person} dice que su meta es dormir mejor. Tú esperabas que buscara trabajo. ¿Qué encaja con mirar sus puntos fuertes?',
      options: [
        { text: 'Apoyar la meta de dormir mejor, y preguntar cómo puedes ayudar', correct: true },
        { text: 'Explicar por qué el trabajo importa más', correct: false },
        { text: 'Ponerle tú una meta de trabajo y revisarla cada semana', correct: false },
      ],
      explanation:
        'Es natural que tengas tus propias esperanzas para {person}. Las personas suelen esforzarse por las metas que eligen. Y dormir mejor también puede ayudar con el ánimo, con la energía y, algún día, con el trabajo.',
    },
    {
      id: 'w3-check-real-praise',
      question: '¿Cuál de estos elogios es el más fácil de creer?',
      options: [
        { text: '"Eres increíble."', correct: false },
        { text: '"Hoy tuviste mucha paciencia con tu sobrina. Se notaba lo mucho que le gustaba."', correct: true },
        { text: '"¿Ves? Cuando quieres, puedes ser normal."', correct: false },
      ],
      explanation:
        'Un elogio sobre un momento real es fácil de creer y difícil de quitarse de encima. "Eres increíble" es amable, y no tiene nada de malo decirlo también. El último puede doler, aunque se diga con cariño, porque da a entender que casi nunca está bien.',
    },
    {
      id: 'w3-check-no-goal',
      question: '{Person} dice que ya no sabe lo que quiere. ¿Qué puede ayudar?',
      options: [
        { text: 'Pedirle que elija una meta hoy, para que las cosas avancen', correct: false },
        { text: 'Seguir cerca, fijarte en pequeños puntos fuertes y volver a preguntar más adelante', correct: true },
        { text: 'Dejar de preguntar, porque solo le hace sentir mal', correct: false },
      ],
      explanation:
        'Cuando hay poca esperanza, nombrar una meta puede parecer demasiado. Por un tiempo, puedes guardar la esperanza en su lugar. Un interés tranquilo y constante deja la puerta abierta hasta que llegue su momento.',
    },
  ],
  forYou: {
    title: 'Tus propias cuatro partes',
    blocks: [
      'Las cuatro partes de una buena vida también son para ti. Cuando cuidas de alguien, tu salud, tu hogar, tu propósito y tu comunidad pueden quedarse atrás sin que te des cuenta.',
      'Tómate un momento para ver cómo estás:',
      {
        list: [
          'Salud: ¿duermo, como y me muevo lo suficiente?',
          'Hogar: ¿hay un lugar o un rato que me dé calma?',
          'Propósito: ¿qué hago solo para mí?',
          'Comunidad: ¿con quién hablo que esté de mi lado?',
        ],
      },
      'Elige una parte y un paso pequeño para esta semana. Un paseo, acostarte temprano o llamar a alguien de confianza: todo cuenta. Y nombra un punto fuerte tuyo. Has pasado por mucho, y sigues adelante.',
    ],
  },
};
