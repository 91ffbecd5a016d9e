import type { Week } from '../course-types.ts';

/**
 * Week 5 in Spanish (issue #17): the same week as week-5.ts, written anew for a family at home,
 * not word for word. Its sources are in week-5.ts, beside the English.
 *
 * The shape mirrors the English (ids, block kinds and order, variant keys, links; a unit test
 * holds it to that). Tú throughout, and no gender for the reader: "no te quedan fuerzas", not
 * "cansado". The person supported takes `{person}`; the sentences are built so that none needs
 * the agreement token ("se alteró", "le dolió", "sintió rabia"). In the stories, the person's
 * name works for any gender (Sami, Cris, Ari, Toni, Fer, Eli), since the reader's choice decides
 * who they are. Words read alike in Mexico, the United States and Spain: the English car becomes
 * "las llaves" and "al volante" (no "carro", "coche", "auto", "manejar" or "conducir"), anger is
 * "la rabia" (not "el enojo" or "el enfado"), and the help line is "una línea contra la violencia
 * en casa", as the help screens name it. The overdose paragraph says what the English says and
 * no more; its source is beside it in week-5.ts.
 */
export const week: Week = {
  number: 5,
  title: 'Límites con cariño',
  summary: 'Límites claros que te protegen y mantienen viva la relación.',
  minutes: 35,
  contentNote:
    'Una parte de esta semana es para ti si te da miedo cómo pueda reaccionar la persona a quien apoyas. Habla de violencia en casa. Léela a tu ritmo. Si estás en peligro ahora, llama al número de emergencias, o usa el botón "¿Necesitas ayuda ahora?", arriba en cada pantalla.',
  welcome: [
    'Decirle que no a alguien a quien quieres puede parecer cruel. Puede que temas alejar a esa persona, o empeorar las cosas. Mucha gente en tu lugar se siente dividida entre ayudar y no poder más. Ese tira y afloja es normal. Nace del amor.',
    'Esta semana habla de límites. Un límite no es un muro. Es una línea clara sobre lo que vas a hacer y lo que no. Los buenos límites te protegen. También pueden ayudarte a seguir cerca durante mucho tiempo.',
  ],
  sections: [
    {
      id: 'what-a-boundary-is',
      title: 'Qué es un límite, y qué no es',
      blocks: [
        'Un límite habla de lo que vas a hacer tú. No es una regla para otra persona. No puedes controlar lo que hace {person}. Sí puedes elegir cómo respondes.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Mira la diferencia. "Tienes que dejar de gritarme" es una exigencia. Le pide a la otra persona que cambie, y eso no está en tu mano. "Cuando me grites, me iré de la habitación un rato" es un límite. Dice lo que vas a hacer tú. Eso sí está en tu mano.',
            ],
            'substance-use': [
              'Mira la diferencia. "Tienes que dejar de beber" es una exigencia. Le pide a la otra persona que cambie, y eso no está en tu mano. "No te voy a prestar dinero mientras bebas" es un límite. Dice lo que vas a hacer tú. Eso sí está en tu mano.',
            ],
            both: [
              'Mira la diferencia. "Tienes que dejar de beber" es una exigencia. Le pide a la otra persona que cambie, y eso no está en tu mano. "No te voy a prestar dinero mientras bebas" es un límite. Dice lo que vas a hacer tú. Eso sí está en tu mano.',
            ],
          },
        },
        'Un límite es:',
        {
          list: [
            'una línea clara sobre lo que haces tú',
            'algo que dices con calma, en un momento tranquilo',
            'algo que cumples igual cada vez',
            'una forma de cuidar tu salud, tu casa y tu dinero',
          ],
        },
        'Un límite no es:',
        {
          list: [
            'un castigo, ni una amenaza dicha con rabia',
            'una forma de obligar a alguien a cambiar',
            'una señal de que ya no te importa',
            'algo fijo para siempre',
          ],
        },
        'Muchas veces, los límites también ayudan a la otra persona. Cuando están claros, hay menos motivos para pelear. Cada cual sabe a qué atenerse. Y corres menos riesgo de agotarte y alejarte. Un límite que puedes cumplir es más amable que una promesa que no puedes cumplir.',
      ],
    },
    {
      id: 'writing-a-boundary',
      title: 'Cómo escribir un límite',
      blocks: [
        'Empieza por algo pequeño. Elige una cosa que pasa una y otra vez y que te hace daño, te asusta o te agota. Pueden ser llamadas a deshoras, dinero que falta o gritos en casa. Un límite claro vale más que diez que no se entienden.',
        'Luego pregúntate qué es lo que te importa aquí. ¿Tu sueño? ¿Tus ahorros? ¿Sentirte a salvo en casa? Esa es la raíz. El límite nace de ahí.',
        'Ahora escríbelo en una o dos frases cortas. Una forma sencilla es: "Cuando [pase esto], yo [lo que voy a hacer]". Aquí tienes unos ejemplos.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  '"Cuando me llames después de las once de la noche, no voy a contestar. Te llamo a la hora del desayuno".',
                  '"Cuando me grites, voy a salir a caminar. Vuelvo en una hora".',
                  '"Cuando me pidas que llame a tu trabajo para decir que no vas, te diré que no. Me quedo a tu lado mientras llamas tú".',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  '"Cuando me llames después de las once de la noche, no voy a contestar. Te llamo a la hora del desayuno".',
                  '"Cuando hayas bebido, no voy a subir contigo si vas al volante".',
                  '"Cuando me pidas dinero, te diré que no. El sábado te acompaño con gusto a comprar comida".',
                ],
              },
            ],
            both: [
              {
                list: [
                  '"Cuando me llames después de las once de la noche, no voy a contestar. Te llamo a la hora del desayuno".',
                  '"Cuando hayas bebido, no voy a subir contigo si vas al volante".',
                  '"Cuando me pidas dinero, te diré que no. El sábado te acompaño con gusto a comprar comida".',
                ],
              },
            ],
          },
        },
        'Revísalo antes de decirlo. ¿Habla de lo que haces tú? ¿Lo puedes cumplir en un mal día, cuando no te quedan fuerzas? Si no, hazlo más pequeño. Está bien empezar por algo fácil e ir creciendo desde ahí.',
        'Elige un momento tranquilo para hablar, no en medio de una pelea. Dilo con cariño y en pocas palabras. No hace falta defenderlo durante una hora. Basta con decir: "Esto es lo que puedo hacer".',
        'Si te da miedo cómo pueda reaccionar {person}, lee antes la parte que sigue.',
      ],
    },
    // Safety planning when the reader fears violence, and "not alone, not face to face, not yet": sources in week-5.ts.
    {
      id: 'if-you-are-afraid',
      title: 'Si te da miedo cómo pueda reaccionar',
      blocks: [
        'Antes de leer: esta parte habla de violencia en casa. Ve despacio. Si estás en peligro ahora mismo, llama al número de emergencias.',
        'Puede que te dé miedo cómo reaccione {person} ante un límite. Quizá ya te ha hecho daño, te ha amenazado o ha roto cosas. O quizá solo tienes un mal presentimiento. Confía en esa sensación. Está ahí para protegerte.',
        'Si tienes miedo, lo primero es tu seguridad. Y también la de los niños que vivan en casa. Eso importa más que cualquier límite, y más que cualquier charla.',
        'Esto es lo que cambia cuando tienes miedo.',
        {
          list: [
            'No digas un límite que pueda acabar en violencia cuando no haya nadie más contigo. No lo digas cara a cara. Una carta, una llamada o tener a tu lado a alguien de confianza puede ser más seguro.',
            'Está bien no decirlo todavía. Un límite puede esperar hasta que tengas apoyo y un plan.',
            'Habla con una línea contra la violencia en casa. Es gratis y confidencial, y cada día ayudan a personas en tu lugar. Puedes llamar solo para hablarlo.',
            'Haz un plan de seguridad privado. En él anotas lugares seguros adonde ir, personas a quienes llamar, una palabra clave, dónde están tus papeles importantes y una bolsa lista por si tienes que irte deprisa.',
          ],
        },
        'En la página "¿Necesitas ayuda ahora?" está la línea contra la violencia en casa de tu país. Tu plan de seguridad se queda en este dispositivo. Si otra persona pudiera verlo, puedes activar el bloqueo, que pide un código de acceso.',
        { kind: 'link', href: '/safety-plan', label: 'Haz un plan de seguridad privado' },
        { kind: 'link', href: '/help', label: 'Busca una línea contra la violencia en casa' },
        'Nada de esto es culpa tuya. Un límite nunca justifica la violencia. Si estás en peligro ahora, llama al número de emergencias.',
      ],
    },
    {
      id: 'holding-it-calmly',
      title: 'Mantenerlo con calma',
      blocks: [
        'Cuenta con que un límite nuevo se va a poner a prueba. Eso no quiere decir que haya fallado. Muchas veces, la gente empuja un límite nuevo para ver si va en serio. Puede que {person} sienta rabia, que suplique o que se quede en silencio. Cambiar le cuesta a todo el mundo.',
        'Cuando eso pase, habla poco y con calma.',
        {
          list: [
            'Repítelo con las mismas palabras.',
            'Pon nombre a lo que siente: "Veo que esto te duele. Lo entiendo".',
            'No entres en una larga discusión. No hace falta que esté de acuerdo.',
            'Haz lo que dijiste que harías, con cariño.',
            'Si los ánimos se calientan, apártate un rato.',
          ],
        },
        'Cumplir lo que dijiste es lo que hace real un límite. Si a veces cedes, puede parecer que insistir más funciona. Mantenerlo igual cada vez hace la vida más clara para las dos personas.',
        'No lo vas a hacer perfecto. Nadie lo hace. Si cedes, o pierdes la paciencia, es un paso atrás, no un fracaso. Puedes volver al límite al día siguiente. Podrías decir: "Ayer me fallaron las fuerzas. Lo que dije sigue en pie". Reparar cuenta tanto como el primer intento.',
        'También está bien cambiar un límite que no funciona. Quizá era demasiado grande para cumplirlo, o tu vida ha cambiado. Cámbialo a propósito, en un momento tranquilo, no en medio de una pelea.',
      ],
    },
    {
      id: 'before-and-after',
      title: 'Lo que pasa antes y después de un momento difícil',
      blocks: [
        'Los momentos difíciles casi nunca salen de la nada. Muchas veces hay un patrón. Algo pasa antes, y algo pasa después. Ver ese patrón te ayuda a planear, y no solo a reaccionar.',
        'Piensa en los últimos momentos difíciles. ¿Qué pasó antes? Fíjate en esto.',
        {
          list: [
            'la hora del día, o el día de la semana',
            'lugares, personas o planes',
            'emociones como el estrés, el aburrimiento, la soledad o la vergüenza',
            'cosas como el día de cobro, una mala noche o una llamada difícil',
          ],
        },
        'Luego mira lo que vino después. ¿Qué sacó {person} de eso? Quizá un respiro de sus preocupaciones, una forma de dormir o un rato con amistades. No es una excusa. Te ayuda a ver qué le da ese momento difícil.',
        'Mira también lo que pasó a tu alrededor. ¿El momento difícil se llevó mucho de tu tiempo? ¿Los días tranquilos pasaron sin una palabra? Es fácil que los malos ratos se lleven toda nuestra energía. Le pasa a casi todo el mundo.',
        'Intenta tomar notas cortas durante una o dos semanas. No hace falta que queden bonitas. Los patrones se ven mejor por escrito. Quizá veas un momento para ofrecer otra cosa, como un paseo o una comida, antes de que las cosas vayan mal.',
        { kind: 'link', href: '/patterns', label: 'Lleva un registro de patrones' },
        'Después, haz una lista corta de cosas para hacer con {person}, pensando en lo que le gusta. Así, cuando veas venir un mal momento, tendrás algo listo para ofrecer.',
        { kind: 'link', href: '/patterns#activities', label: 'Haz una lista de cosas para hacer en compañía' },
      ],
    },
    {
      id: 'good-moments-and-consequences',
      title: 'Premia los buenos momentos, deja que lleguen las consecuencias',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Cuando ves el patrón, puedes cambiar adónde va tu energía. Dale tu cariño y tu tiempo a los buenos momentos. Cuando {person} está en calma, participa o hace algo que le ayuda, fíjate. Busca ratos para estar en compañía. Dile lo que te gusta: "Me encantó cocinar contigo esta noche".',
              'Cuando las cosas se vuelven hirientes, como gritos o insultos, puedes apartarte un rato. No es un castigo. Te apartas de las palabras que hieren, no de {person}. Pero si tiene miedo o sufre mucho, quédate cerca, con cariño. Podrías decir: "Con gusto hablamos cuando haya más calma".',
            ],
            'substance-use': [
              'Cuando ves el patrón, puedes cambiar adónde va tu energía. Dale tu cariño y tu tiempo a los buenos momentos. Cuando {person} no ha bebido ni consumido, está en calma o hace algo que le ayuda, fíjate. Busca ratos para estar en compañía. Dile lo que te gusta: "Me encantó cocinar contigo esta noche".',
              'Cuando está consumiendo, o las cosas se ponen difíciles, puedes apartarte. No es un castigo. Solo dejas de premiar el momento difícil con más tiempo, más dinero o un rescate. Podrías decir: "Con gusto hablamos cuando te sientas mejor".',
              // What the English says, and its source (CDC): beside it in week-5.ts.
              'Apartarte de la charla nunca quiere decir dejar a la persona sola y en peligro. Después de tomar opioides o sedantes, alguien puede entrar en una sobredosis mientras parece que duerme. Así que cuida tu seguridad, pero ve a menudo a ver cómo está, o pide a otra persona que lo haga. Si no despierta, o respira despacio o con ruido, llama enseguida al número de emergencias.',
            ],
            both: [
              'Cuando ves el patrón, puedes cambiar adónde va tu energía. Dale tu cariño y tu tiempo a los buenos momentos. Cuando {person} no ha bebido ni consumido, está en calma o hace algo que le ayuda, fíjate. Busca ratos para estar en compañía. Dile lo que te gusta: "Me encantó cocinar contigo esta noche".',
              'Cuando está consumiendo, o las cosas se ponen difíciles, puedes apartarte. No es un castigo. Solo dejas de premiar el momento difícil con más tiempo, más dinero o un rescate. Podrías decir: "Con gusto hablamos cuando te sientas mejor".',
              // What the English says, and its source (CDC): beside it in week-5.ts.
              'Apartarte de la charla nunca quiere decir dejar a la persona sola y en peligro. Después de tomar opioides o sedantes, alguien puede entrar en una sobredosis mientras parece que duerme. Así que cuida tu seguridad, pero ve a menudo a ver cómo está, o pide a otra persona que lo haga. Si no despierta, o respira despacio o con ruido, llama enseguida al número de emergencias.',
            ],
          },
        },
        'Las consecuencias naturales son lo que pasa por sí solo, sin que tú añadas nada. Faltar al trabajo después de una noche larga es una de ellas. Por amor, muchas familias las suavizan. Pagan la multa, llaman al trabajo o recogen el desorden. Pero así, quien vive el problema puede no ver lo que le cuesta.',
        'Dejar que llegue una consecuencia nunca quiere decir dejar a alguien en peligro. Lo primero es la seguridad. Si {person} corre el riesgo de sufrir daño, actúa para que esté a salvo. Si alguna vez temes por tu propia seguridad, eso es lo que más importa. Llama al número de emergencias, o usa el botón "¿Necesitas ayuda ahora?", arriba en cada pantalla.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Algunos límites están ahí solo para que todo el mundo esté a salvo. "Si gritas o rompes cosas, me iré a pasar la noche con alguien de confianza". "Si creo que podrías hacerte daño, pediré ayuda, aunque te dé rabia". Estos no se negocian.',
            ],
            'substance-use': [
              'Algunos límites están ahí solo para que todo el mundo esté a salvo. "Si has bebido, no subo contigo si vas al volante". "Si gritas o rompes cosas, me iré a pasar la noche con alguien de confianza". Estos no se negocian.',
            ],
            both: [
              'Algunos límites están ahí solo para que todo el mundo esté a salvo. "Si has bebido, no subo contigo si vas al volante". "Si gritas o rompes cosas, me iré a pasar la noche con alguien de confianza". Estos no se negocian.',
            ],
          },
        },
      ],
    },
  ],
  story: {
    title: 'Una línea pequeña',
    variants: {
      'mental-illness': [
        'Farah apoya a su {relation}, Sami, que vive con trastorno bipolar. Cuando Sami tiene el ánimo muy alto, casi no duerme. Llama a Farah de noche, cinco o seis veces. Habla muy rápido de grandes planes. Farah quiere a Sami y siempre contestaba. Pero dormía cuatro horas. Cometía errores en el trabajo y lloraba de camino a casa.',
        'En un grupo de apoyo, alguien le preguntó a Farah qué necesitaba. "Dormir", dijo. Le sorprendió lo rápido que le salió.',
        'Esperó a una semana tranquila. Con un té delante, le contó a Sami su plan. "Me encantan nuestras charlas. Después de las once de la noche, voy a poner el teléfono en silencio. Te llamo a la hora del desayuno. Si alguna vez estás en peligro, llama a tu equipo de salud o al número de emergencias".',
        'Al principio, a Sami le dolió. "Entonces no quieres saber nada de mí".',
        'Farah habló con voz suave. "Sí quiero. Quiero saber de ti en el desayuno, cuando de verdad puedo escucharte".',
        'La primera semana, Sami llamó dos veces a medianoche. Farah no contestó. A las siete le devolvió la llamada, con cariño y con ganas de saber cómo estaba. Notó que por la mañana Sami hablaba con más calma. A la tercera semana, casi no había llamadas de noche. Farah volvía a dormir. Hasta esperaba con ganas sus llamadas del desayuno.',
      ],
      'substance-use': [
        'Dev apoya a su {relation}, Cris, que bebe casi todas las noches. Dev había caído en una rutina. Cuando Cris llegaba a casa después de beber mucho, Dev discutía y luego recogía. Por la mañana, llamaba al trabajo de Cris para decir que Cris no podía ir. Dev estaba cansado todo el tiempo. Y, siendo sincero, también sentía rencor.',
        'Dev empezó a tomar notas. Pronto vio un patrón. Cris bebía más los viernes, después de semanas largas, y cuando faltaba dinero. Las noches tranquilas, cuando Cris cocinaba o veían un partido, pasaban sin una palabra.',
        'Así que Dev cambió dos cosas. Primero, empezó a decir lo que le gustaba. "Qué buena noche. Me alegra que hayas cocinado". Y buscó más noches así, justo los días en que era más probable que Cris bebiera.',
        'Segundo, dejó de rescatar a Cris. Un domingo tranquilo, le contó su plan. "Ya no voy a llamar a tu trabajo por ti. Y cuando hayas bebido, me voy a ir a dormir. Podemos hablar por la mañana".',
        'El viernes siguiente, Cris llegó después de beber y con ganas de discutir. Dev le dijo: "Hablamos mañana". Y se fue a su habitación. El lunes, Cris tuvo que llamar al trabajo sin ayuda. Fue incómodo. Cris pasó un día sin hablar.',
        'Nada cambió de un día para otro. Pero unas semanas después, Cris dijo: "Odio hacer esa llamada". Dev solo escuchó. Era la primera charla sincera sobre la bebida en un año.',
      ],
      both: [
        'Mei apoya a su {relation}, Ari, que vive con ansiedad y depresión. En los días malos, Ari bebe para calmarse, y a veces también fuma cannabis. Ari había empezado a pedirle a Mei las llaves para salir. Más de una vez, volvió a casa al volante después de beber. Mei se quedaba despierta hasta oír el motor en la entrada.',
        'Mei no quería echarle sermones. Tampoco quería que Ari se quedara sin salir de casa. Ari iba a un grupo cada semana, y le estaba ayudando. Mei pensó en lo que más le importaba a ella. Era la seguridad, la de Ari y la de la gente en la calle. Escribió su límite y lo leyó dos veces.',
        'Una mañana tranquila, se lo dijo a Ari. "Ya no te voy a dejar las llaves. Me da miedo que alguien salga herido. Los jueves te llevo yo a tu grupo. Lo hago con gusto".',
        'Ari sintió mucha rabia. "No confías en mí".',
        'Mei respiró hondo. "Confío en ti. No confío en el alcohol al volante. Para mí, esa línea está clara".',
        'Ari volvió a pedirle las llaves la semana siguiente, y la otra. Cada vez, Mei repetía las mismas pocas palabras y se ofrecía a llevar a Ari. Algunas semanas, Ari aceptó. Esos viajes se volvieron un rato para hablar. Un día, Ari contó que el grupo le ayudaba con el pánico. Mei le dijo: "Se nota. Te veo con menos peso encima". No insistió en saber más. El límite se mantuvo, y su relación también.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-5.ts.
    // A boundary here never means leaving someone in danger: Rosa's story says so, as the week does.
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          'Olu apoya a su {relation}, Toni, que vive con esquizofrenia. Viven bajo el mismo techo. Toni recibe un pequeño ingreso cada mes. Para la segunda semana, muchas veces ya no queda nada, y Toni le pide más a Olu. Olu siempre decía que sí. Hasta que se atrasó en sus propios pagos. Empezó a temer el sonido de la voz de Toni.',
          'En su grupo de familias, alguien le preguntó qué podía seguir dando sin llenarse de rencor. Olu lo pensó toda la semana. Después escribió su límite.',
          'Esperó a una tarde tranquila. "Te quiero, y quiero que tengas lo que necesitas. Cada lunes te daré la misma cantidad. Cuando se acabe, no te daré más esa semana. Pero aquí siempre hay cena, y siempre puedes comer conmigo".',
          'Toni se alteró. "Esta semana las voces están muy mal. ¿Es que no te importo?".',
          'Olu habló con voz suave. "Me importas mucho. Por eso te lo digo ahora, que hay calma. La cena es a las siete".',
          'El jueves siguiente, Toni volvió a pedirle dinero. Olu repitió las mismas pocas palabras y puso un plato en la mesa. Toni cenó en silencio. Fue duro para Olu y para Toni.',
          'Unas semanas después, Toni le pidió a alguien de su equipo de salud ayuda para hacer un presupuesto. Olu dormía mejor. Vio que podía volver a escuchar las preocupaciones de Toni, sin temer que le pidiera más. El límite se mantuvo, y el cariño volvió.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Rosa apoya a su {relation}, Fer, que vive con depresión. Desde el invierno, Rosa había dejado de salir por las noches, para que Fer no se quedara sin compañía. Dejó su clase de cerámica y dejó de ver a sus amistades. Fer nunca se lo pidió. Pero Rosa se sentía cansada y de mal humor, y luego culpable por sentirse así.',
          'En un grupo de apoyo para familias, alguien le preguntó: "¿Qué necesitas para poder seguir?". Rosa dijo: "Una noche a la semana que sea mía".',
          'Primero pensó en la seguridad. Fer iba a su médico, y tenían a mano un número de crisis. Si alguna vez temía por la seguridad de Fer, se quedaría y pediría ayuda. Pero no era el caso. Esto era sobre sus noches de soledad.',
          'Un domingo tranquilo, se lo dijo a Fer. "Vuelvo a mi clase los miércoles. Estaré en casa a las nueve. Te dejo la cena en el horno, y tu hermano te va a llamar a las siete".',
          'Fer apartó la mirada. "Así que tú también estás harta de mí".',
          'Rosa habló con voz suave. "No lo estoy. Quiero seguir a tu lado mucho tiempo. Esto me ayuda a lograrlo".',
          'El primer miércoles, casi se quedó en casa. Pero fue. Al volver, Fer ya había cenado y estaba viendo la tele. "¿Cómo te fue?", le preguntó Fer. Era la primera pregunta que le hacía en semanas.',
          'Desde entonces, Rosa fue cada semana. Volvía con menos peso y más para dar. El límite se mantuvo, y su relación también.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Gabriel apoya a su {relation}, Eli, que vive con psicosis y fuma cannabis casi todos los días. Eli vive en casa. Hace poco, unas amistades venían tarde a fumar a la habitación de Eli. El ruido seguía pasada la medianoche, y Gabriel entraba a trabajar a las seis. Pasaba la noche en vela, con rabia, y en el desayuno le contestaba mal a Eli.',
          'En su grupo de familias, alguien le preguntó qué era lo que más le importaba. "Dormir", dijo. "Y no sentirme un extraño en mi propia casa". Sabía que no podía hacer que Eli dejara de fumar. Pero sí podía decidir lo que pasaba en su casa.',
          'Esperó a una tarde tranquila. "Me encanta tenerte en casa. Pero ya no se va a fumar dentro. Si fumas, será fuera. Tus amistades pueden venir hasta las diez. A las diez, les pediré que se vayan".',
          'Eli sintió rabia. "Me calma. Ya sabes lo mal que se me pone la cabeza".',
          'Gabriel habló con voz suave. "Lo sé. No te digo qué hacer con tu vida. Esto es sobre la casa, y sobre mi sueño".',
          'El viernes siguiente, las amistades se quedaron hasta tarde. A las diez, Gabriel llamó a la puerta y repitió las mismas palabras. Se fueron de mala gana. Hubo tensión durante días. Pero a la tercera semana, la casa estaba en silencio por la noche. Gabriel volvió a dormir, y dejó de contestar mal en el desayuno.',
          'Un mes después, Eli contó que el equipo le había preguntado por el cannabis, y que había dicho la verdad. Gabriel solo escuchó. El límite se mantuvo, y su relación también.',
        ],
      },
    ],
  },
  takeaways: [
    'Un límite habla de lo que vas a hacer tú, no de lo que debe hacer la otra persona.',
    'Empieza por algo pequeño, dilo en un momento tranquilo y cúmplelo igual cada vez.',
    'Fíjate en lo que pasa antes y después de los momentos difíciles. Da tu cariño a los buenos.',
    'Deja que lleguen las consecuencias naturales, pero la seguridad va siempre primero.',
    'Ceder alguna vez es normal. Siempre puedes volver a tu límite.',
    'Si te da miedo cómo pueda reaccionar, lo primero es tu seguridad. El límite puede esperar.',
  ],
  reflections: [
    {
      id: 'w5-what-matters',
      prompt: '¿Dónde sientes ahora más tensión o más desgaste? ¿Qué es lo que te importa ahí?',
      hint: 'Piensa en el sueño, el dinero, la seguridad en casa, tu tiempo o tu salud. No hay respuestas equivocadas.',
    },
    {
      id: 'w5-good-moments',
      prompt: '¿Qué buenos momentos con {person} podrías notar más, o buscar más a menudo?',
      hint: 'Las cosas pequeñas cuentan: una comida compartida, un paseo, una risa, una llamada tranquila.',
    },
  ],
  practice: {
    id: 'w5-practice',
    tools: [
      { href: '/boundaries', label: 'Escribe un límite con la herramienta de límites' },
      { href: '/plans/new', label: 'Prepara la charla en la que lo vas a decir' },
      { href: '/safety-plan', label: 'Haz un plan de seguridad privado' },
    ],
    title: 'Escribe un límite',
    intro: [
      'La tarea de esta semana es escribir un límite y decirlo. Que sea pequeño. Un límite que puedes cumplir en un día sin fuerzas vale más que uno grande que no puedes cumplir.',
    ],
    steps: [
      'Si te da miedo cómo pueda reaccionar {person}, empieza mejor por tu plan de seguridad. El límite puede esperar.',
      'Elige una cosa que pasa una y otra vez y que te agota, te hace daño o te asusta.',
      'Ponle nombre a lo que te importa ahí, como el sueño, el dinero o la seguridad.',
      'Escríbelo en una o dos frases cortas: "Cuando [pase esto], yo [lo que voy a hacer]".',
      'Elige un momento tranquilo para decirlo. Dilo con cariño y en pocas palabras.',
      'Piensa qué vas a decir si lo ponen a prueba. Luego haz lo que dijiste, con calma, cada vez.',
    ],
    plan: [
      {
        id: 'w5-plan-boundary',
        label: 'Mi límite, con mis propias palabras',
        hint: 'Cuando [pase esto], yo [lo que voy a hacer].',
      },
      {
        id: 'w5-plan-when',
        label: '¿Cuándo y dónde lo voy a decir?',
        hint: 'Elige un momento tranquilo, no en medio de una discusión.',
      },
      {
        id: 'w5-plan-tested',
        label: '¿Qué voy a decir si lo ponen a prueba?',
        hint: 'Una frase corta que puedas repetir, como "En esto no voy a cambiar de idea".',
      },
      {
        id: 'w5-plan-support',
        label: '¿Quién me puede apoyar?',
        hint: 'Una amistad, un grupo de apoyo o alguien más de la familia.',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w5-check-boundary',
      question: '¿Cuál de estas frases es un límite?',
      options: [
        { text: '"Tienes que dejar de gritar, o ya verás".', correct: false },
        { text: '"Cuando grites, me iré de la habitación un rato".', correct: true },
        { text: '"No te dejo ver a esas amistades".', correct: false },
      ],
      explanation:
        'Un límite habla de lo que vas a hacer tú. Las otras dos frases intentan dirigir lo que decide otra persona. Eso casi nunca funciona, y muchas veces acaba en pelea. Al principio es muy común confundirlas, así que trátate con cariño.',
    },
    {
      id: 'w5-check-tested',
      question: '{Person} siente rabia cuando mantienes un límite nuevo. ¿Qué suele querer decir eso?',
      options: [
        { text: 'Que el límite fue un error y deberías dejarlo.', correct: false },
        { text: 'Que es una reacción normal al cambio. Mantén la calma y sigue con el límite.', correct: true },
        { text: 'Que deberías explicar tus razones otra vez hasta que esté de acuerdo.', correct: false },
      ],
      explanation:
        'Es común que los límites nuevos se pongan a prueba. La rabia no quiere decir que hayas hecho algo mal. Habla poco y con cariño, y cumple lo que dijiste. Un límite sigue valiendo aunque la otra persona no esté de acuerdo.',
    },
    {
      id: 'w5-check-good-moments',
      question: 'Has notado un patrón en los momentos difíciles. ¿Qué suele ayudar más?',
      options: [
        { text: 'Dar más tiempo y más cariño cuando las cosas van bien.', correct: true },
        { text: 'Guardar tu tiempo y tu atención para las crisis.', correct: false },
        { text: 'Anotar cada error para que también vea el patrón.', correct: false },
      ],
      explanation:
        'El cariño y el tiempo en los buenos momentos pueden hacer que esos momentos se repitan más. Es natural que una crisis se lleve toda tu atención. Pasar aunque sea un poco de esa atención a los ratos de calma puede cambiar mucho las cosas.',
    },
    {
      id: 'w5-check-consequences',
      question: '¿Qué quiere decir dejar que lleguen las consecuencias naturales?',
      options: [
        { text: 'No correr a arreglar lo que llega por sí solo, como llamar a su trabajo para decir que no va.', correct: true },
        { text: 'Dejar a la persona sola, aunque esté en peligro.', correct: false },
        { text: 'Añadir tus propios castigos para darle una lección.', correct: false },
      ],
      explanation:
        'Las consecuencias naturales llegan solas. Tú solo dejas de suavizarlas. Nunca se trata de dejar a alguien en peligro: la seguridad va siempre primero. Y tampoco se trata de castigar. Te haces a un lado; no añades nada.',
    },
    {
      id: 'w5-check-afraid',
      question: 'Te da miedo que {person} reaccione con violencia si le dices un límite. ¿Cuál es el paso más seguro ahora?',
      options: [
        { text: 'Poner primero tu seguridad. Hablar con una línea contra la violencia en casa y hacer un plan de seguridad. El límite puede esperar.', correct: true },
        { text: 'Decirlo cara a cara enseguida, para que vea que va en serio.', correct: false },
        { text: 'Guardarte el miedo y no contárselo a nadie.', correct: false },
      ],
      explanation:
        'Cuando tienes miedo, lo primero es tu seguridad, y también la de los niños. Una línea contra la violencia en casa puede ayudarte a hacer un plan, y es confidencial. Si estás en peligro ahora, llama al número de emergencias.',
    },
  ],
  forYou: {
    title: 'La culpa no demuestra que hayas hecho algo mal',
    blocks: [
      'Mantener un límite puede traer culpa, aunque sepas que es justo. Es algo muy común. Muchas veces muestra cuánto te importa. No quiere decir que hayas hecho algo mal.',
      'Después de decir un límite, haz algo amable por ti. Sal a caminar, llama a alguien que te quiere, prepárate un té o acuéstate temprano. Cuéntale a alguien de confianza lo que hiciste. Decirlo en voz alta puede ayudar a que la culpa se calme.',
      'Tus necesidades también cuentan. Cuidarlas es parte de lo que te permite seguir ahí.',
    ],
  },
};
