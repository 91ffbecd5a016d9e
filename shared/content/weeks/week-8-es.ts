import type { Week } from '../course-types.ts';

/**
 * Week 8 in Spanish (issue #17): the same week as week-8.ts, written anew for a family at home,
 * not word for word. Its sources are in week-8.ts, beside the English.
 *
 * The shape mirrors the English (ids, block kinds and order, variant keys; a unit test holds
 * it to that). Tú throughout, and no gender for the reader: this week asks the reader to be
 * honest and proud, so the Spanish says "hablar con sinceridad" and "algo que te llena de
 * orgullo", never "sincero" or "orgulloso". The person supported in the story is Gabi, a name
 * for any gender, since the reader's choice decides who Gabi is; Hana, who tells it, is a
 * woman, as in the English. Nothing Gabi does needs an agreeing word ("pasó tres semanas en el
 * hospital", not "ingresado"), so the week needs no agreement token. Words are chosen to read
 * alike in Mexico, the United States and Spain: "teléfono", not "móvil" or "celular"; "a
 * mediodía", not "almuerzo" or "comida"; no fuel tank for running on empty.
 */
export const week: Week = {
  number: 8,
  title: 'Cuidarte, y el camino que sigue',
  summary: 'Tu propio bienestar, un plan sencillo para cuidarte, fijarte en los pequeños logros y hacia dónde seguir.',
  minutes: 30,
  welcome: [
    'Has llegado a la última semana. Con todo lo que tienes encima, llegar aquí te ha pedido tiempo y cuidado. Puede que sientas cansancio. Quizá notes que unas semanas fueron bien y otras no. Las dos cosas son normales.',
    'Durante siete semanas, casi todo ha girado en torno a {person}. Esta semana es para ti. Cuidarte no es egoísmo, y no es un premio que tengas que ganarte. Es parte de lo que te permite seguir adelante, y de lo que te ayuda a seguir cerca de la gente que quieres.',
  ],
  sections: [
    {
      id: 'your-wellbeing-matters',
      title: 'Tu bienestar también importa',
      blocks: [
        'Acompañar a alguien con una enfermedad mental o un problema de consumo puede desgastarte poco a poco. Muchas veces no te das cuenta hasta que ya no te quedan fuerzas.',
        'Algunas señales de que quizá tú también necesitas más cuidado:',
        {
          list: [
            'duermes mal, o te despiertas ya en alerta',
            'casi todo el tiempo tienes poca paciencia, no sientes nada o tienes ganas de llorar',
            'has dejado de ver a tus amistades o de hacer cosas que antes te gustaban',
            'te saltas comidas o tus propias citas médicas',
            'sientes que no puedes pensar en nada más',
          ],
        },
        'Puede que también sientas duelo, rabia, culpa o miedo, a veces todo en el mismo día. Esas emociones no te hacen mala persona, ni un mal apoyo. Son la forma que toma el amor cuando está bajo presión.',
        'Si estas señales te suenan, por favor, trátate con cariño. Puede ayudarte hablar con tu médico, con un terapeuta o con un grupo de familias. En algunos lugares, quienes cuidan también pueden pedir un servicio de respiro, o que alguien revise sus propias necesidades.',
        'Si alguna vez sientes que no hay esperanza, o tienes pensamientos de suicidio o de hacerte daño, por favor, pide ayuda ahora. Usa el botón "¿Necesitas ayuda ahora?", arriba en cada pantalla. También puedes llamar a una línea de crisis o al número de emergencias de tu zona. Tú importas, y mereces apoyo igual que cualquier otra persona.',
      ],
    },
    {
      id: 'a-self-care-plan',
      title: 'Un plan para cuidarte, hecho para la vida real',
      blocks: [
        'Cuidarte no tiene que ser un día de spa ni unas vacaciones largas. Para casi todas las personas que apoyan a alguien, son unas pocas cosas pequeñas y constantes que evitan que se queden sin fuerzas. Un plan ayuda, porque cuando hay estrés, lo primero que se olvida es lo que tú necesitas.',
        'Un buen plan es corto, real y amable. Puede incluir:',
        {
          list: [
            'Cuerpo: dormir, comer, un paseo corto, beber agua, tus propias citas médicas.',
            'Mente: un rato cada día en el que no piensas ni hablas de la enfermedad.',
            'Gente: una o dos personas con quienes puedas hablar con sinceridad.',
            'Alegría: algo solo para ti, como música, un pasatiempo, rezar, cocinar o estar al aire libre.',
            'Ayuda: a quién vas a acudir cuando todo pese demasiado.',
          ],
        },
        'Empieza por una o dos cosas, no por diez. Si puedes, ponles un día y una hora, como "un paseo el martes después del trabajo". Cuéntale tu plan a alguien, para que se sienta más real.',
        'Habrá días en que no lo cumplas. Le pasa a todo el mundo, y no es un fracaso. Vuelve a empezar al día siguiente, sin más. No se trata de hacerlo perfecto. Se trata de que tú también cuentas.',
      ],
    },
    {
      id: 'celebrating-small-wins',
      title: 'Ver y celebrar los pequeños logros',
      blocks: [
        'La recuperación está hecha de pasos pequeños, y es fácil no verlos. Cuando te preocupas, la mirada se va a lo que va mal. Hace falta práctica para ver lo que va bien.',
        'Un pequeño logro puede ser algo así:',
        {
          list: [
            '{Person} fue a una cita, o llamó para pedir una',
            'se levantó, se duchó y comió, en un día difícil',
            'te contó cómo se sentía de verdad',
            'mantuviste la calma en un momento que antes acababa en pelea',
            'pusiste un límite con cariño, o te tomaste una hora para ti',
          ],
        },
        'Cuando veas un logro de {person}, puedes decirlo de forma sencilla y cálida: "Vi que fuiste a tu grupo. Eso tiene mucho valor". Dilo sin hacer una gran fiesta. Un elogio muy grande puede sentirse como presión.',
        'Los logros siguen contando después de un paso atrás. Una mala semana no borra un buen mes. Ese mes muestra lo que es posible, para {person} y para ti.',
        'Puedes llevar una lista corta de logros en tu diario. En los días difíciles, vuelve a leerla. Es una prueba de esperanza que puedes tener en la mano.',
      ],
    },
    {
      id: 'the-road-ahead',
      title: 'El camino que sigue',
      blocks: [
        'La recuperación no es una línea recta, y no tiene fecha de llegada. Habrá rachas buenas y rachas difíciles. Eso vale para {person}, y también para ti, que le das apoyo.',
        'Lo que has aprendido en este curso se queda contigo. Sabes que la recuperación es posible y que es personal. Sabes escuchar, poner un límite con amor y prepararte para los momentos duros. Has pensado en quién más puede formar parte de tu círculo.',
        'Algunas ideas para los próximos meses:',
        {
          list: [
            'Vuelve a cualquier semana siempre que lo necesites.',
            'Repasa tu plan de crisis cada pocos meses, y después de cualquier cambio grande.',
            'Sigue yendo a un grupo de familias, o prueba uno si todavía no lo has hecho.',
            'Mira de vez en cuando tu plan para cuidarte, y cámbialo cuando cambie tu vida.',
            'Sigue fijándote en los buenos momentos, en {person} y en ti.',
          ],
        },
        'Tú no causaste esto. No lo puedes controlar ni curar. Y aun así puedes ayudar, de todas esas formas sencillas en que ya lo haces. Gracias por estar ahí, para {person} y también para ti.',
      ],
    },
  ],
  story: {
    title: 'Los jueves de Hana',
    variants: {
      'mental-illness': [
        'Hana apoya a su {relation}, Gabi, que vive con depresión. La primavera pasada, todo se puso tan oscuro que Gabi pasó tres semanas en el hospital. Desde entonces, Hana vivía en alerta. Miraba el teléfono todo el día, dormía mal y dejó de ir a su coro.',
        'En su grupo de familias, una amiga le preguntó: "¿Qué haces solo para ti?". Hana se echó a reír. Luego se dio cuenta de que no sabía qué responder.',
        'Esa noche escribió un plan en el primer papel que encontró. Un paseo con su vecina los domingos. Volver al coro los jueves por la noche. Una llamada sincera a la semana con su prima. También anotó sus propias señales de alarma: contestar mal a la gente y olvidarse de comer.',
        'El primer jueves, casi se quedó en casa. Pero fue, y durante dos horas solo pensó en la música.',
        'Hana empezó también una lista de pequeños logros. Gabi preparó la cena una noche, para compartirla con Hana. Gabi fue a una cita por su cuenta. Gabi se rio con un chiste en la tele. Y Hana añadió uno suyo: "Fui al coro tres semanas seguidas".',
        'En otoño, Gabi pasó una mala racha, y su ánimo bajó durante un tiempo. Hana sintió que volvía el miedo de antes. Pero esta vez no dejó sus paseos ni sus jueves. Leyó su lista de logros. Le recordó que la mala racha no era toda la historia.',
      ],
      'substance-use': [
        'Hana apoya a su {relation}, Gabi, que llevaba varios años consumiendo drogas. La primavera pasada, Gabi decidió empezar un programa de tratamiento. Desde entonces, Hana vivía en alerta. Miraba el teléfono todo el día, dormía mal y dejó de ir a su coro.',
        'En su grupo de familias, una amiga le preguntó: "¿Qué haces solo para ti?". Hana se echó a reír. Luego se dio cuenta de que no sabía qué responder.',
        'Esa noche escribió un plan en el primer papel que encontró. Un paseo con su vecina los domingos. Volver al coro los jueves por la noche. Una llamada sincera a la semana con su prima. También anotó sus propias señales de alarma: contestar mal a la gente y olvidarse de comer.',
        'El primer jueves, casi se quedó en casa. Pero fue, y durante dos horas solo pensó en la música.',
        'Hana empezó también una lista de pequeños logros. Gabi siguió yendo a sus reuniones de recuperación. Gabi le devolvió a un amigo parte del dinero que le debía. Gabi le habló a Hana de sus planes de trabajo. Y Hana añadió uno suyo: "Fui al coro tres semanas seguidas".',
        'En otoño, Gabi volvió a consumir durante unos días. Hana sintió que volvía el miedo de antes. Pero esta vez no dejó sus paseos ni sus jueves. Una semana después, Gabi la llamó y le dijo: "Tuve un tropiezo. Ya se lo conté a mi acompañante del programa". Hana también lo apuntó en su lista. Pedir ayuda también es un logro.',
      ],
      both: [
        'Hana apoya a su {relation}, Gabi, que vive con estrés postraumático y bebía casi todas las noches para callar los recuerdos. La primavera pasada, Gabi empezó a ir a un equipo que ayuda con el trauma y con el alcohol a la vez. Desde entonces, Hana vivía en alerta. Miraba el teléfono todo el día, dormía mal y dejó de ir a su coro.',
        'En su grupo de familias, una amiga le preguntó: "¿Qué haces solo para ti?". Hana se echó a reír. Luego se dio cuenta de que no sabía qué responder.',
        'Esa noche escribió un plan en el primer papel que encontró. Un paseo con su vecina los domingos. Volver al coro los jueves por la noche. Una llamada sincera a la semana con su prima. También anotó sus propias señales de alarma: contestar mal a la gente y olvidarse de comer.',
        'El primer jueves, casi se quedó en casa. Pero fue, y durante dos horas solo pensó en la música.',
        'Hana empezó también una lista de pequeños logros. Gabi durmió toda la noche dos veces en una semana. Gabi pasó una semana entera sin beber. Gabi le avisó cuando un recuerdo se hacía demasiado fuerte. Y Hana añadió uno suyo: "Fui al coro tres semanas seguidas".',
        'En otoño, Gabi pasó unas semanas difíciles, con pesadillas y con más bebida. Hana sintió que volvía el miedo de antes. Pero esta vez no dejó sus paseos ni sus jueves. Leyó su lista de logros. Le recordó que esas semanas no eran toda la historia.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-8.ts.
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          'Hana apoya a su {relation}, Gabi, que vive con psicosis. La primavera pasada, Gabi oía voces y sintió tanto miedo que pasó un mes en el hospital. Desde entonces, Hana vivía en alerta. Miraba el teléfono todo el día, dormía mal y dejó de ir a su coro.',
          'En su grupo de familias, una amiga le preguntó: "¿Qué haces solo para ti?". Hana se echó a reír. Luego se dio cuenta de que no sabía qué responder.',
          'Esa noche escribió un plan en el primer papel que encontró. Un paseo con su vecina los domingos. Volver al coro los jueves por la noche. Una llamada sincera a la semana con su prima. También anotó sus propias señales de alarma: contestar mal a la gente y olvidarse de comer.',
          'El primer jueves, casi se quedó en casa. Pero fue, y durante dos horas solo pensó en la música.',
          'Hana empezó también una lista de pequeños logros. Gabi fue al grupo de cocina de su equipo de psicosis temprana. Gabi le mandó un mensaje a una vieja amistad. Gabi se rio con un chiste en la tele. Y Hana añadió uno suyo: "Fui al coro tres semanas seguidas".',
          'En otoño, las voces se hicieron más fuertes durante un tiempo, y Gabi tuvo citas más seguidas con su equipo. Hana sintió que volvía el miedo de antes. Pero esta vez no dejó sus paseos ni sus jueves. Leyó su lista de logros. Le recordó que la mala racha no era toda la historia.',
        ],
      },
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Hana apoya a su {relation}, Gabi, que vive con trastorno bipolar. La primavera pasada, tras una fase alta, Gabi pasó tres semanas en el hospital. Desde entonces, Hana vivía en alerta. Vigilaba cada cambio de ánimo, dormía mal y dejó de ir a su coro.',
          'En su grupo de familias, una amiga le preguntó: "¿Qué haces solo para ti?". Hana se echó a reír. Luego se dio cuenta de que no sabía qué responder.',
          'Esa noche escribió un plan en el primer papel que encontró. Un paseo con su vecina los domingos. Volver al coro los jueves por la noche. Una llamada sincera a la semana con su prima. También anotó sus propias señales de alarma: contestar mal a la gente y olvidarse de comer.',
          'El primer jueves, casi se quedó en casa. Pero fue, y durante dos horas solo pensó en la música.',
          'Hana empezó también una lista de pequeños logros. Gabi respetó la hora de acostarse que había elegido. Gabi volvió a trabajar dos días por semana. Gabi le avisó cuando empezó a dormir peor, antes de que Hana preguntara. Y Hana añadió uno suyo: "Fui al coro tres semanas seguidas".',
          'En otoño, el ánimo de Gabi bajó mucho durante unas semanas. Hana sintió que volvía el miedo de antes. Pero esta vez no dejó sus paseos ni sus jueves, y dejó de vigilar cada cambio de ánimo. Leyó su lista de logros. Le recordó que esas semanas bajas no eran toda la historia.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Hana apoya a su {relation}, Gabi, que vive con psicosis y fumaba cannabis casi todos los días. La primavera pasada, Gabi pasó un mes en el hospital. Desde entonces, Gabi iba a un equipo que ayuda con la psicosis y con el cannabis a la vez. Y Hana vivía en alerta. Miraba el teléfono todo el día, dormía mal y dejó de ir a su coro.',
          'En su grupo de familias, una amiga le preguntó: "¿Qué haces solo para ti?". Hana se echó a reír. Luego se dio cuenta de que no sabía qué responder.',
          'Esa noche escribió un plan en el primer papel que encontró. Un paseo con su vecina los domingos. Volver al coro los jueves por la noche. Una llamada sincera a la semana con su prima. También anotó sus propias señales de alarma: contestar mal a la gente y olvidarse de comer.',
          'El primer jueves, casi se quedó en casa. Pero fue, y durante dos horas solo pensó en la música.',
          'Hana empezó también una lista de pequeños logros. Gabi fue a todas las citas del equipo en mayo. Gabi pasó una semana entera sin cannabis. Gabi le avisó cuando las voces se hacían más fuertes. Y Hana añadió uno suyo: "Fui al coro tres semanas seguidas".',
          'En otoño, Gabi pasó unas semanas difíciles: fumaba más, y las voces eran más fuertes. Hana sintió que volvía el miedo de antes. Pero esta vez no dejó sus paseos ni sus jueves. Leyó su lista de logros. Le recordó que esas semanas no eran toda la historia.',
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          'Hana apoya a su {relation}, Gabi, que vive con depresión y bebía casi todas las noches para aguantar los días malos. La primavera pasada, Gabi empezó a ir a un servicio que ayuda con el ánimo y con el alcohol a la vez. Desde entonces, Hana vivía en alerta. Miraba el teléfono todo el día, dormía mal y dejó de ir a su coro.',
          'En su grupo de familias, una amiga le preguntó: "¿Qué haces solo para ti?". Hana se echó a reír. Luego se dio cuenta de que no sabía qué responder.',
          'Esa noche escribió un plan en el primer papel que encontró. Un paseo con su vecina los domingos. Volver al coro los jueves por la noche. Una llamada sincera a la semana con su prima. También anotó sus propias señales de alarma: contestar mal a la gente y olvidarse de comer.',
          'El primer jueves, casi se quedó en casa. Pero fue, y durante dos horas solo pensó en la música.',
          'Hana empezó también una lista de pequeños logros. Gabi salió con ella a caminar un domingo. Gabi pasó tres noches seguidas sin beber. Gabi le dijo: "Hoy fue un buen día". Y Hana añadió uno suyo: "Fui al coro tres semanas seguidas".',
          'En otoño, el ánimo bajo volvió durante unas semanas, y la bebida también. Hana sintió que volvía el miedo de antes. Pero esta vez no dejó sus paseos ni sus jueves. Leyó su lista de logros. Le recordó que esas semanas difíciles no eran toda la historia.',
        ],
      },
    ],
  },
  takeaways: [
    'Cuidarte es parte de cuidar a {person}, no algo aparte.',
    'Fíjate en tus propias señales de alarma, como dormir mal, tener poca paciencia o alejarte de la gente.',
    'Un buen plan para cuidarte es pequeño, real y amable contigo cuando te saltas un día.',
    'Los pequeños logros siguen contando después de un paso atrás.',
    'La recuperación no tiene línea de llegada. Puedes volver a lo que aprendiste cuando quieras.',
  ],
  reflections: [
    {
      id: 'w8-what-i-have-learned',
      prompt: 'Si miras atrás estas ocho semanas, ¿qué ha cambiado para ti?',
      hint: 'Puede ser algo que ahora entiendes, algo que haces de otra manera, o cómo te sientes.',
    },
    {
      id: 'w8-a-small-win',
      prompt: '¿Qué pequeño logro hubo en el último mes? Puede ser de {person}, o tuyo.',
      hint: 'Pequeño está bien. Una charla tranquila, una buena noche de sueño o una cita cumplida: todo cuenta.',
    },
  ],
  practice: {
    id: 'w8-practice',
    title: 'Escribe tu propio plan para cuidarte',
    intro: [
      'Lo que vas a practicar esta semana es hacer un plan sencillo para cuidarte. Que sea tan corto que quepa en un papel pequeño. Puedes cambiarlo cuando quieras.',
    ],
    steps: [
      'Escribe dos o tres de tus propias señales de alarma, las que te avisan de que te estás quedando sin fuerzas.',
      'Elige una cosa pequeña para tu cuerpo, y otra para tu mente o tu alegría.',
      'Piensa en una persona con quien puedas hablar con sinceridad, y decide cuándo vas a hablar con ella.',
      'Ponle a cada cosa un día y una hora, como a cualquier otra cita.',
      'Dentro de dos semanas, mira cómo te va. Quédate con lo que ayuda, deja lo que no, y trátate con cariño si algún día no pudiste.',
    ],
    plan: [
      {
        id: 'w8-plan-signs',
        label: '¿Cuáles son mis señales de alarma?',
        hint: 'Por ejemplo: dejo de comer a mediodía, o le contesto mal a la gente que quiero.',
      },
      {
        id: 'w8-plan-things',
        label: '¿Qué cosas pequeñas voy a hacer por mí?',
        hint: 'Para empezar, con una o dos basta.',
      },
      {
        id: 'w8-plan-when',
        label: '¿Cuándo las voy a hacer?',
        hint: 'Elige un día y una hora, como "el sábado por la mañana".',
      },
      {
        id: 'w8-plan-who',
        label: '¿Quién va a saber de mi plan?',
        hint: 'Alguien que te pregunte, con cariño, cómo te va.',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w8-self-care-selfish',
      question: '¿Es egoísta tomarte tiempo para ti mientras {person} lo pasa mal?',
      options: [
        { text: 'Sí, sus necesidades siempre deben ir primero', correct: false },
        { text: 'No, es parte de poder seguir adelante', correct: true },
      ],
      explanation:
        'Muchas personas que apoyan a alguien sienten culpa cuando se toman tiempo para sí. Esa culpa nace del amor. Pero un cuidado que ya no tiene fuerzas no puede durar. Cuando descansas y recuperas energía, tienes más paciencia y más calidez para dar. Y le muestras a {person} que cuidarse es normal.',
    },
    {
      id: 'w8-warning-signs',
      question: '¿Cuáles de estas podrían ser señales de que tú también necesitas más apoyo?',
      options: [
        { text: 'Dormir mal casi todas las noches', correct: true },
        { text: 'Vivir en tensión, o no sentir nada, gran parte del tiempo', correct: true },
        { text: 'Perder el contacto con tus amistades', correct: true },
        { text: 'Reírte de verdad con alguien de confianza', correct: false },
      ],
      explanation:
        'Dormir mal, vivir en tensión o no sentir nada, y alejarte de la gente son señales comunes de desgaste. Si las notas, no quiere decir que lo estés haciendo mal. Quiere decir que llevas mucho peso, y que es momento de dejar que alguien te ayude a cargarlo.',
    },
    {
      id: 'w8-wins-after-setback',
      question: '{Person} tuvo un buen mes, y luego un paso atrás. ¿Qué pasa con los logros de ese mes?',
      options: [
        { text: 'Siguen contando', correct: true },
        { text: 'Ya no importan', correct: false },
      ],
      explanation:
        'Los pasos atrás son parte de la recuperación. Ese buen mes pasó de verdad. Muestra lo que {person} puede hacer. Mientras las cosas cuestan, puede ser una fuente de esperanza para ti y para {person}. Es natural sentir decepción. Aun así, vale la pena quedarte con lo que fue bien.',
    },
    {
      id: 'w8-good-self-care-plan',
      question: '¿Qué hace que un plan para cuidarte tenga más posibilidades de funcionar?',
      options: [
        { text: 'Muchas metas grandes y una rutina estricta', correct: false },
        { text: 'Unas pocas cosas pequeñas, cada una con su día y su hora', correct: true },
        { text: 'Volver a empezar con cariño después de saltarte un día', correct: true },
      ],
      explanation:
        'Los pasos pequeños y constantes son más fáciles de mantener cuando la vida va deprisa y hay estrés. Saltarse un día es normal. El plan está para servirte, no para darte una cosa más por la que sentirte mal.',
    },
  ],
  forYou: {
    title: 'Una nota para ti',
    blocks: [
      'Tómate diez minutos de calma. Escríbete una nota corta, como si se la escribieras a alguien muy querido que ha vivido lo mismo que tú.',
      'Puedes escribir sobre lo que has cargado, lo que has aprendido y algo que te llena de orgullo. Después, añade una línea para darte las gracias por llegar hasta aquí.',
      'Guarda la nota en tu diario. Léela un día en que necesites oír estas palabras.',
    ],
  },
};
