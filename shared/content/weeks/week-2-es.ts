import type { Week } from '../course-types.ts';

/**
 * Week 2 in Spanish (issue #17): the same week as week-2.ts, written anew for a family at home,
 * not word for word. Its sources are in week-2.ts, beside the English: the clinical facts say
 * what the English says, no more.
 *
 * The shape mirrors the English (ids, block kinds and order, variant keys; a unit test holds
 * it to that). Tú throughout, and no gender for the reader ("a no sentir tanta soledad", not
 * "solo"). The person supported takes `{person}`, and the sentences are built so that nothing
 * has to agree with them ("no le pasa nada", "te noto sin fuerzas", "tenía cara de
 * agotamiento"), so this week needs no agreement token; what a character says of themselves
 * has no adjective either ("No tengo depresión. Solo es cansancio"). In the stories, the
 * person's name works for any gender (Cruz, Dani, Alex, Ari, Eli, Toni), since the reader's
 * choice decides who they are: Remi, Jules, Luca and Jonah read as one gender in Spanish.
 * Clinical terms are the ones families meet in Mexico, the United States and Spain alike, each
 * acronym spelled out once (TCC, TDC, TEPT); "diagnóstico dual, o patología dual" gives the
 * term used in the Americas and the one used in Spain. "Lazy" is "pereza" (not "vago" or
 * "flojo", which mark a region), and a service is asked "¿Aquí se trabaja…?", not "ustedes".
 * The stigma lists name only the words to use, as the English does, so no word on the voice
 * list appears, not even as an example.
 */

// Withdrawal safety, for readers whose person drinks or uses: the facts, and their sources, as in week-2.ts.
const WITHDRAWAL_SAFETY =
  'Hay un dato de seguridad muy importante. Después de beber mucho durante mucho tiempo, dejarlo de golpe puede ser peligroso. Lo mismo pasa con los sedantes, como algunas pastillas para dormir o para la ansiedad. El cuerpo se ha acostumbrado a ellos. Si {person} quiere dejarlo, un médico o un servicio para problemas con el alcohol y las drogas puede ayudarle a hacerlo sin peligro.';
const WITHDRAWAL_SIGNS =
  'Después de dejarlo, busca ayuda enseguida si tiene una convulsión, si notas que tiene mucha confusión, o si ve u oye cosas que no están ahí. Llama al número de emergencias de tu zona.';

