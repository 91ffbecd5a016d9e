import type { Week } from '../course-types.ts';

/**
 * Week 7 in Spanish (issue #17): the same week as week-7.ts, written anew for a family at home,
 * not word for word. Its sources are in week-7.ts, beside the English.
 *
 * The shape mirrors the English (ids, block kinds and order, variant keys; a unit test holds
 * it to that). Tú throughout, and no gender for the reader: "puede que sientas", never
 * "solo" or "sola" for the reader. The person supported takes `{person}`; every sentence here
 * is worded so that it needs no agreement ("su", "le", "a su lado"), so the week has no
 * `{masculino|femenino|sin género}` token. In the stories the person is Alex, a name that works
 * for any gender, since the reader's choice decides who Alex is; Kwame, who supports Alex,
 * keeps his name, as week 1 keeps Amara's and Priya's.
 *
 * "Peer support" has two names in Spanish ("entre pares" in the Americas, "entre iguales" in
 * Spain), so the week gives both where it names it, and elsewhere says what it is: help from
 * someone who has lived it. Words are chosen to read alike in Mexico, the United States and Spain: "anuncio",
 * not "cartel"; "la cocina", not the fridge's three names; "municipio" for the local council;
 * no car and no lift; the question to a service is worded so it needs neither tú nor usted.
 *
 * Where the English says family groups are listed "for each country we cover", this says
 * "varios países": the Find support page also offers countries with none listed yet
 * (Argentina, Colombia, Chile), and those are Spanish readers' countries.
 */
