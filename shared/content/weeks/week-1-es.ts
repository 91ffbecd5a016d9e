import type { Week } from '../course-types.ts';

/**
 * Week 1 in Spanish (issue #17): the same week as week-1.ts, written anew for a family at home,
 * not word for word. Its sources are in week-1.ts, beside the English.
 *
 * The shape mirrors the English (ids, block kinds and order, variant keys; a unit test holds
 * it to that). Tú throughout, and no gender for the reader: "puede que sientas cansancio", not
 * "cansado". The person supported takes `{person}` and, where a sentence must agree, the token
 * `{masculino|femenino|sin género}` (see course-types.ts); most sentences avoid the need ("su",
 * "le", "a su lado"). In the stories, the person's name works for any gender (Dani, Cris, Alex,
 * Toni, Eli, Ari, Cruz), since the reader's choice decides who they are. Words are chosen to
 * read alike in Mexico, the United States and Spain: no car, no "manejar" or "conducir", "la
 * rabia" rather than "el enojo" or "el enfado".
 */
export const week: Week = {
  number: 1,
  title: 'La esperanza y el modelo de recuperación',
  summary: 'La recuperación es posible, y es personal. Qué significa, cuál es tu lugar y el camino que también recorre la familia.',
  minutes: 35,
  welcome: [
    'Si estás aquí, alguien a quien quieres está pasando por algo difícil. Puede que sientas cansancio, miedo o dudas sobre qué hacer. Quizá sientes que ya lo has intentado todo. Es mucho peso. Y no eres la única persona que lo lleva.',
    'Esta primera semana habla de esperanza. No de una esperanza de postal, sino de la real, la que se apoya en lo que sabemos: las personas mejoran, a su manera y a su ritmo. También vas a mirar tu propio papel en todo esto. Puede que sea una carga más ligera que la que llevas hoy.',
  ],
  sections: [
    {
      id: 'recovery-is-possible',
      title: 'La recuperación es posible',
      blocks: [
        'Hay algo que vale la pena recordar. Muchas personas que viven con una enfermedad mental o con un problema de consumo mejoran. Algunas se sienten bien durante años. Otras siguen teniendo días difíciles, pero construyen una vida que valoran. Las dos cosas son recuperación.',
        'Recuperarse no siempre quiere decir que se vaya toda señal de la enfermedad. Para mucha gente, quiere decir vivir bien con ella, o a pesar de ella. Quiere decir tener esperanza, un lugar en el mundo y voz en su propia vida.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'La recuperación también es personal. No hay dos caminos iguales. A una persona le ayuda sobre todo hablar con un terapeuta. Otra se apoya en un grupo de ayuda mutua, en su fe o en un trabajo estable. Una persona se siente mejor en unos meses. Para otra, son años de pasos pequeños. Lo que le sirve a una puede no servirle a otra.',
            ],
            'substance-use': [
              'La recuperación también es personal. No hay dos caminos iguales. A una persona le ayuda sobre todo hablar con un terapeuta. Otra se apoya en un grupo de ayuda mutua, en su fe o en un trabajo estable. Una persona deja de beber o de consumir de una vez. Otra lo va dejando poco a poco. Lo que le sirve a una puede no servirle a otra.',
            ],
            both: [
              'La recuperación también es personal. No hay dos caminos iguales. A una persona le ayuda sobre todo hablar con un terapeuta. Otra se apoya en un grupo de ayuda mutua, en su fe o en un trabajo estable. Una persona recibe ayuda primero para su ánimo, y entonces bebe menos. Otra va bebiendo menos poco a poco, mientras trabaja en las dos cosas. Lo que le sirve a una puede no servirle a otra.',
            ],
          },
        },
        'El camino casi nunca es recto. Lo más probable es que haya semanas buenas y semanas difíciles. Un paso atrás no borra lo que vino antes. Es parte normal del camino, no una señal de que todo está perdido.',
        'Puede que ahora mismo no sientas mucha esperanza. Está bien. Por ahora, deja que este curso guarde un poco de esperanza por ti.',
      ],
    },
    {
      id: 'two-models',
      title: 'Dos maneras de mirar: el modelo médico y el modelo de recuperación',
      blocks: [
        'Hay dos maneras principales de pensar en la enfermedad mental y en el consumo de sustancias. No son rivales. Funcionan mejor juntas.',
        'El modelo médico mira la enfermedad. Se pregunta: ¿qué está mal, y cómo se trata? Los médicos y otros profesionales le ponen nombre al problema. Luego ofrecen un tratamiento para aliviar sus síntomas. Ese tratamiento puede importar mucho. Para muchas personas, es una parte clave de ponerse bien.',
        'El modelo de recuperación mira a la persona entera. Se pregunta: ¿qué quiere esta persona de su vida, y qué le ayuda a llegar ahí? Ve a la persona como quien más sabe de su propia vida. Sus deseos, sus fuerzas y sus decisiones marcan el camino.',
        {
          list: [
            'El modelo médico pregunta: "¿Qué está mal?". El modelo de recuperación pregunta también: "¿Qué es importante para ti?".',
            'El modelo médico busca aliviar los síntomas. El modelo de recuperación busca una vida que valga la pena.',
            'En el modelo médico, muchas veces decide el equipo de salud. En el modelo de recuperación, la persona y quienes le ayudan deciden en equipo.',
          ],
        },
        'Este curso se apoya en el modelo de recuperación. Eso no quiere decir que el tratamiento no importe. Quiere decir que una persona es mucho más que el nombre de una enfermedad. Es una persona entera, con sus propias metas.',
      ],
    },
    {
      id: 'their-own-words',
      title: 'La recuperación, en sus propias palabras',
      blocks: [
        '¿Cómo es la recuperación? Lo mejor es preguntar a quien la vive. Cuando las personas hablan de su propia recuperación, hay cosas que salen una y otra vez.',
        {
          list: [
            'Esperanza: sentir que las cosas pueden mejorar.',
            'Que los demás vean a la persona, no la enfermedad.',
            'Algo que hacer que valga la pena, como trabajar, estudiar, cuidar de otros o crear cosas.',
            'Gente con quien estar, que acepte a la persona tal como es.',
            'Voz en sus propias decisiones, también en las de su tratamiento.',
          ],
        },
        'Mira lo que hay en esta lista. Casi todo habla de una buena vida, no solo de tener menos síntomas.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Puede que tu idea de recuperación no sea la misma que la de {person}. Quizá esperas que se vaya toda señal de la enfermedad, y lo que quiere primero es sentir menos soledad. Quizá quieres que vuelva a trabajar, y lo que quiere es dormir toda la noche. Esa diferencia es normal. No quiere decir que alguien se equivoque.',
              'Aquí las palabras también importan. Hay quien dice que está "en recuperación". Otras personas dicen "bien", "mejor" o "en camino". Algunas no quieren ninguna etiqueta. Cuando puedas, usa sus palabras.',
            ],
            'substance-use': [
              'Puede que tu idea de recuperación no sea la misma que la de {person}. Quizá esperas que deje de beber o de consumir para siempre, y lo que quiere primero es consumir menos. Quizá quieres que vuelva a trabajar, y lo que quiere es dormir toda la noche. Esa diferencia es normal. No quiere decir que alguien se equivoque.',
              'Aquí las palabras también importan. Hay quien dice que está "en recuperación". Otras personas dicen "sin beber", "sin consumir", "bebiendo menos" o "en camino". Algunas no quieren ninguna etiqueta. Cuando puedas, usa sus palabras.',
            ],
            both: [
              'Puede que tu idea de recuperación no sea la misma que la de {person}. Quizá esperas que deje de beber y vuelva a estar bien, y lo que quiere primero es beber menos. Quizá quieres que vuelva a trabajar, y lo que quiere es dormir toda la noche. Esa diferencia es normal. No quiere decir que alguien se equivoque.',
              'Aquí las palabras también importan. Hay quien dice que está "en recuperación". Otras personas dicen "sin beber", "bien" o "en camino". Algunas no quieren ninguna etiqueta. Cuando puedas, usa sus palabras.',
            ],
          },
        },
        'Si el momento parece bueno, puedes preguntar: "¿Cómo sería un buen día para ti?". Luego, solo escucha. Su respuesta es un buen punto de partida.',
      ],
    },
    // The stages as NAMI's Family-to-Family course teaches them: sources in week-1.ts.
    {
      id: 'your-own-journey',
      title: 'Tu propio camino',
      blocks: [
        'Mientras {person} recorre su camino, tú recorres el tuyo. Muchas familias que han pasado por esto dicen que sus emociones llegaban en olas. Muchos cursos para familias hablan de tres grandes etapas. Conocerlas puede ayudarte a entender lo que sientes y lo que necesitas.',
        {
          list: [
            'Crisis y golpe. Algo pone la vida patas arriba: una noche de miedo, unos días en el hospital, una llamada de la policía, o un cambio lento que de pronto se ve claro. Puede que no sientas nada, o que todo te confunda. Puede que esperes que todo pase solo. Lo que más ayuda ahora es consuelo, datos claros y alguien a quien acudir.',
            'Aprender a sobrellevarlo. La realidad se asienta. La rabia, la culpa, el duelo y un cansancio muy hondo son comunes. También la tristeza por el futuro que imaginabas. Lo que ayuda ahora es aprender sobre lo que vive, decir lo que sientes, cuidarte y conocer a otras personas que entienden.',
            'Aceptación y acción. Con el tiempo, muchas familias encuentran un nuevo equilibrio. Aceptan lo que pasó sin perder la esperanza. Algunas encuentran fuerza en ayudar a otras familias, o en pedir una atención mejor.',
          ],
        },
        'No es una escalera que se sube una sola vez. Casi todas las familias van y vienen. Un paso atrás puede traer el golpe de vuelta por un tiempo. Dos personas de la misma familia pueden estar en lugares distintos a la vez. Nada de esto quiere decir que lo estés haciendo mal.',
        '¿Dónde estás tú ahora? No hay respuesta correcta. Ponerle nombre puede ayudarte a pedir lo que necesitas, y a tratarte con cariño mientras llega la etapa siguiente.',
      ],
    },
    {
      id: 'support-not-control',
      title: 'Tu papel: apoyar, no controlar',
      blocks: [
        'Cuando alguien a quien queremos lo pasa mal, queremos arreglarlo. A veces suplicamos, vigilamos, ponemos reglas o tomamos el mando. Eso nace del amor. Pero muchas veces deja a las dos personas sin fuerzas, y más lejos la una de la otra.',
        'A muchas familias les dan calma cuatro frases cortas:',
        {
          list: ['Tú no lo causaste.', 'No lo puedes controlar.', 'No lo puedes curar.', 'Y aun así puedes ayudar.'],
        },
        'Tú no causaste lo que vive {person}. Influyen muchas cosas, como los genes, el estrés, los golpes de la vida y la forma en que funciona el cerebro. Aquí nadie tiene la culpa: ni tú, ni {person}, ni nadie más de la familia.',
        'No lo puedes controlar ni curar. Su recuperación es suya. Querer dirigirla en su lugar suele traer peleas y secretos.',
        'Pero sí puedes ayudar, y tu ayuda cuenta. Puedes seguir en contacto. Puedes escuchar. Puedes aprender sobre lo que vive. Puedes animar los pasos que elija. Y puedes cuidar tu propia salud. Con el tiempo, el apoyo cálido y constante de la familia y las amistades puede cambiar mucho las cosas.',
        'Apoyar es estar a su lado, no delante.',
      ],
    },
  ],
  story: {
    title: 'Otra pregunta',
    variants: {
      'mental-illness': [
        'Amara apoya a su {relation}, Dani, que vive con depresión desde hace tres años. Hay días en que Dani no puede salir de la cama. Esos días, Amara llenaba el silencio de preguntas. ¿Vas a comer algo? ¿Vas a llamar al médico? ¿Por qué no sales a caminar?',
        'Dani empezó a dejar cerrada la puerta de su habitación. Amara se sintió herida, y luego culpable por sentirse así.',
        'En un grupo de familias, un hombre mayor dijo algo que a Amara no se le olvidó. Su esposa vive con trastorno bipolar. "Antes repasaba cada día mi lista de preguntas. Ahora le pregunto qué es importante para ella esta semana".',
        'Una tarde tranquila, Amara se sentó junto a Dani y le preguntó: "¿Cómo sería un buen día para ti?".',
        'Dani se quedó en silencio un buen rato. Luego dijo: "Volver a tocar la guitarra, creo. Y no sentirme una carga".',
        'No era la respuesta que Amara esperaba. Había pensado en un trabajo, o en una rutina. Pero escuchó. A la semana siguiente, llevó a arreglar la vieja guitarra de Dani y la dejó a la vista. No dijo ni una palabra.',
        'Durante un tiempo, la guitarra siguió en su rincón. Hasta que un domingo, Amara oyó unos acordes suaves en la habitación de al lado.',
        'Dani todavía tiene días difíciles, y Amara todavía se preocupa. Pero ahora hablan más, y Dani sabe que la puerta está abierta. Si te parece buen momento, podrías hacerle la pregunta de Amara a {person} esta semana.',
      ],
      'substance-use': [
        'Priya apoya a su {relation}, Cris, que cada año bebe más. Durante mucho tiempo, Priya contaba las botellas vacías, tiraba la bebida y escondía las llaves. Una y otra vez, Cris prometía dejarlo.',
        'Cris cumplía cada promesa una o dos semanas. Luego volvía a beber, y las peleas eran peores. Cris empezó a beber a escondidas. Priya sentía rabia, luego vergüenza, y luego una soledad muy grande.',
        'Una prima le habló a Priya de un grupo de apoyo para familias. Fue con la esperanza de encontrar un plan para que Cris dejara de beber. Pero una mujer del grupo le dijo: "Tú no lo causaste. No lo puedes controlar. No lo puedes curar. Pero aun así puedes ayudar".',
        'Priya lloró todo el camino de vuelta a casa. Fue como soltar una bolsa muy pesada.',
        'Priya dejó de contar botellas. Una mañana tranquila, le dijo a Cris: "Te quiero. Me preocupa lo que bebes. No voy a pelear más por eso. Cuando quieras hablar, aquí estoy".',
        'Un mes después, Cris le dijo: "Quiero beber menos. ¿Vienes conmigo a ver a alguien?". Priya fue. Cris eligió la meta, y Priya estuvo a su lado.',
        'En primavera, en una boda, hubo un paso atrás. Pero esta vez no hubo gritos, y Cris fue a la siguiente cita. El camino seguía ahí. Solo que no era recto.',
        'Priya sigue yendo al grupo de familias, por ella misma. Si {person} bebe o consume drogas, un grupo así también puede ayudarte a ti.',
      ],
      both: [
        'Yuki apoya a su {relation}, Alex, que vive con trastorno bipolar. Alex también fuma cannabis casi todos los días, y más cuando su ánimo sube o baja mucho.',
        'Cuando Yuki supo las dos cosas, se lanzó a hacer de todo. Leyó todo lo que encontró. Anotaba en tablas los cambios de ánimo de Alex. Pedía citas y dejaba folletos sobre la cama de Alex. Tenía un plan para cada parte de su vida.',
        'Alex no siguió el plan. Una noche le dijo: "Para ti soy un proyecto, no una persona".',
        'Le dolió. Pero Yuki sabía que había algo de verdad en eso.',
        'En el centro de salud, una profesional que trabaja con familias le ayudó a ver las cosas de otra manera. Los problemas de salud mental y de consumo suelen ir juntos. La atención que trata los dos a la vez suele ayudar más. Y las razones de Alex para cambiar iban a contar más que cualquier plan de Yuki.',
        'Así que Yuki guardó las tablas. Le preguntó a Alex qué era lo que más quería. Alex dijo: "Volver a cocinar. Quiero trabajar en una cocina".',
        'Ese fue su punto de partida. Alex eligió ver a un equipo que pudiera ayudar con los cambios de ánimo y con el cannabis. Yuki acompañó a Alex a la primera cita. De vuelta a casa, le preguntó por la comida, no por los papeles.',
        'Todavía es pronto. Alex sigue teniendo altibajos. Pero ahora la meta es de Alex, y Yuki camina a su lado. Tú también podrías preguntarle a {person} qué es lo que más quiere.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-1.ts.
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          'Marcos apoya a su {relation}, Toni. Toni tenía diecinueve años cuando empezó la psicosis. Oía voces y sentía que la gente en la calle vigilaba todo lo que hacía. Tras unos días en el hospital, volvió a casa {callado|callada|en silencio} y sin ganas de nada.',
          'Marcos quería que Toni volviera a ser como antes, y rápido. Hizo una lista para cada día. Toma tu medicina. Levántate a las nueve. Llama a tus amistades. Cada mañana la repasaba en voz alta. Toni dejó de bajar a desayunar.',
          'El equipo de psicosis temprana organizó una tarde para familias. Allí, una madre dijo algo que a Marcos no se le olvidó. "El equipo cuida de la enfermedad. Mi trabajo es cuidar de mi hija".',
          'Así que un domingo, Marcos dejó la lista sobre la mesa. Se sentó junto a Toni y le preguntó: "¿Qué haría esta semana un poco mejor para ti?".',
          'Toni se encogió de hombros. Al rato, dijo: "Ver otra vez a Sam. Pero no sé qué decirle a la gente".',
          'Marcos no se lo esperaba. Pensaba en los estudios, y en el sueño. Pero escuchó. Entre los dos buscaron unas pocas palabras que Toni pudiera decir con calma: "Estuve mal un tiempo. Me estoy recuperando".',
          'Una semana después, Toni y Sam se vieron para tomar un café. Toni volvió a casa sin energía, pero con una pequeña sonrisa.',
          'Recuperarse de una psicosis lleva tiempo, y Toni todavía tiene días sin ánimo. Pero mucha gente se recupera, y Toni {no está solo|no está sola|tiene apoyo} en esto. Si te parece buen momento, podrías hacerle la pregunta de Marcos a {person} esta semana.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Leila apoya a su {relation}, Eli, que empezó a oír voces a los veinte años. Eli también fumaba cannabis casi todos los días. Leila leyó que el cannabis puede empeorar la psicosis, y eso le dio miedo.',
          'Así que cada charla acababa en una pelea por el cannabis. Leila suplicaba, y luego amenazaba. Eli le dijo: "Es lo único que calla las voces". Después, Eli dejó de hablarle del todo.',
          'En el equipo de psicosis temprana, un profesional ayudó a Leila a verlo desde dentro. Eli no fumaba para hacerle daño. Intentaba sobrellevar algo que le daba mucho miedo. El equipo podía ayudar con las voces y con el cannabis, a la vez.',
          'Así que Leila dejó de empezar por el cannabis. Una tarde le preguntó: "¿Qué es lo que más quieres ahora?". Eli lo pensó. "Volver a estudiar. Acabar mi curso de diseño".',
          'Eso era algo que Leila y Eli podían querer a la vez. Leila se ofreció a pagar los libros del curso. Eli aceptó seguir yendo al equipo.',
          'En los meses siguientes, Eli habló con el equipo de lo que el cannabis hacía con las voces, y con las ganas de estudiar. Eli decidió fumar menos. Fue su decisión, no una regla de Leila.',
          'Eli todavía tiene semanas difíciles. Pero han vuelto a hablar, y la meta es de Eli. Tú también podrías preguntarle a {person} qué es lo que más quiere.',
        ],
      },
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Rut apoya a su {relation}, Ari, que vive con trastorno bipolar. La primavera pasada, Ari tuvo una fase alta. Casi no dormía, gastó dinero que no tenía y perdió su trabajo. Luego vinieron meses de ánimo muy bajo.',
          'Desde entonces, Rut vigilaba cada cambio de humor. Si Ari se reía de un chiste, le preguntaba: "¿Otra vez estás en una fase alta?". Si Ari dormía hasta tarde, le preguntaba: "¿Te estás hundiendo?".',
          'Un día, Ari explotó: "¿Es que nunca puedo ser feliz sin más? ¿O estar triste?".',
          'En un grupo de familias, un hombre dijo algo que le ayudó. Su esposa vive con trastorno bipolar. "Hicimos un plan juntos, en un mes tranquilo. Ella me dijo cuáles son sus primeras señales. Ahora ya no tengo que adivinar".',
          'Así que una tarde tranquila, Rut le preguntó a Ari: "¿Qué es lo primero que notas cuando las cosas empiezan a ir mal?". Ari lo pensó mucho rato. "Pierdo el sueño. Me acuesto muy tarde y me siento genial".',
          'Quedaron en que Ari le diría a Rut si dormía mal varias noches seguidas, y en que Rut dejaría de leer cada risa. Ari también contó cómo es una buena semana: dormir bien, pasear al perro, un turno en la cafetería.',
          'Ari sigue teniendo altibajos. Pero ahora los viven en equipo, y Ari confía más en Rut. Si te parece buen momento, podrías preguntarle a {person} cómo sería una buena semana.',
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          'Sol apoya a su {relation}, Cruz, que lleva mucho tiempo con el ánimo bajo. Desde el invierno, Cruz también bebe casi todas las noches, a solas, frente a la tele.',
          'Sol pensaba que la bebida era todo el problema. Tiraba el vino y preguntaba: "¿Cuántas van esta noche?". Cruz dejó de hablar y empezó a beber a escondidas.',
          'Una amiga que había vivido con depresión le dijo: "En mi peor momento, una copa era lo único que callaba mi cabeza durante una hora. Al día siguiente estaba peor, pero me daba igual".',
          'Eso cambió la forma en que Sol lo veía. Una mañana tranquila le preguntó: "¿Cómo sería un buen día para ti?". Cruz dijo: "Despertarme sin esta angustia".',
          'Así que Sol le preguntó a Cruz si iría al médico por esa angustia. Cruz dijo que sí. En la consulta le preguntaron por su ánimo y por la bebida, y le ofrecieron ayuda con las dos cosas.',
          'No ha sido un camino recto. Unas semanas van mejor que otras. Pero Cruz ya recibe ayuda para el ánimo bajo, y bebe un poco menos. Si te parece buen momento, podrías preguntarle a {person} cómo sería un buen día.',
        ],
      },
    ],
  },
  takeaways: [
    'La recuperación es posible, y es distinta para cada persona.',
    'Recuperarse es tener una buena vida, no solo menos síntomas.',
    'El tratamiento y el modelo de recuperación funcionan mejor juntos.',
    'Tú no lo causaste. No lo puedes controlar ni curar. Aun así puedes ayudar.',
    'Los pasos atrás son parte del camino, no su final.',
  ],
  reflections: [
    {
      id: 'w1-what-recovery-could-mean',
      prompt: '¿Cómo sería una buena vida para {person}, vista con sus propios ojos?',
      hint: 'Puedes imaginarlo, o escribir "Todavía no lo sé". Algún día podrías preguntárselo.',
    },
    {
      id: 'w1-what-i-carry',
      prompt: '¿Qué has intentado cargar sin ayuda de nadie? ¿Qué partes te tocan de verdad a ti?',
      hint: 'Piensa en las tareas que has asumido: vigilar, arreglar, preocuparte, mantener la paz.',
    },
  ],
  practice: {
    id: 'w1-practice',
    title: 'Separa lo que te toca cargar',
    intro: [
      'La preocupación puede sentirse como un solo peso enorme. Este ejercicio te ayuda a dividirlo en partes. Algunas te tocan a ti. Otras son de {person}. Y otras no están en manos de nadie. Soltar unas cuantas te puede dejar fuerzas para la ayuda que sí cuenta.',
    ],
    steps: [
      'Escribe lo que te preocupa de {person}, sea grande o pequeño.',
      'Al lado de cada cosa, escribe "mía", "suya" o "nadie lo puede controlar".',
      'Mira lo que marcaste como "suya". Elige una cosa que vas a dejar de vigilar o de empujar esta semana.',
      'Mira lo que marcaste como "mía". Elige algo pequeño y amable que puedas hacer, como mandar un mensaje o compartir una comida.',
      'Después de unos días, fíjate en cómo te sientes. No tiene que salir perfecto.',
    ],
    plan: [
      { id: 'set-down', label: 'Algo que voy a soltar esta semana', hint: 'Algo que le toca a {person}, o que no le toca a nadie.' },
      { id: 'small-help', label: 'Algo pequeño que puedo hacer para ayudar', hint: 'Que sea sencillo: un mensaje, una comida, un paseo, un rato en compañía.' },
      { id: 'when', label: '¿Cuándo lo voy a probar?' },
    ],
  },
  selfCheck: [
    {
      id: 'w1-what-recovery-is',
      question: 'En el modelo de recuperación, ¿qué quiere decir recuperarse?',
      options: [
        { text: 'Que todos los síntomas se van para siempre.', correct: false },
        { text: 'Una vida con esperanza y sentido, tal como la ve la persona.', correct: true },
        { text: 'Hacer todo lo que dice el médico.', correct: false },
      ],
      explanation:
        'La recuperación es personal. Para mucha gente es una buena vida con la enfermedad o a pesar de ella, con esperanza, gente cerca y algo por lo que vivir. Algunas personas sí dejan de tener síntomas, y eso también cuenta. El tratamiento puede ser una parte grande del camino, pero las metas de la persona marcan la dirección.',
    },
    {
      id: 'w1-two-models',
      question: '¿Cómo encajan el modelo médico y el modelo de recuperación?',
      options: [
        { text: 'Solo uno de los dos puede tener razón.', correct: false },
        { text: 'Funcionan juntos: el tratamiento importa, y también las metas de la persona.', correct: true },
        { text: 'El modelo de recuperación quiere decir que no hace falta tratamiento.', correct: false },
      ],
      explanation:
        'El modelo médico ayuda a ponerle nombre a una enfermedad y a tratarla. El modelo de recuperación no pierde de vista a la persona entera: sus deseos, sus fuerzas y sus decisiones. A casi todo el mundo le va mejor con los dos.',
    },
    {
      id: 'w1-your-role',
      question: '¿Qué frase describe mejor tu papel como apoyo?',
      options: [
        { text: 'Si me esfuerzo lo suficiente, puedo arreglarlo.', correct: false },
        { text: 'No lo causé, no lo puedo controlar ni curar, y aun así puedo ayudar.', correct: true },
        { text: 'No hay nada que pueda hacer, así que mejor me aparto.', correct: false },
      ],
      explanation:
        'Muchas personas sentimos que deberíamos poder arreglarlo. Eso nace del amor. Pero la recuperación es de la persona. Soltar el control no es rendirse. Te deja libre para ayudar de formas que sirven, y para seguir cerca.',
    },
    {
      id: 'w1-setbacks',
      question: '{Person} tiene una semana difícil después de una buena racha. ¿Qué es lo más probable?',
      options: [
        { text: 'Su recuperación se acabó.', correct: false },
        { text: 'Los pasos atrás son comunes en un camino que casi nunca es recto.', correct: true },
        { text: 'Seguro que hice algo mal.', correct: false },
      ],
      explanation:
        'Casi todo el mundo da pasos atrás por el camino. Una semana difícil no borra las buenas, y no es culpa tuya. La semana 7 te ayudará a prepararte para los momentos más duros. Si alguna vez te preocupa la seguridad de alguien ahora mismo, usa el botón "¿Necesitas ayuda ahora?", arriba en cada pantalla.',
    },
    {
      id: 'w1-family-journey',
      question: 'El mes pasado sentías calma. Esta semana, después de un paso atrás, vuelve el golpe. ¿Qué quiere decir esto?',
      options: [
        { text: 'He vuelto atrás, y todo lo que avancé se ha perdido.', correct: false },
        { text: 'Las familias suelen ir y venir entre etapas. Es parte del camino.', correct: true },
        { text: 'A estas alturas ya tendría que haber llegado a la aceptación.', correct: false },
      ],
      explanation:
        'El camino no es una escalera que se sube una sola vez. Un paso atrás puede traer de vuelta viejas emociones por un tiempo, incluso después de épocas de calma. Es muy común. Es señal de que te importa, no de que lo estés haciendo mal.',
    },
  ],
  forYou: {
    title: 'Un momento para ti',
    blocks: [
      'Esta semana has leído mucho. Antes de seguir, tómate un minuto para ti.',
      'Piensa en algo que te dé aunque sea un poco de alivio. Una taza de té o de café. Un paseo corto. Una llamada con alguien de confianza. Música. Rezar o un rato de silencio, si es parte de tu vida.',
      'Planea hacerlo una vez en los próximos días, solo para ti. No es egoísmo. Tú también importas en todo esto, y cuidarte te ayuda a seguir adelante.',
    ],
  },
};