export const week: Week = {
  number: 2,
  title: 'Entender lo que vive tu ser querido',
  summary: 'Los problemas de salud mental más comunes y el consumo, en palabras sencillas: cómo se viven por dentro, qué ayuda, por qué es tan común oír "Estoy bien" y qué palabras ayudan.',
  minutes: 40,
  welcome: [
    'Aprender sobre una enfermedad mental o un problema de consumo puede remover muchas emociones. Puede ser un alivio ponerle nombre a lo que has visto. También puede dar miedo o tristeza, o traer recuerdos difíciles. Sientas lo que sientas, es comprensible. Ve despacio, y trátate con cariño.',
    'Esta semana no es para poner diagnósticos. Eso les toca a los profesionales. Es para entender lo suficiente y orientarte un poco mejor. Y para ver con más claridad a la persona que hay detrás de la enfermedad.',
  ],
  sections: [
    {
      id: 'common-conditions',
      title: 'Problemas de salud mental comunes, en palabras sencillas',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Los problemas de salud mental son comunes. Mucha gente tiene uno en algún momento de su vida. Son problemas de salud, como el asma o la diabetes. No son un defecto de carácter, y nadie los elige.',
            ],
            'substance-use': [
              'Los problemas de salud mental son comunes. Mucha gente tiene uno en algún momento de su vida. Y son aún más comunes en quienes beben mucho o consumen drogas. Por eso vale la pena conocerlos, aunque lo que más te preocupe sea el alcohol o las drogas. Igual que los problemas de consumo, son problemas de salud, no un defecto de carácter.',
            ],
            both: [
              'Los problemas de salud mental son comunes. Mucha gente tiene uno en algún momento de su vida. Son problemas de salud, como el asma o la diabetes. No son un defecto de carácter, y nadie los elige.',
            ],
          },
        },
        // Conditions and the brain, in plain words: sources in week-2.ts.
        'Aquí tienes algunos de los que quizá oigas hablar, en palabras sencillas. De cada uno hay una nota sobre cómo se puede vivir por dentro, y sobre lo que suele ayudar. Estas notas son solo un comienzo. Cada problema se ve distinto en cada persona.',
        'Muchos de estos problemas tienen que ver con cambios en el cerebro: en cómo regula el ánimo, el miedo y el estrés, y en lo que le parece real. Los genes, el estrés y los golpes de la vida pueden influir. Nadie causa estos cambios por ser débil. Y ninguna familia los causa por su forma de querer.',
        {
          list: [
            'Depresión: un ánimo bajo que dura semanas o más, no solo un mal día. Por dentro, puede ser como caminar por el barro, o como no sentir nada. Pueden cambiar el sueño, el hambre, la energía y la esperanza. Ayudan la terapia, los medicamentos, el ejercicio y un apoyo constante. Y mucha gente se recupera del todo.',
            'Ansiedad: miedo o preocupación que cuesta apagar, aunque no haya un peligro claro. Por dentro, el cuerpo puede quedarse en alerta: el corazón va rápido, los músculos se tensan y se duerme mal. Algunas personas tienen olas de pánico que llegan de golpe. La terapia, como la TCC (terapia cognitivo-conductual), ayuda a mucha gente. También pueden ayudar los medicamentos y las formas de calmar el cuerpo.',
            'Trastorno bipolar: grandes cambios en el ánimo y la energía. En una fase alta, la persona puede necesitar dormir muy poco, hablar rápido, sentir que se come el mundo y correr grandes riesgos. En una fase baja, puede tener una depresión profunda. Mucha gente está bien durante largas temporadas entre una fase y otra. Los medicamentos que mantienen estable el ánimo, la terapia y una rutina fija ayudan a muchas personas a vivir una vida plena.',
            'Psicosis: momentos en que la persona pierde el contacto con lo que los demás ven como real. Puede oír o ver cosas que otros no oyen ni ven, o tener creencias muy firmes que nadie más comparte. Por dentro, se vive como algo real, y puede dar mucho miedo. Suele empezar entre el final de la adolescencia y mediados de los veinte años. Recibir ayuda pronto cambia mucho las cosas, y la mayoría de las personas se recupera de un primer episodio.',
            'Esquizofrenia: un trastorno en el que la psicosis vuelve o dura mucho tiempo. También puede quitar ganas, concentración y la capacidad de disfrutar. Lo que más ayuda es la atención de un equipo: medicamentos, terapia, apoyo a la familia y ayuda con el trabajo o los estudios. Muchas personas con esquizofrenia construyen una vida que valoran.',
            'Trastornos de la personalidad: formas de sentir, de pensar y de tratar con los demás que duran mucho tiempo y le causan a la persona un dolor real. El que más oyen nombrar las familias es el trastorno límite de la personalidad. Por dentro, las emociones pueden llegar de golpe y ser enormes, y el miedo al abandono puede ser muy fuerte. La terapia, como la TDC (terapia dialéctico-conductual), ayuda a mucha gente. Y muchas personas mejoran mucho con el tiempo.',
            'Trauma y TEPT (trastorno de estrés postraumático): la mente y el cuerpo siguen en alerta después de vivir algo terrible. Son comunes las pesadillas y los recuerdos que vuelven de golpe. Las terapias pensadas para el trauma ayudan a mucha gente.',
          ],
        },
        'Por favor, no uses esta lista para ponerle una etiqueta a {person}. Está aquí para ayudarte a entender. Si tienes preguntas, un médico o un profesional de salud mental puede hablar de ellas contigo, y con {person}.',
      ],
    },
    {
      id: 'substance-use',
      title: 'Cuando también hay alcohol o drogas',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Aunque {person} no beba mucho ni consuma drogas, vale la pena leer esta parte. La enfermedad mental y el consumo van juntos tan a menudo que ayuda saber cómo influye uno en el otro.',
              'Un problema de consumo es más que un mal hábito. Con el tiempo, el alcohol y las drogas cambian el cerebro: cómo siente la recompensa, cómo responde al estrés y cómo se controla. Consumir menos puede volverse muy difícil, aunque la persona de verdad quiera. Por eso, muchas veces, la fuerza de voluntad sola no basta.',
            ],
            'substance-use': [
              'Un problema de consumo es más que un mal hábito. Con el tiempo, el alcohol y las drogas cambian el cerebro: cómo siente la recompensa, cómo responde al estrés y cómo se controla. Consumir menos puede volverse muy difícil, aunque la persona de verdad quiera. Por eso, muchas veces, la fuerza de voluntad sola no basta.',
              WITHDRAWAL_SAFETY,
              WITHDRAWAL_SIGNS,
            ],
            both: [
              'Un problema de consumo es más que un mal hábito. Con el tiempo, el alcohol y las drogas cambian el cerebro: cómo siente la recompensa, cómo responde al estrés y cómo se controla. Consumir menos puede volverse muy difícil, aunque la persona de verdad quiera. Por eso, muchas veces, la fuerza de voluntad sola no basta.',
              WITHDRAWAL_SAFETY,
              WITHDRAWAL_SIGNS,
            ],
          },
        },
        'Los problemas de consumo tienen muchas formas. Hay quien bebe todos los días. Hay quien consume drogas de vez en cuando, pero de formas arriesgadas. Y hay quien empieza con unas pastillas que le recetó el médico y, poco a poco, toma más de lo que pensaba.',
        'Los problemas de salud mental y el consumo suelen ir juntos. A esto se le llama diagnóstico dual, o patología dual. Es algo común, no raro. Cada uno puede alimentar al otro:',
        {
          list: [
            'Algunas personas beben o consumen drogas para calmar emociones que duelen, miedos o voces.',
            'El alcohol y las drogas pueden empeorar el ánimo bajo, la preocupación y la psicosis.',
            'Consumir menos puede traer, por un tiempo, una ola de emociones difíciles.',
          ],
        },
        'Cuando están los dos, lo que más suele ayudar es una atención que trate los dos a la vez. Si buscas ayuda, puedes preguntar en un servicio: "¿Aquí se trabaja la salud mental y el consumo a la vez?".',
        // Substance use problems and co-occurring conditions: sources in week-2.ts.
        'Por dentro, un problema de consumo puede sentirse como una fuerza que tira muy fuerte, aunque una parte de la persona quiera dejarlo. Mucha gente empezó a beber o a consumir para aguantar el dolor, el estrés o el miedo. Luego, lo que ayudaba durante una hora empieza a costarle muy caro.',
        'El tratamiento funciona, y hay muchos caminos. La terapia, los medicamentos para algunos tipos de consumo, el apoyo de quienes han vivido lo mismo y los grupos de ayuda mutua ayudan a mucha gente. Muchas personas se recuperan, a menudo después de más de un intento.',
        'Nada de esto es culpa de nadie. Es un problema de salud, y la gente se recupera.',
      ],
    },
    {
      id: 'lack-of-insight',
      title: 'Cuando no lo ve',
      blocks: [
        'Una de las cosas más difíciles para las familias es esta: puede que {person} no crea que le pasa nada. Tú ves las señales con claridad. Para {person}, no están ahí. Es muy doloroso de ver.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Con algunos problemas, como la esquizofrenia y el trastorno bipolar, esto tiene nombre. Se llama anosognosia, o falta de conciencia de enfermedad. La propia enfermedad puede alterar la parte del cerebro que nos deja notar nuestros propios cambios. Es un síntoma. No es terquedad, y no es una decisión.',
            ],
            'substance-use': [
              'Con el alcohol y las drogas, la persona puede creer de verdad que lo tiene bajo control. O puede sentirse dividida: una parte quiere cambiar, y otra no. Esa mezcla de sentimientos es normal. No es una mentira ni una forma de hacerte daño. Muchas veces, es justo ahí donde empieza el cambio.',
            ],
            both: [
              'Con algunos problemas, como la esquizofrenia y el trastorno bipolar, esto tiene nombre. Se llama anosognosia, o falta de conciencia de enfermedad. La propia enfermedad puede alterar la parte del cerebro que nos deja notar nuestros propios cambios. Es un síntoma. No es terquedad, y no es una decisión.',
              'Algo parecido puede pasar con el consumo. La persona puede creer de verdad que lo tiene bajo control. O puede sentirse dividida: una parte quiere cambiar, y otra no. Esa mezcla de sentimientos es normal. Muchas veces, es ahí donde empieza el cambio.',
            ],
          },
        },
        'Por eso importa tanto. Si discutes sobre el diagnóstico, lo más probable es que pierdas. Insistir con una etiqueta suele hacer que la persona se cierre más. Y puede ir gastando la confianza que vas a necesitar más adelante.',
        'Lo que suele ayudar más:',
        {
          list: [
            'Deja a un lado la pelea por la etiqueta.',
            'Escucha qué es lo que sí ve como un problema: dormir mal, el estrés o el dinero.',
            'Habla de eso, con sus palabras.',
            'Ofrece ayuda con la meta que le importa.',
          ],
        },
        'No tienes que estar de acuerdo con lo que cree. Tampoco tienes que demostrarle que se equivoca. La semana 5 te dará más herramientas para estas charlas.',
      ],
    },
    {
      id: 'stigma-and-words',
      title: 'El estigma y las palabras que usamos',
      blocks: [
        'El estigma es la vergüenza y la culpa que se cargan sobre la enfermedad mental y el consumo. Aparece en bromas, en noticias y en insultos crueles. Hace que las personas escondan lo que viven. Y hace que tarden demasiado en pedir ayuda.',
        'El estigma también puede volverse hacia dentro. La persona puede empezar a creerse las cosas duras que oye. Puede sentir que no merece ayuda. Las familias también sienten el estigma. Quizá has guardado silencio por miedo a lo que pensarían los demás. Es muy común, y no tienes por qué sentir vergüenza.',
        'Las palabras son un lugar donde podemos hacerle frente. Cuando ponemos primero a la persona, la nombramos antes que a su problema. Eso le recuerda a todo el mundo, también a {person}, que una persona es más que una enfermedad.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  'Di "una persona que vive con esquizofrenia", en vez de nombrar a alguien por su enfermedad.',
                  'Di "tiene un problema de salud mental", en vez de usar palabras de burla.',
                  'Di "volvió a estar mal" o "tuvo una recaída", en vez de usar palabras que culpan.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  'Di "una persona con un problema de consumo", en vez de usar una etiqueta.',
                  'Di "en recuperación", "sin beber" o "sin consumir", en vez de usar palabras que juzgan.',
                  'Di "tuvo una recaída" o "volvió a consumir", en vez de usar palabras que culpan.',
                ],
              },
            ],
            both: [
              {
                list: [
                  'Di "una persona que vive con esquizofrenia", en vez de nombrar a alguien por su enfermedad.',
                  'Di "una persona con un problema de consumo", en vez de usar una etiqueta.',
                  'Di "en recuperación", "sin beber" o "sin consumir", en vez de usar palabras que juzgan.',
                  'Di "tuvo una recaída" o "volvió a consumir", en vez de usar palabras que culpan.',
                ],
              },
            ],
          },
        },
        'Sobre todo, escucha las palabras que usa {person}, y déjate guiar por ellas. A algunas personas les da fuerza tener un nombre para lo que viven. A otras les duele. Preguntar "¿Qué palabras te parecen bien a ti?" es un gesto de cariño.',
      ],
    },
  ],
  story: {
    title: 'Dejar a un lado la discusión',
    variants: {
      'mental-illness': [
        'Tomás apoya a su {relation}, Cruz, que empezó a creer que los vecinos escuchaban a través de las paredes. Cruz tenía las cortinas cerradas todo el día y casi no dormía.',
        'Tomás tenía miedo, así que intentó razonar con Cruz. "Nadie te está escuchando. Esto es una psicosis. Tienes que ir al médico". Cada vez, Cruz se alteraba más. Una vez, Cruz pasó una semana sin dirigirle la palabra.',
        'En un curso para familias, una enfermera habló de la falta de conciencia de enfermedad. La enfermedad puede hacer que a la persona le cueste ver que no está bien. "Con datos no vas a ganar", dijo. "Busca lo que sí quiere".',
        'Tomás lo pensó. Cruz no tenía fuerzas. Y odiaba pasar las noches en vela.',
        'La tarde siguiente, Tomás le dijo: "Sé que las noches están siendo horribles. Tiene que ser agotador. ¿Te ayudaría ver a alguien por lo del sueño? Puedo ir contigo".',
        'Cruz se quedó en silencio. Luego dijo: "Puede ser. Si es solo por el sueño".',
        'Fue un sí pequeño. Tomás no sacó el tema de los vecinos. Tampoco fingió estar de acuerdo. Solo mantuvo la charla en lo que a Cruz le importaba.',
        'En la consulta, Cruz habló del sueño, y luego del miedo que sentía. Era un comienzo. El camino sigue siendo de Cruz, pero la puerta entre los dos vuelve a estar abierta.',
        'Piensa en algo que de verdad le importe a {person}. Quizá por ahí puedas entrar tú también.',
      ],
      'substance-use': [
        'Inés apoya a su {relation}, Dani, que se hizo daño en la espalda en el trabajo hace dos años. El médico le recetó analgésicos fuertes. Con el tiempo, Dani empezó a tomar más de la dosis y a comprarle pastillas de más a un amigo.',
        'Cuando Inés se enteró, le entró el pánico. Le dijo a Dani cosas muy duras que ojalá no hubiera dicho. "Tienes un problema con las drogas. Admítelo".',
        'Dani le gritó: "¡Me duele la espalda! No tienes ni idea". Desde entonces, Dani escondía las pastillas.',
        'A Inés le daba demasiada vergüenza contárselo a alguien. ¿Qué pensaría su hermana? Una noche, la llamó de todos modos. Su hermana no la juzgó. Le dijo: "Qué difícil. ¿Y tú cómo estás?". Inés lloró de alivio.',
        'Con ayuda de su hermana, Inés encontró un grupo para familias. Allí aprendió que tomar analgésicos durante mucho tiempo cambia el cerebro. No es señal de un carácter débil. También aprendió que pelear por la palabra "problema" casi nunca ayuda.',
        'Así que probó algo nuevo. "Veo que la espalda te sigue doliendo", le dijo. "Y te noto sin fuerzas. Me preocupa. ¿Querrías ver a alguien por el dolor y por las pastillas, las dos cosas juntas?".',
        'Dani no dijo que sí, pero tampoco se fue dando un portazo. Una semana después, Dani le pidió el nombre del centro.',
        'Inés todavía se preocupa. Pero ya no está sola, y Dani no tiene que esconderse de ella. Si {person} esconde lo que bebe o consume, puede que venga de la vergüenza, igual que le pasaba a Dani.',
      ],
      both: [
        'Óscar apoya a su {relation}, Alex, que bebe casi todas las noches desde que perdió su trabajo. Alex casi no sale de casa. Algunos en la familia dicen que lo de Alex es pura pereza. Un tío dice que solo tiene que dejar de beber y reaccionar de una vez.',
        'Óscar no lo tenía tan claro. Alex estaba con el ánimo bajo mucho antes de que la bebida fuera a más.',
        'Óscar leyó sobre la depresión y sobre el consumo. Eso le ayudó a entender. Quizá Alex bebía para adormecer el ánimo bajo. Y lo más probable era que la bebida empeorara ese ánimo. Cada cosa alimentaba a la otra.',
        'Cuando Óscar intentó hablarlo, Alex le dijo: "No tengo depresión. Solo es cansancio. Una copa me ayuda a dormir".',
        'Óscar sintió ganas de discutir, pero no lo hizo. "Lo del sueño suena muy duro. ¿Descansas bien después de una copa?".',
        'Alex soltó una risa corta. "No. Me despierto a las tres todas las noches".',
        '"¿Te gustaría hablar del sueño con un médico? Si quieres, te acompaño".',
        'Alex aceptó ir. La doctora le preguntó por el ánimo y por la bebida. Le habló de un servicio que trabaja las dos cosas a la vez. Alex lo está pensando.',
        'Óscar también habló a solas con el tío. "Lo de Alex no es pereza. Es un problema de salud, y puede mejorar". El tío escuchó más de lo que Óscar esperaba. Una voz amable puede cambiar cómo habla toda una familia. Tú podrías ser esa voz para {person}.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-2.ts.
    // A reader whose person lives with psychosis alone already meets it in the situation story (Tomás and Cruz).
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Bea apoya a su {relation}, Ari, que vive con trastorno bipolar. Un verano, el ánimo de Ari subió mucho. Dormía tres horas por noche y pensaba dejar su trabajo para abrir un negocio.',
          'Bea tenía miedo. Le leyó a Ari una lista de señales. "Es la enfermedad la que habla. No estás bien". Ari reaccionó con rabia. "Me siento mejor que en muchos años. ¿Por qué no puedes alegrarte por mí?".',
          'En un grupo de familias, un hombre dijo algo que le ayudó. Su esposa vive con trastorno bipolar. "Cuando tiene el ánimo alto, se siente genial. Y cuesta ver que no estás bien cuando te sientes genial. Discutir solo hacía que se cerrara más".',
          'Así que Bea dejó a un lado la discusión sobre la etiqueta. Buscó algo que Ari y ella pudieran querer. Ari quería que el negocio saliera bien. Y, debajo de tanta energía, Ari tenía cara de agotamiento.',
          'Al día siguiente, Bea le dijo: "Veo lo mucho que te importa esta idea. Es un paso grande. ¿Le darías una semana antes de dejar el trabajo? ¿Y podemos preguntarle a tu médico por el sueño?".',
          'Ari puso los ojos en blanco. Luego dijo: "Está bien. Una semana. Pero no voy a renunciar a la idea".',
          'Bea no le pidió que renunciara. Esa semana, Ari fue a su médico, y su equipo de salud intervino. Durante el mes siguiente, el ánimo alto se calmó. Ari no dejó el trabajo. Todavía habla del negocio, ahora sin prisa.',
          'Piensa también en algo que quiera {person}. Empezar por ahí puede abrir una puerta que las discusiones mantienen cerrada.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Nadia apoya a su {relation}, Eli, que vive con depresión desde hace dos años. Eli pasa casi todo el día en su cuarto. El abuelo de Eli dice que solo tiene que poner de su parte.',
          'Nadia no estaba de acuerdo con él, pero también discutía con Eli. Cuando Eli decía: "No sirvo para nada. Ni siquiera puedo contestar un mensaje", ella respondía: "¡Eso no es verdad! Solo tienes que salir más". Eli dejó de contarle cómo se sentía.',
          'Entonces Nadia leyó sobre la depresión. Es un problema de salud, no una debilidad ni una decisión. Puede quitarle a una persona la energía y la alegría. Y que le digan que se anime puede aumentar su soledad.',
          'Así que la siguiente vez que Eli dijo que no servía para nada, Nadia no discutió. Le dijo: "Parece que ahora mismo todo te cuesta muchísimo". Eli asintió. "Me siento sin energía todo el tiempo. Aunque duerma todo el día".',
          '"Eso suena muy duro. ¿Quieres ir al médico por este cansancio? Puedo pedir la cita, o ir contigo".',
          'Eli dijo que lo pensaría. Dos días después, le dijo que sí, que pidiera la cita. El médico habló con Eli del ánimo bajo y de lo que podría ayudar.',
          'Nadia también habló a solas con el abuelo de Eli. "Lo de Eli no es pereza. Es un problema de salud, y la gente mejora". Unos días después, el abuelo le preguntó a Eli si quería ver un partido con él.',
          'Una palabra amable sobre una enfermedad puede cambiar cómo habla toda una familia. Tú podrías empezar ese cambio, por {person}.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Carmen apoya a su {relation}, Toni, que empezó a pensar que la gente que no conocía podía oír sus pensamientos. Toni también empezó a fumar cannabis todos los días, para callar el ruido de su cabeza.',
          'Carmen insistía en que esos pensamientos no eran reales, y en que el cannabis los empeoraba. Toni le dijo: "Crees que estoy perdiendo la cabeza. No me pasa nada". Después, Toni empezó a pasar noches enteras fuera de casa.',
          'En una tarde para familias, una profesional del equipo de psicosis temprana lo explicó. Cuando empieza una psicosis, puede que la persona no vea que no está bien. Algunas personas usan el cannabis para sobrellevar pensamientos que dan miedo. "Discutir por cualquiera de las dos cosas aleja a la gente", dijo. "Hay que buscar lo que quieren".',
          'Carmen lo pensó. A Toni le encantaba su trabajo en la panadería, y le daba miedo perderlo.',
          'Así que la siguiente vez, no habló de los pensamientos ni del cannabis. Le dijo: "Últimamente te noto con los nervios de punta. Sé lo mucho que te gusta la panadería. ¿Hay algo que te haga difícil el trabajo?". Toni dijo: "No puedo dormir. Y luego me preocupa llegar tarde y perder el trabajo".',
          '"Eso suena muy estresante. ¿Irías a ver a alguien por lo del sueño? Te acompaño". Toni aceptó, si era solo por el sueño.',
          'El médico le preguntó a Toni por sus preocupaciones, y por el cannabis, sin juzgar. Toni aceptó ir al equipo de psicosis temprana, que trabaja las dos cosas a la vez.',
          'La hermana de Carmen todavía dice que lo de Toni es pereza. Carmen le dijo: "Toni no está bien, y de esto la gente se recupera". Piensa en lo que más le importa a {person}. Quizá por ahí puedas entrar tú también.',
        ],
      },
    ],
  },
  takeaways: [
    'La enfermedad mental y los problemas de consumo son problemas de salud, no defectos.',
    'Muchas veces van juntos. Lo que más suele ayudar es tratar los dos a la vez.',
    'No ver la enfermedad puede ser parte de la enfermedad. Discutir por la etiqueta casi nunca ayuda.',
    'Habla de lo que le importa, con sus palabras.',
    'Poner primero a la persona al hablar ayuda a hacerle frente al estigma.',
  ],
  reflections: [
    {
      id: 'w2-what-makes-sense',
      prompt: '¿Qué has aprendido esta semana que te ayuda a entender mejor algo de {person}?',
      hint: 'Quizá algo que antes parecía una decisión. ¿Cómo te sientes al verlo de otra manera?',
    },
    {
      id: 'w2-words-that-fit',
      prompt: '¿Qué palabras usa {person} para lo que está viviendo? ¿Qué palabras quieres usar tú?',
      hint: 'Si todavía no sabes cuáles son sus palabras, no pasa nada. Puedes prestar atención cuando hable, o preguntarle.',
    },
  ],
  practice: {
    id: 'w2-practice',
    title: 'Encuentra un punto en común',
    intro: [
      'Cuando {person} no ve un problema, la discusión sobre el diagnóstico puede adueñarse de cada charla. Esta semana, intenta entrar por otro lado. Deja la etiqueta a un lado. Busca algo que le importe, o algo que ya le resulte difícil. Ese es el punto en común.',
    ],
    steps: [
      'Fíjate en cuándo estás a punto de discutir sobre el diagnóstico o el problema. Haz una pausa y respira.',
      'Piensa en algo que haya dicho que le cuesta, con sus propias palabras: el sueño, el estrés, el dinero, la soledad, un trabajo.',
      'Díselo con cariño: "Me dijiste que las noches están siendo muy duras".',
      'Hazle una pregunta abierta sobre eso. Escucha la respuesta sin intentar arreglar nada.',
      'Si encaja, ofrece ayuda con esa meta: "¿Te ayudaría que fuera contigo?". Luego deja que elija.',
    ],
    plan: [
      { id: 'their-words', label: '¿Qué le cuesta ahora a {person}, dicho con sus palabras?' },
      { id: 'what-i-will-say', label: '¿Qué podría decir en vez de discutir?', hint: 'Empieza por lo que has notado, y luego haz una pregunta.' },
      { id: 'when', label: '¿Cuándo podría haber un momento tranquilo para intentarlo?' },
    ],
  },
  selfCheck: [
    {
      id: 'w2-not-seeing-it',
      question: '{Person} dice que no le pasa nada, aunque tú ves señales claras. ¿Qué puede estar pasando?',
      options: [
        { text: 'Solo es terquedad.', correct: false },
        { text: 'No verlo puede ser parte de la propia enfermedad.', correct: true },
        { text: 'Quiere hacerme daño.', correct: false },
      ],
      explanation:
        'Con algunos problemas, la enfermedad altera la capacidad del cerebro de notar los propios cambios. Con el consumo, es normal tener sentimientos encontrados sobre cambiar. Ninguna de las dos cosas es una decisión para hacerte daño. Si has pensado que era terquedad, es algo muy fácil de pensar. Saber más puede quitarle un poco de dolor.',
    },
    {
      id: 'w2-both-together',
      question: '¿Por qué los problemas de salud mental y el consumo van juntos tan a menudo?',
      options: [
        { text: 'Algunas personas consumen para aguantar lo que sienten, y las sustancias pueden empeorar los síntomas.', correct: true },
        { text: 'Es señal de un carácter débil.', correct: false },
        { text: 'Es algo raro, así que seguramente no es el caso.', correct: false },
      ],
      explanation:
        'Uno puede alimentar al otro, y pasa mucho. No es culpa de nadie. Lo que mejor suele funcionar es una atención que mire los dos a la vez, así que está bien preguntarle a un servicio si lo hace.',
    },
    {
      id: 'w2-arguing',
      question: 'Las charlas sobre el diagnóstico siempre acaban en pelea. ¿Qué suele ayudar?',
      options: [
        { text: 'Mostrar más pruebas hasta que te dé la razón.', correct: false },
        { text: 'Hablar de algo que le importe, como el sueño o el trabajo.', correct: true },
        { text: 'No volver a hablar nunca de nada difícil.', correct: false },
      ],
      explanation:
        'Discutir por la etiqueta suele hacer que la persona se cierre más, y es fácil caer en eso cuando tienes miedo. El punto en común mantiene la puerta abierta. Aun así, puedes hablar de cosas difíciles. Para hacerlo, no tienes que estar de acuerdo con todo lo que cree.',
    },
    {
      id: 'w2-person-first',
      question: '¿Cuáles de estas formas de hablar ayudan a hacerle frente al estigma?',
      options: [
        { text: 'Poner primero a la persona: "mi hermana, que vive con un problema de salud".', correct: true },
        { text: 'Usar las palabras que la persona prefiere para sí.', correct: true },
        { text: 'Hacer bromas sobre su enfermedad para aliviar el ambiente.', correct: false },
      ],
      explanation:
        'Las dos primeras ayudan. Poner primero a la persona muestra que detrás del problema hay una persona entera, y usar sus palabras muestra respeto. Si antes usaste otras palabras, está bien. Casi todo el mundo las aprendió en algún lugar. Lo que cuenta es lo que eliges a partir de ahora.',
    },
    {
      id: 'w2-your-job',
      question: '¿Para qué te sirve más lo que aprendes sobre estos problemas?',
      options: [
        { text: 'Para averiguar yo el diagnóstico de {person}.', correct: false },
        { text: 'Para entender mejor a {person}, y dejar el diagnóstico a los profesionales.', correct: true },
      ],
      explanation:
        'Aprender te ayuda a entender lo que ves, y a no sentir tanta soledad ante ello. Ponerle nombre a un problema es trabajo de personas formadas para eso, y hasta a ellas les lleva tiempo. Tu papel es entender y seguir cerca.',
    },
  ],
  forYou: {
    title: 'Aprende con calma',
    blocks: [
      'Leer sobre una enfermedad puede pesar mucho. Es tentador buscar respuestas hasta muy tarde por la noche. Muchas veces, eso deja más miedo, no menos.',
      'Esta semana, intenta ponerte un límite. Elige uno o dos sitios de confianza para aprender, como un servicio de salud o un grupo de apoyo para familias. Cuando puedas, lee de día. Al terminar, haz algo que te devuelva a tu cuerpo: un paseo, estirarte, una ducha, una comida.',
      'No hace falta que lo sepas todo. Solo necesitas entender lo suficiente para seguir cerca. Lo demás puede llegar poco a poco.',
    ],
  },
};