export const week: Week = {
  number: 7,
  title: 'Redes de apoyo y recursos de la comunidad',
  summary: 'La ayuda de quien lo ha vivido, los grupos de familias y los servicios cerca de ti: qué son, cómo encontrarlos y cómo hacerte oír.',
  minutes: 30,
  welcome: [
    'Muchas familias llevan esto a solas durante mucho tiempo. Puede que sientas que nadie lo entendería. Quizá te preocupa lo que piense la gente. O sientes que deberías poder con todo sin ayuda. Son cosas que siente mucha gente, y tienen sentido.',
    'Esta semana habla de un círculo más amplio. Otras personas ya han pasado por este camino. Y hay ayuda para ti y para {person}. Pedir ayuda no es rendirse. Es una de las cosas más amables que puedes hacer, por ti y por {person}.',
  ],
  sections: [
    {
      id: 'a-wider-circle',
      title: 'Nadie puede serlo todo',
      blocks: [
        'Cuando alguien a quien queremos está mal, a menudo intentamos hacerlo todo a la vez. Cuidamos, animamos, llevamos y traemos, vigilamos y hacemos compañía. Nadie aguanta eso mucho tiempo. Y una sola persona no puede dar a otra todo lo que necesita.',
        'La recuperación suele crecer en una red de personas, no colgada de un solo hilo. {Person} puede encontrar fuerza en alguien que ha vivido lo mismo, o en una persona del equipo de salud en quien confía. También en un trabajo, una clase, un equipo o su comunidad de fe. Tú eres un hilo de esa red. Uno importante, pero no el único.',
        'Tú también necesitas una red. Quienes apoyan a alguien con una enfermedad mental o con un problema de consumo a menudo se alejan de sus amistades. Algunas personas sienten vergüenza. Otras, sin más, no tienen fuerzas. Aun así, muchas familias notan que todo se vuelve un poco más fácil cuando dejan entrar a otras personas.',
        'Un círculo más amplio te puede dar:',
        {
          list: [
            'gente que te entiende sin largas explicaciones',
            'ideas y trucos de quien ya pasó por lo mismo',
            'ayuda práctica, como una comida, alguien que te lleve a una cita o un nombre al que llamar',
            'un lugar para reír, para llorar o solo para estar',
          ],
        },
        'Formar ese círculo no es traicionar a {person}. Puedes guardar su vida privada y, aun así, buscar apoyo para ti.',
      ],
    },
    {
      id: 'peer-and-family-support',
      title: 'La ayuda de quien lo ha vivido, y los grupos de familias',
      blocks: [
        'El apoyo entre pares, o entre iguales, es la ayuda de alguien que ha vivido algo parecido. Esa persona no da órdenes ni consejos de libro. Cuenta lo que a ella le sirvió. Y muestra que la vida puede mejorar.',
        'Para {person}, esta ayuda puede ser:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  'alguien de un centro o servicio de salud que ha vivido algo parecido',
                  'un grupo para personas que oyen voces o que viven con el ánimo bajo',
                  'una escuela de recuperación, con clases gratis sobre cómo vivir bien, que a menudo dan personas que lo han vivido',
                  'un foro o un chat en internet, de un grupo de confianza',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  'alguien de un centro o servicio de salud que ha vivido algo parecido',
                  'un grupo de ayuda mutua, como los de doce pasos u otro grupo de recuperación',
                  'un grupo de recuperación con otra forma de trabajar, para quien no se siente a gusto en los de doce pasos',
                  'un foro o un chat en internet, de un grupo de confianza',
                ],
              },
            ],
            both: [
              {
                list: [
                  'alguien de un centro o servicio de salud que ha vivido algo parecido',
                  'un grupo de ayuda mutua, como los de doce pasos u otro grupo de recuperación',
                  'un grupo para personas que oyen voces o que viven con el ánimo bajo',
                  'un grupo para personas que trabajan a la vez su salud mental y su consumo',
                  'un foro o un chat en internet, de un grupo de confianza',
                ],
              },
            ],
          },
        },
        'Ir o no ir es decisión suya. Hay quien prueba muchos grupos hasta dar con uno que le va bien. Hay quien nunca se siente a gusto en un grupo, y eso también está bien.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Para ti hay grupos de apoyo para familias. Son para parejas, madres, padres, hijos, hermanos y amistades. Algunos son cursos gratis que dan familias que ya han pasado por esto. Otros se reúnen cada semana para hablar y escuchar. Busca grupos para familias de personas con una enfermedad mental.',
            ],
            'substance-use': [
              'Para ti hay grupos de apoyo para familias. Son para parejas, madres, padres, hijos, hermanos y amistades. Algunos son cursos gratis que dan familias que ya han pasado por esto. Otros se reúnen cada semana para hablar y escuchar. Busca grupos para quienes quieren a alguien que bebe o consume drogas.',
            ],
            both: [
              'Para ti hay grupos de apoyo para familias. Son para parejas, madres, padres, hijos, hermanos y amistades. Algunos son cursos gratis que dan familias que ya han pasado por esto. Otros se reúnen cada semana para hablar y escuchar. Hay grupos para familias de personas con una enfermedad mental. Y hay grupos para quienes quieren a alguien que bebe o consume drogas. Algunos reciben a las dos.',
            ],
          },
        },
        'En la primera reunión no tienes que hablar. Puedes solo escuchar. Mucha gente cuenta que, de vuelta a casa, sintió alivio, y hasta lloró. A veces hacen falta dos o tres visitas para saber si un grupo es para ti. Si no lo es, prueba otro.',
      ],
    },
    {
      id: 'community-resources',
      title: 'Ayuda para el día a día',
      blocks: [
        'La recuperación es más que tener menos síntomas. También es tener un hogar seguro, algo que hacer cada día y gente con quien hacerlo. Muchos pueblos y ciudades tienen servicios que ayudan justo con esto. Los nombres cambian de un lugar a otro, pero el tipo de ayuda es casi el mismo.',
        {
          list: [
            'Vivienda: apoyo para encontrar o mantener un hogar, o un lugar con apoyo donde vivir por un tiempo.',
            'Trabajo: ayuda para buscar empleo o para volver a trabajar, o cursos que se adaptan a la salud de cada cual.',
            'Estudios: ayuda en centros de estudio o de educación para adultos, con apoyo extra para quien tiene problemas de salud.',
            'Vida social: centros a los que puedes ir sin cita, casas club, grupos de arte, clubes de deporte, grupos de fe y de cultura.',
            'Dinero y derechos: consejo sobre ingresos, deudas y ayudas públicas, y ayuda legal gratis.',
          ],
        },
        'Algunos son para {person}. Otros, como el consejo sobre dinero, quizá te sirvan también a ti.',
        'Esto es lo más importante. Tú puedes averiguar qué hay. Puedes reunir folletos y números de teléfono. Pero {person} elige por qué puertas entrar. Un programa que elige por su cuenta tiene muchas más posibilidades de ayudar que uno que otros eligen en su lugar.',
        'Si hoy dice que no, no es el final. Guarda los datos en un lugar seguro. La gente a menudo vuelve a una idea cuando siente que es su momento.',
      ],
    },
    {
      id: 'finding-help-locally',
      title: 'Cómo encontrar ayuda donde vives',
      blocks: [
        'Cada país y cada región son distintos. Pero hay buenos lugares para empezar casi en cualquier parte:',
        {
          list: [
            'tu médico o tu centro de salud',
            'el equipo de salud de {person}, si le parece bien que hables con ese equipo',
            'una línea de ayuda nacional de salud mental o de adicciones, que te puede decir qué ayuda hay cerca',
            'una asociación nacional de familias, que quizá tenga un grupo cerca de ti',
            'la biblioteca, el centro comunitario o las oficinas de tu municipio',
            'una búsqueda en internet con palabras sencillas, como "grupo de apoyo para familias" y el nombre de tu ciudad o pueblo',
          ],
        },
        'Una asociación nacional de familias suele ser la mejor primera llamada. Hemos reunido algunas para varios países.',
        { kind: 'link', href: '/support', label: 'Busca apoyo en tu país' },
        'Un buen contacto suele llevar a otros. En un grupo de familias, la gente suele saber qué servicios tratan bien y en cuáles hay que esperar mucho.',
        'Cuando llames, hazlo sencillo. Podrías preguntar:',
        {
          list: ['¿Para quién es este servicio?', '¿Cuesta algo?', '¿Cómo se empieza? ¿Hay que esperar?', '¿Hay alguien más que pueda ayudar?'],
        },
        'Anota nombres, números y fechas. Haz una llamada cada vez. Si una llamada sale mal, o nadie contesta, no es culpa tuya. Descansa un rato, y luego prueba con el siguiente nombre de tu lista.',
      ],
    },
    {
      id: 'speaking-up',
      title: 'Hacerse oír',
      blocks: [
        'Hacerse oír es, sin más, decir lo que hace falta. Puedes hacerlo por ti, junto a {person} y por familias como la tuya.',
        'Junto a {person}, la meta es ayudar a que se oiga su voz, no hablar en su lugar. Antes de una cita, puedes preguntarle qué quiere decir y cómo puedes ayudar. A algunas personas les gusta que alguien tome notas. Otras prefieren que no digas nada, salvo si te lo piden. Deja que marque el paso.',
        'Puede que el equipo de salud no pueda darte detalles sobre una persona adulta sin su permiso. Eso puede ser duro. Pero aun así puedes contar lo que has visto, hacer preguntas generales y saber qué ayuda hay. {Person} también puede aceptar que te cuenten unas cosas y otras no.',
        'Al hacerte oír, ayudan algunas cosas:',
        {
          list: [
            'anota en pocas palabras las fechas, lo que pasó y con quién hablaste',
            'escribe tus preguntas antes de ir',
            'habla con calma y con respeto, y di con claridad lo que necesitas',
            'antes de colgar, pide nombres y cuál es el siguiente paso',
          ],
        },
        'Algunas familias llegan a hacerse oír más allá de su casa. Cuentan su historia, se unen a un grupo de familias o ayudan a luchar contra el estigma. Es una opción, no una obligación. Por ahora, hablar por lo que tú necesitas es un buen lugar para empezar.',
      ],
    },
  ],
  story: {
    title: 'El grupo de la biblioteca',
    variants: {
      'mental-illness': [
        'Kwame apoya a su {relation}, Alex, que vive con esquizofrenia. Durante dos años, Kwame casi no se lo contó a nadie. Trabajaba, volvía a casa, veía cómo estaba Alex y pasaba las noches en vela.',
        'Un día vio un anuncio en la biblioteca. Era un curso gratis para familias de personas con una enfermedad mental. Estuvo a punto de no ir. La primera noche se sentó junto a la puerta, con el abrigo puesto.',
        'Entonces una mujer habló de su hermano. Contó que él oía voces y creía que no le pasaba nada. Kwame sintió que el pecho se le aflojaba. Era como oír su propia vida en voz alta.',
        'Con las semanas, el grupo se volvió un lugar donde podía hablar con el corazón. Alguien habló de una casa club en la ciudad. Es un lugar donde personas con una enfermedad mental cocinan, trabajan y pasan tiempo juntas. Kwame se llevó un folleto.',
        'No se lo impuso a Alex. Le dijo: "Me hablaron de este sitio. Dicen que la comida es buena. Sin presión. Te lo dejo en la mesa". Alex se encogió de hombros.',
        'Un mes después, Alex fue a comer allí con alguien de su equipo de salud que también había vivido una enfermedad mental. Volvió la semana siguiente, y la otra también.',
        'Kwame sigue yendo a su grupo. Dice que el curso no cambió a Alex. A él le dio amistades que lo entienden, y algo de paz por las noches.',
      ],
      'substance-use': [
        'Kwame apoya a su {relation}, Alex, que lleva años bebiendo mucho. Durante mucho tiempo, Kwame casi no se lo contó a nadie. Cubría a Alex, ponía excusas y pasaba las noches en vela, atento al ruido de las llaves en la puerta.',
        'Un día vio un anuncio en la biblioteca. Era un grupo semanal para quienes quieren a alguien que bebe o consume drogas. Estuvo a punto de no ir. La primera noche se sentó junto a la puerta, con el abrigo puesto.',
        'Entonces una mujer habló de lo que bebía su hermano. Contó que pasó años intentando controlarlo, y que eso la dejó sin fuerzas. Kwame sintió que el pecho se le aflojaba. Era como oír su propia vida en voz alta.',
        'Con las semanas, el grupo se volvió un lugar donde podía hablar con el corazón. Alguien le habló de un servicio de la zona. Allí hay personas que llevan mucho tiempo en recuperación y acompañan a otras, tal como estén. Kwame guardó el número.',
        'No se lo impuso a Alex. Le dijo: "Me hablaron de esto. Es alguien que ha pasado por lo mismo. Sin presión. Te dejo el número en la cocina". Alex no dijo nada.',
        'Dos meses después, tras un mal fin de semana, Alex llamó a ese número. Se vio con esa persona para tomar un café, y luego otra vez.',
        'Kwame sigue yendo a su grupo. Dice que el grupo no hizo que Alex dejara de beber. Alex trabaja en eso a su manera. El grupo ayudó a Kwame a dejar de cargarlo todo a solas.',
      ],
      both: [
        'Kwame apoya a su {relation}, Alex, que vive con depresión. Alex consume cannabis y alcohol para aguantar el día. Durante dos años, Kwame casi no se lo contó a nadie. Veía cómo estaba Alex, llamaba a los servicios y pasaba las noches en vela.',
        'Lo más difícil era que lo mandaran de un lado a otro. El equipo de salud mental decía que primero había que tratar la bebida. El servicio de alcohol decía que primero había que tratar el ánimo.',
        'Un día vio en la biblioteca el anuncio de un grupo de apoyo para familias. Estuvo a punto de no ir. La primera noche se sentó junto a la puerta, con el abrigo puesto.',
        'Entonces un hombre habló de su hija, que vivía con ansiedad y consumía drogas. Contó que a ellos les había pasado lo mismo. Kwame sintió que el pecho se le aflojaba.',
        'Ese hombre le habló de un servicio en la ciudad de al lado que ayuda con las dos cosas a la vez. Kwame anotó el nombre. En casa le dijo a Alex: "Encontré un lugar que trata el ánimo y la bebida juntos. ¿Quieres que esté a tu lado si llamas?".',
        'Alex dijo que no. Unas semanas después, le volvió a pedir el nombre, e hizo la llamada por su cuenta.',
        'Kwame sigue yendo a su grupo. Dice que aprendió que la puerta buena existe. A veces hacen falta otras familias para encontrarla.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-7.ts.
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Kwame apoya a su {relation}, Alex, que vive con trastorno bipolar. Hace dos años, en una fase alta, Alex gastó todos sus ahorros y se llenó de deudas. Kwame casi no se lo contó a nadie. Pagaba lo que podía, veía cómo estaba Alex y pasaba las noches en vela.',
          'Un día vio un anuncio en la biblioteca. Era un curso gratis para familias de personas con una enfermedad mental. Estuvo a punto de no ir. La primera noche se sentó junto a la puerta, con el abrigo puesto.',
          'Entonces un hombre habló de las subidas y bajadas de su esposa, y de lo que hubo que pagar después. Kwame sintió que el pecho se le aflojaba. Era como oír su propia vida en voz alta.',
          'Con las semanas, el grupo se volvió un lugar donde podía hablar con el corazón. Alguien le habló de un servicio gratis que da consejo sobre dinero. Pronto, las deudas tuvieron un plan. Otra persona habló de un grupo que llevan personas que viven con trastorno bipolar. Kwame se llevó un folleto.',
          'No se lo impuso a Alex. Le dijo: "Me hablaron de este grupo. Lo llevan personas que conocen las subidas y las bajadas. Sin presión. Te lo dejo en la mesa". Alex se encogió de hombros.',
          'Unos meses después, en una época estable, Alex fue. Al volver, dijo: "Nadie me miró de forma extraña".',
          'Kwame sigue yendo a su grupo. Dice que el curso no cambió a Alex. A él le dio amistades que lo entienden, un plan para el dinero y algo de paz por las noches.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Kwame apoya a su {relation}, Alex, que vive con depresión. Durante dos años, Kwame casi no se lo contó a nadie. Iba a trabajar y volvía a casa. Intentaba, con cariño, que Alex saliera de su cuarto. Y pasaba las noches en vela.',
          'Un día vio un anuncio en la biblioteca. Era un curso gratis para familias de personas con una enfermedad mental. Estuvo a punto de no ir. La primera noche se sentó junto a la puerta, con el abrigo puesto.',
          'Entonces una mujer habló de su esposo, que pasó casi un año en la cama. Kwame sintió que el pecho se le aflojaba. Era como oír su propia vida en voz alta.',
          'Con las semanas, el grupo se volvió un lugar donde podía hablar con el corazón. Alguien habló de un grupo que sale a caminar, de una asociación de salud mental, para personas que viven con el ánimo bajo. Kwame se llevó un folleto.',
          'No se lo impuso a Alex. Le dijo: "Dicen que es tranquilo, solo una hora los sábados. Sin presión. Te lo dejo en la mesa". Alex no dijo nada.',
          'El grupo también le enseñó otra forma de hacerse oír. Antes de la siguiente cita de Alex con el médico, Kwame le preguntó qué quería decir y cómo podía ayudar. Alex le pidió que fuera y tomara notas.',
          'Dos meses después, Alex salió a caminar con el grupo y se fue antes de tiempo. La semana siguiente, se quedó hasta el final.',
          'Kwame sigue yendo a su grupo. Dice que el curso no cambió a Alex. A él le dio amistades que lo entienden, y algo de paz por las noches.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Kwame apoya a su {relation}, Alex, que vive con psicosis y bebe casi todos los días para tapar las voces. Durante dos años, Kwame casi no se lo contó a nadie. Veía cómo estaba Alex, llamaba a los servicios y pasaba las noches en vela.',
          'Lo más difícil era la espera. Cada servicio parecía querer que primero se resolviera el otro problema. Kwame sentía que lo sostenía todo él solo.',
          'Un día vio en la biblioteca el anuncio de un grupo de apoyo para familias. Estuvo a punto de no ir. La primera noche se sentó junto a la puerta, con el abrigo puesto.',
          'Entonces una madre habló de su hijo, que oía voces y bebía para callarlas. Kwame sintió que el pecho se le aflojaba. Era como oír su propia vida en voz alta.',
          'Ella le contó dos cosas. En el equipo de psicosis temprana de su hijo había alguien que ayudaba con las voces y con la bebida a la vez. Y en la ciudad había un grupo para personas que oyen voces, que llevan personas que también las oyen.',
          'Kwame no insistió. En casa le dijo a Alex: "Me han dicho que hay un grupo para personas que oyen voces. Nadie te dice qué tienes que pensar. Y el equipo también te puede ayudar con la bebida, si algún día quieres". Alex dijo que no.',
          'Unas semanas después, Alex pidió los datos del grupo. Fue una vez, y luego otra. Más tarde, a su ritmo, le preguntó a su equipo por la bebida.',
          'Kwame sigue yendo a su grupo. Aprendió que no tenía que sostenerlo todo a solas.',
        ],
      },
    ],
  },
  takeaways: [
    'Nadie puede dar a otra persona todo lo que necesita. Un círculo más amplio ayuda a {person}, y te ayuda a ti.',
    'La ayuda de quien lo ha vivido da una esperanza que otras personas no pueden dar.',
    'Los grupos de familias son para ti. Puedes ir y no decir nada: escuchar ya basta.',
    'Tú puedes averiguar qué ayuda hay. {Person} elige qué usar.',
    'Hacerse oír funciona mejor con calma y claridad, y dejando que {person} marque el paso cuando se pueda.',
  ],
  reflections: [
    {
      id: 'w7-who-is-in-my-circle',
      prompt: '¿Quién está hoy en tu círculo? ¿A quién podrías dejar entrar un poco más?',
      hint: 'Piensa en amistades, familia, vecinos, gente del trabajo, un grupo de fe o de cultura, o gente en internet.',
    },
    {
      id: 'w7-what-holds-me-back',
      prompt: '¿Qué te ha frenado hasta ahora a la hora de buscar apoyo?',
      hint: 'No hay respuesta mala. La vergüenza, el cansancio, cuidar la intimidad y no saber dónde buscar son cosas comunes.',
    },
  ],
  practice: {
    id: 'w7-practice',
    title: 'Busca un solo contacto',
    intro: [
      'Esta semana, la tarea es pedir ayuda una vez. No hace falta montar toda una red. Basta con un paso hacia un tipo de apoyo.',
      'Puede ser para ti, como un grupo de familias. O puede ser averiguar algo que {person} ha dicho que quiere, como ayuda con el trabajo o un lugar donde conocer gente.',
    ],
    steps: [
      'Elige una necesidad. Quédate con la que más te urja, o con la que veas más fácil.',
      'Busca dos lugares que puedan ayudar. Puedes usar tu médico, una línea de ayuda, un grupo de familias, la biblioteca o una búsqueda sencilla en internet.',
      'Antes de llamar, escribir o ir en persona, anota lo que quieres preguntar.',
      'Haz el contacto. Si puedes, hazlo en un momento tranquilo del día, con una taza de té o de café y algo para escribir.',
      'Anota lo que averiguaste y un siguiente paso. Si era para {person}, cuéntale lo que encontraste y deja que decida.',
    ],
    plan: [
      {
        id: 'w7-plan-need',
        label: '¿Qué tipo de apoyo voy a buscar primero?',
        hint: 'Por ejemplo: un grupo de familias para mí, o la ayuda con la vivienda por la que {person} ha preguntado.',
      },
      {
        id: 'w7-plan-where',
        label: '¿Dónde voy a buscar, y cuándo?',
        hint: 'Nombra uno o dos lugares, y un día.',
      },
      {
        id: 'w7-plan-ask',
        label: '¿Qué voy a preguntar o decir?',
        hint: 'Basta con una frase corta, como "Apoyo a alguien de mi familia. ¿Puedo ir a este grupo?".',
      },
      {
        id: 'w7-plan-tell',
        label: '¿A quién se lo podría contar?',
        hint: 'A alguien que te anime, pase lo que pase.',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w7-what-is-peer-support',
      question: '¿Qué es el apoyo entre pares, o entre iguales?',
      options: [
        { text: 'La ayuda de alguien que ha vivido algo parecido', correct: true },
        { text: 'Un tipo de tratamiento que solo puede dar un médico', correct: false },
        { text: 'El apoyo de personas de la misma edad', correct: false },
      ],
      explanation:
        'Un par, o un igual, es alguien que ha pasado por lo mismo. Puede haber vivido con una enfermedad mental, con un problema de consumo o con las dos cosas. O puede ser alguien de una familia que ha apoyado a un ser querido. Lo que ayuda es su propia historia. Muestra que las cosas pueden mejorar.',
    },
    {
      id: 'w7-who-family-groups-are-for',
      question: '¿Para quién es, sobre todo, un grupo de apoyo para familias?',
      options: [
        { text: 'Para la persona a quien apoyas', correct: false },
        { text: 'Para ti, que apoyas desde la familia o la amistad', correct: true },
        { text: 'Solo para madres y padres', correct: false },
      ],
      explanation:
        'Los grupos de familias son para quienes apoyan: parejas, madres, padres, hijos, hermanos y amistades. Mucha gente tarda en ir. Si todavía no has ido, no eres la única persona. Te recibirán con gusto cuando te sientas con ganas.',
    },
    {
      id: 'w7-sharing-a-resource',
      question: 'Encuentras un programa de empleo que crees que podría ayudar a {person}. ¿Qué encaja mejor con el espíritu de este curso?',
      options: [
        { text: 'Hacer la inscripción y contárselo después', correct: false },
        { text: 'Contarle lo que encontraste, y dejar que decida', correct: true },
        { text: 'Sacar el tema una y otra vez hasta que acepte', correct: false },
      ],
      explanation:
        'Es natural querer actuar cuando ves algo que podría ayudar. Si compartes los datos y das un paso atrás, {person} tiene la decisión en sus manos. La gente suele seguir con la ayuda que eligió por su cuenta. Si dice que no, puedes guardar los datos para más adelante.',
    },
    {
      id: 'w7-where-to-start',
      question: '¿Cuáles de estos son buenos lugares para empezar a buscar ayuda cerca de ti?',
      options: [
        { text: 'Tu médico o tu centro de salud', correct: true },
        { text: 'Una línea de ayuda nacional o una asociación de familias', correct: true },
        { text: 'La biblioteca o el centro comunitario', correct: true },
        { text: 'Ninguno: la ayuda solo existe en las grandes ciudades', correct: false },
      ],
      explanation:
        'Los tres son buenos lugares para empezar, vivas donde vivas. Fuera de las grandes ciudades puede costar más encontrar ayuda, y en algunas zonas hay menos. Pero una llamada a una línea de ayuda o a una asociación nacional a menudo te lleva a algo cercano o por internet.',
    },
    {
      id: 'w7-speaking-up-well',
      question: 'Acompañas a {person} a una cita. ¿Qué es una buena forma de hacerte oír?',
      options: [
        { text: 'Preguntarle antes qué quiere decir y cómo puedes ayudar', correct: true },
        { text: 'Responder tú a todas las preguntas para que no se olvide nada', correct: false },
        { text: 'Llevar notas cortas y tus preguntas por escrito', correct: true },
      ],
      explanation:
        'Hacerse oír bien es ayudar a que se oiga su voz, no taparla. Preguntar primero, llevar notas y dejar que marque el paso cuando pueda: todo eso ayuda. Si alguna vez has hablado en su lugar, es muy humano. Suele nacer del amor y de la preocupación.',
    },
  ],
  forYou: {
    title: 'Deja entrar a una persona',
    blocks: [
      'Esta semana, cuéntale a una persona de confianza un poco de lo que llevas encima. No tienes que contarlo todo, ni nada privado de {person}. Puedes decir, sin más: "Las cosas en casa están difíciles. Me vendría bien hablar con alguien".',
      'Si todavía no hay nadie a quien te veas capaz de contárselo, está bien. Busca un grupo de familias y lee un poco sobre él. Solo saber que existe puede hacer que la carga pese menos.',
    ],
  },
};
