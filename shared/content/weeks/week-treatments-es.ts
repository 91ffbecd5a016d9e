import type { Week } from '../course-types.ts';

/**
 * The treatments lesson in Spanish (issue #17): the same lesson as week-treatments.ts, written
 * anew for a family at home, not word for word. Its sources are in week-treatments.ts, beside
 * the English; the tags in brackets beside a clinical line ([MSD], [MOUD]…) name the source
 * there, so a reviewer can hold each Spanish line to the English one and to what it cites.
 *
 * Every clinical statement says what the English says and no more: no new fact, number or
 * dose, and never advice to start, stop or change a medicine (that is for the person and
 * whoever prescribes). The medicines keep the generic names the English uses, spelt as
 * Spanish spells them (clozapina, litio, buprenorfina, metadona, naltrexona, acamprosato,
 * naloxona), since brand names differ from country to country.
 *
 * "The prescriber" is "quien receta": Spanish has no one word for it that leaves out the
 * person's job and gender, and families say it this way. The shape mirrors the English (ids,
 * block kinds and order, variant keys; a unit test holds it to that). Tú throughout, no gender
 * for the reader, and none for the person supported where a sentence can avoid it ("te noto
 * con mucho cansancio", not "cansado"). In the stories, the person's name works for any
 * gender (Alex, Toni, Eli), since the reader's choice decides who they are. No car and no
 * bus ("que me lleves a la clínica", "por el camino"), and no "usted" to a service ("¿qué
 * terapias hay?"): words that read alike in Mexico, the United States and Spain.
 */
export const week: Week = {
  number: 9,
  title: 'El tratamiento: qué ayuda y cómo puedes ayudar',
  summary: 'Medicamentos, terapias y equipos de atención, en palabras sencillas. Los efectos secundarios y qué ayuda con ellos. Y cómo apoyar el tratamiento sin tomar el mando.',
  minutes: 35,
  welcome: [
    'El tratamiento puede parecer un mundo aparte. Hay palabras nuevas, nombres largos y muchas opciones. Es normal no saber por dónde empezar, o sentir emociones fuertes. Algunas familias sienten esperanza. Otras sienten miedo. Muchas sienten las dos cosas.',
    'Esta lección explica para qué sirven los tratamientos más comunes, con palabras sencillas. No es un consejo sobre ningún medicamento. Solo {person} y quienes le recetan pueden decidir empezar, dejar o cambiar un medicamento. Lo que tú sí puedes hacer es entender, hacer buenas preguntas y seguir cerca.',
  ],
  sections: [
    {
      id: 'what-treatment-can-do',
      title: 'Lo que el tratamiento puede hacer, y lo que no',
      blocks: [
        'La buena atención suele ser una mezcla. Puede incluir un medicamento, una terapia y ayuda con la vida diaria, como el trabajo, el dinero o la vivienda. Cada parte hace una tarea distinta.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'La medicación puede calmar los síntomas que más complican la vida. Puede acallar las voces, frenar los pensamientos que van a toda prisa o levantar un ánimo muy bajo. Eso puede darle a {person} espacio para descansar, pensar y volver a hacer planes. La medicación no puede decidir por {person}, ni sanar las heridas de una familia. Para eso están la terapia y el apoyo.',
            ],
            'substance-use': [
              'La medicación puede aliviar las ganas de consumir y los síntomas de abstinencia. También puede bajar los riesgos que traen los opioides. Eso puede darle a {person} espacio para descansar, pensar y volver a hacer planes. La medicación no puede decidir por {person}, ni sanar las heridas de una familia. Para eso están la terapia y el apoyo.',
            ],
            both: [
              'La medicación puede calmar los síntomas que más complican la vida, y aliviar las ganas de consumir y los síntomas de abstinencia. Eso puede darle a {person} espacio para descansar, pensar y volver a hacer planes. La medicación no puede decidir por {person}, ni sanar las heridas de una familia. Para eso están la terapia y el apoyo.',
            ],
          },
        },
        'Dar con lo que funciona suele llevar tiempo. Puede que el primer medicamento no le siente bien. Puede que haya que cambiar la dosis. Es algo común, y no es señal de que no haya esperanza. Muchas personas encuentran una mezcla que les ayuda a vivir la vida que quieren.',
        '{Person} tiene derecho a decidir sobre su propio tratamiento. Solemos seguir mejor un plan que ayudamos a hacer. Tu papel es apoyar sus decisiones, y contar lo que ves cuando quiera oírlo.',
      ],
    },
    {
      id: 'the-main-medicines',
      title: 'Los medicamentos principales, en palabras sencillas',
      blocks: [
        'Estos son los medicamentos de los que más vas a oír hablar. Cada uno tiene muchos nombres de marca. Quien receta te puede decir de qué grupo es un medicamento.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  // [MSD] [CBTP]; bipolar disorder: NICE CG185 (see [MSD])
                  'Los antipsicóticos tratan la psicosis. Pueden acallar las voces y calmar miedos y creencias que los demás no comparten. También se usan en el trastorno bipolar.',
                  // [RCP-DEPOT]
                  'Una inyección de acción prolongada es un antipsicótico en forma de inyección. Su efecto dura semanas o meses. A algunas personas les gusta no tener que tomar una pastilla cada día.',
                  // [CLOZ]
                  'La clozapina es un antipsicótico para la esquizofrenia, cuando otros dos no han ayudado lo bastante. Muchas veces funciona cuando los otros no. Necesita análisis de sangre cada cierto tiempo, para usarla con seguridad.',
                  // [LITH]
                  'Los estabilizadores del ánimo, como el litio, ayudan a que el ánimo se mantenga estable en el trastorno bipolar. Buscan evitar nuevas subidas y bajadas, no solo tratar la de ahora. El litio necesita análisis de sangre cada cierto tiempo.',
                  // [AD]
                  'Los antidepresivos tratan la depresión y algunos tipos de ansiedad. La mayoría tarda una o dos semanas en empezar a ayudar, y más en hacer todo su efecto.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  // [MOUD]
                  'La buprenorfina y la metadona tratan el trastorno por consumo de opioides. Alivian los síntomas de abstinencia y las ganas de consumir, y así la vida se puede asentar. Quienes las toman tienen menos riesgo de morir por los opioides.',
                  // [MOUD]
                  'La metadona suele ser una dosis diaria que se da en una clínica. La buprenorfina muchas veces se puede recetar en una consulta médica, y viene en varias formas.',
                  // [MOUD] [NTX]
                  'La naltrexona bloquea el efecto de los opioides. Puede ser una pastilla diaria o una inyección al mes. Solo se puede empezar cuando los opioides llevan una semana o más fuera del cuerpo.',
                  // [AUD]
                  'Para el alcohol, la naltrexona puede hacer que beber dé menos placer, y reducir el consumo excesivo. El acamprosato ayuda a quien ha dejado de beber a seguir sin beber.',
                  // [AD]
                  'Los antidepresivos tratan la depresión y algunos tipos de ansiedad. El ánimo bajo y la preocupación van a menudo de la mano de los problemas con el alcohol o las drogas. La mayoría tarda una o dos semanas en empezar a ayudar.',
                ],
              },
              'A algunas familias les preocupa que la buprenorfina o la metadona solo cambien una droga por otra. No es así. Tomadas como se recetan, son un tratamiento médico probado. Ayudan a las personas a recuperar su vida.',
            ],
            both: [
              {
                list: [
                  // [MSD] (NICE CG185 for bipolar disorder)
                  'Los antipsicóticos tratan la psicosis. Pueden acallar las voces y calmar miedos y creencias que los demás no comparten. También se usan en el trastorno bipolar.',
                  // [RCP-DEPOT]
                  'Una inyección de acción prolongada es un antipsicótico en forma de inyección. Su efecto dura semanas o meses.',
                  // [CLOZ]
                  'La clozapina es un antipsicótico para la esquizofrenia, cuando otros dos no han ayudado lo bastante. Necesita análisis de sangre cada cierto tiempo.',
                  // [LITH]
                  'Los estabilizadores del ánimo, como el litio, ayudan a que el ánimo se mantenga estable en el trastorno bipolar. El litio necesita análisis de sangre cada cierto tiempo.',
                  // [AD]
                  'Los antidepresivos tratan la depresión y algunos tipos de ansiedad. La mayoría tarda una o dos semanas en empezar a ayudar.',
                  // [MOUD]
                  'La buprenorfina y la metadona tratan el trastorno por consumo de opioides. Alivian los síntomas de abstinencia y las ganas de consumir. Quienes las toman tienen menos riesgo de morir por los opioides.',
                  // [MOUD] [NTX]
                  'La naltrexona bloquea el efecto de los opioides. Solo se puede empezar cuando los opioides llevan una semana o más fuera del cuerpo.',
                  // [AUD]
                  'Para el alcohol, la naltrexona puede reducir el consumo excesivo. El acamprosato ayuda a quien ha dejado de beber a seguir sin beber.',
                ],
              },
              'A algunas familias les preocupa que la buprenorfina o la metadona solo cambien una droga por otra. No es así. Tomadas como se recetan, son un tratamiento médico probado.',
            ],
          },
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Cuéntale a quien receta qué otros medicamentos o remedios toma {person}, si le parece bien. Algunos no combinan bien.',
            ],
            'substance-use': ['Cuéntale a quien receta qué otros medicamentos toma {person}, y qué alcohol o drogas consume, si le parece bien. Algunos no combinan bien.'],
            both: ['Cuéntale a quien receta qué otros medicamentos toma {person}, y qué alcohol o drogas consume, si le parece bien. Algunos no combinan bien.'],
          },
        },
      ],
    },
    {
      id: 'side-effects',
      title: 'Los efectos secundarios, y qué ayuda',
      blocks: [
        // [AP-STOP]: unpleasant side effects are a common reason people want to stop.
        'Casi todos los medicamentos tienen efectos secundarios. Muchos son leves y se pasan en las primeras semanas. Otros duran, y algunos importan mucho. Los efectos secundarios son una razón común para querer dejar un medicamento. Por eso vale la pena hablar de ellos sin rodeos.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Con los antipsicóticos, algunas personas notan:',
              {
                // [MSD]
                list: [
                  'sueño, o la sensación de ir más despacio',
                  'subida de peso, y cambios en el azúcar de la sangre',
                  'músculos rígidos, o temblores',
                  'inquietud: una fuerte necesidad de moverse sin parar',
                  'movimientos de la boca o de la cara que no pueden controlar',
                ],
              },
              // [CLOZ] [LITH] [AD]
              'Con la clozapina, los análisis de sangre vigilan una bajada poco común pero grave de las células que combaten las infecciones. El estreñimiento es común y puede ser grave, así que cuéntaselo al equipo. Con el litio, el análisis de sangre sirve para mantener el nivel en un rango seguro. Con los antidepresivos, algunas personas se sienten peor las primeras semanas. Si pasa, díselo a quien receta.',
              // [AD] Safe-messaging: a warning sign and where to go, no more.
              'Avisa enseguida a quien receta si el ánimo baja, o si {person} tiene pensamientos de suicidio, en las primeras semanas de un medicamento nuevo. Con la gente joven hay que tener un cuidado especial. Si hay peligro ahora mismo, llama al número de emergencias de tu zona o a una línea de crisis.',
              'La semana 7 cuenta más sobre qué hacer en una crisis.',
            ],
            'substance-use': [
              'Con la buprenorfina o la metadona, algunas personas notan:',
              {
                // [MIX]
                list: ['estreñimiento', 'sudor', 'sueño o náuseas al principio, hasta dar con la dosis justa'],
              },
              // [MIX]
              'Mezclar estos medicamentos con alcohol o con sedantes, como algunas pastillas para dormir, puede hacer más lenta la respiración y ser peligroso. Vale la pena preguntarle a quien receta por esto sin rodeos.',
              // [NTX]
              'Después de un tiempo con naltrexona, o de cualquier pausa sin opioides, el cuerpo pierde su tolerancia. Si vuelve el consumo de opioides, una sobredosis es mucho más probable.',
              // Naloxone and what to do in an overdose are taught, with their sources, in week 6 (key): point there, don't repeat.
              'La naloxona es un espray o una inyección que puede revertir una sobredosis de opioides durante un tiempo. La semana 7 explica cómo conseguirla y qué hacer. Ante una posible sobredosis, llama primero al número de emergencias de tu zona.',
            ],
            both: [
              'Con los antipsicóticos, algunas personas notan sueño, subida de peso, músculos rígidos, temblores o inquietud. Con la clozapina, los análisis de sangre vigilan un problema poco común pero grave, y hay que estar al tanto del estreñimiento. Con el litio, el análisis de sangre sirve para mantener el nivel en un rango seguro.',
              'Mezclar la buprenorfina o la metadona con alcohol o con sedantes puede hacer más lenta la respiración y ser peligroso. Después de una pausa sin opioides, o de un tiempo con naltrexona, una sobredosis es mucho más probable si vuelve el consumo.',
              'Avisa enseguida a quien receta si el ánimo baja, o si {person} tiene pensamientos de suicidio, en las primeras semanas de un medicamento nuevo. Si hay peligro ahora mismo, llama al número de emergencias de tu zona o a una línea de crisis.',
              'La naloxona es un espray o una inyección que puede revertir una sobredosis de opioides durante un tiempo. La semana 7 explica cómo conseguirla, y qué hacer en cualquier crisis.',
            ],
          },
        },
        { kind: 'link', href: '/course/week/6', label: 'Semana 7: Cuando las cosas se ponen difíciles' },
        'Lo que suele ayudar:',
        {
          list: [
            'Tómate en serio los efectos secundarios, también los pequeños. Son reales, no una excusa.',
            'Si {person} quiere, ayúdale a anotarlos para mostrárselos a quien receta.',
            'Pregúntale a quien receta qué se puede hacer. Muchas veces hay opciones.',
            'Pregunta si algún cambio en la comida, el sueño o la actividad podría ayudar con un efecto como la subida de peso.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            // [AP-STOP] [LITH] [AD]: why, with no method detail.
            'mental-illness': [
              'Dejar un medicamento de golpe puede ser arriesgado. Los síntomas pueden volver rápido y con fuerza. Algunos medicamentos también causan síntomas de abstinencia. Si {person} quiere dejar o cambiar un medicamento, lo más seguro es hablar primero con quien receta. Quien receta puede planear cualquier cambio poco a poco, y ver cómo va.',
            ],
            'substance-use': [
              'Dejar un medicamento de golpe puede ser arriesgado. La abstinencia puede ser dura, y las ganas de consumir pueden volver con fuerza. Si {person} quiere dejar o cambiar un medicamento, lo más seguro es hablar primero con quien receta. Quien receta puede planear cualquier cambio poco a poco, y ver cómo va.',
            ],
            both: [
              'Dejar un medicamento de golpe puede ser arriesgado. Los síntomas, la abstinencia y las ganas de consumir pueden volver con fuerza. Si {person} quiere dejar o cambiar un medicamento, lo más seguro es hablar primero con quien receta. Quien receta puede planear cualquier cambio poco a poco, y ver cómo va.',
            ],
          },
        },
      ],
    },
    {
      id: 'therapies-and-teams',
      title: 'Las terapias y los equipos de atención',
      blocks: [
        'La medicación es solo una parte del tratamiento. Las terapias psicológicas ayudan a ganar habilidades y a dar sentido a lo que se vive. Estas son algunas de las que puedes oír hablar:',
        {
          list: [
            // [AD] [CBTP]
            'La TCC es la terapia cognitivo-conductual. Mira cómo se alimentan entre sí lo que se piensa, lo que se siente y lo que se hace. Enseña formas de salir de los círculos que no ayudan.',
            // [DBT]
            'La DBT es la terapia dialéctica conductual. Ayuda a quien siente las emociones con mucha fuerza. Enseña a aguantar los momentos difíciles, a calmarse y a llevarse bien con los demás.',
            // [FI]
            'La terapia familiar, y unas sesiones para aprender en familia llamadas psicoeducación familiar, incluyen a la familia. Aprendes sobre la enfermedad, formas de sobrellevarla y cómo hablar y resolver problemas en equipo.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              // [EIP]
              'Si {person} ha tenido un primer episodio de psicosis, pregunta por un equipo de intervención temprana. En Estados Unidos puede llamarse atención especializada coordinada. Estos equipos reúnen muchas ayudas: medicación, terapia, apoyo a la familia, y ayuda con el trabajo o los estudios. La ayuda que llega pronto suele funcionar mejor.',
              // [FI] [CBTP]
              'En la psicosis, muchas veces se ofrecen la TCC y el trabajo con la familia junto con la medicación. El trabajo con la familia puede traer menos recaídas. Puedes pedirlo, aunque no te lo hayan ofrecido.',
            ],
            'substance-use': [
              // [AUD]
              'En los problemas con el alcohol y las drogas, la medicación suele funcionar mejor junto con terapia. La TCC puede ayudar a {person} a ver qué le despierta las ganas de consumir, y a tener un plan para cuando lleguen. La terapia familiar puede ayudar a toda la familia a sanar y a volver a hablar.',
              'También pueden ayudar los grupos de ayuda mutua y el apoyo de quien ha vivido lo mismo. A muchas personas les cuesta menos hablar con alguien que ha pasado por ahí.',
            ],
            both: [
              // [EIP]
              'Si {person} ha tenido un primer episodio de psicosis, pregunta por un equipo de intervención temprana. En Estados Unidos puede llamarse atención especializada coordinada. Estos equipos reúnen muchas ayudas: medicación, terapia, apoyo a la familia, y ayuda con el trabajo o los estudios.',
              // [AUD] [FI]
              'En los problemas con el alcohol y las drogas, la medicación suele funcionar mejor junto con terapia. En la psicosis, el trabajo con la familia puede traer menos recaídas. Puedes pedirlo, aunque no te lo hayan ofrecido.',
            ],
          },
        },
        'Puedes preguntar en cualquier servicio: "¿Qué terapias hay? ¿Hay algo para las familias?".',
      ],
    },
    {
      id: 'helping-without-taking-over',
      title: 'Ayudar sin tomar el mando',
      blocks: [
        'Cuando quieres a alguien, es natural querer ocuparte de su tratamiento. Pero el tratamiento funciona mejor cuando {person} lleva las riendas. Estas son formas de ayudar que dejan las decisiones en sus manos:',
        {
          list: [
            'Las citas: ofrécete a llevar a {person}, o a quedarte en la sala de espera. Entra en la consulta solo si te lo pide.',
            'Los recordatorios: solo si {person} los pide. Acuerda con {person} cómo darlos, por ejemplo con un mensaje o una nota. Luego, cumple lo acordado.',
            'Los efectos secundarios: di lo que ves, con cariño y una sola vez. "Te noto con mucho cansancio estos días. ¿Serán las pastillas nuevas?".',
            'Las decisiones: la decisión es suya. Puedes contar lo que te preocupa y aun así respetar lo que decida.',
            'La privacidad: puede que el equipo no te dé detalles si {person} no está de acuerdo. Aun así, tú sí puedes contarle al equipo lo que ves.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Si {person} no quiere un medicamento, es duro de ver. Discutir casi nunca hace cambiar de idea. Pregúntale qué le preocupa. Los efectos secundarios, o no sentirse como siempre, son razones comunes. Son buenos temas para hablar con quien receta.',
            ],
            'substance-use': [
              'Si {person} todavía no quiere tratamiento, es duro de ver. Discutir casi nunca hace cambiar de idea. Pregúntale qué le preocupa. El miedo a la abstinencia, o al qué dirán, son razones comunes. Son buenos temas para hablar con un servicio.',
            ],
            both: [
              'Si {person} todavía no quiere un medicamento o un tratamiento, es duro de ver. Discutir casi nunca hace cambiar de idea. Pregúntale qué le preocupa. Los efectos secundarios, el miedo a la abstinencia o al qué dirán son razones comunes.',
            ],
          },
        },
      ],
    },
    {
      id: 'questions-to-ask',
      title: 'Preguntas para quien receta',
      blocks: [
        'Quien receta es la persona que puede indicar un medicamento. Puede ser alguien de medicina, de enfermería o de otra profesión de la salud. En las citas a veces hay prisa. Una lista corta de preguntas ayuda. Puede que {person} quiera hacer estas preguntas, o hacerlas contigo a su lado:',
        {
          list: [
            '¿Para qué es este medicamento, y qué debería cambiar?',
            '¿En cuánto tiempo deberíamos notar un cambio?',
            '¿Qué efectos secundarios son comunes? ¿Con cuáles hay que llamar a la consulta?',
            '¿Hacen falta pruebas, como análisis de sangre? ¿Cada cuánto?',
            '¿Combina mal con alguna otra cosa?',
            '¿Qué otras opciones hay, con o sin medicación?',
            'Si no le sienta bien, ¿qué podemos hacer, y a quién llamamos?',
            '¿Hay ayuda para la familia, como sesiones familiares?',
          ],
        },
        'Anota las respuestas. Puedes pedirle a quien receta que repita algo con palabras más sencillas.',
      ],
    },
  ],
  story: {
    title: 'La lista de preguntas',
    variants: {
      'mental-illness': [
        'Marta apoya a su {relation}, Alex, que toma un antipsicótico desde hace cuatro meses. Ahora las voces se oyen mucho menos. Pero Alex ha subido de peso y duerme hasta el mediodía.',
        'Una tarde, Alex dijo: "Ya no quiero estas pastillas. Me dejan como un zombi".',
        'Marta sintió que le subía el pánico. Lo primero que pensó fue decir: "¡No puedes dejarlas! ¿Te acuerdas de la última vez?". En lugar de eso, respiró hondo.',
        '"Eso suena muy duro", le dijo. "¿Qué es lo que más te molesta?"',
        '"El peso. Y que por las mañanas no puedo pensar".',
        '"Parece algo que el médico debería oír. ¿Te ayudaría apuntarlo antes de la próxima cita?"',
        'Alex se encogió de hombros, y luego dijo que sí con la cabeza. Entre Marta y Alex hicieron una lista corta. Alex añadió una pregunta propia: ¿habría otra opción?',
        'Alex entró a la consulta por su cuenta, como quería. Marta esperó fuera. Al salir, Alex le contó que el médico se lo había tomado en serio. Hablaron de otras opciones, y de un grupo para salir a caminar. Alex y el médico hicieron un plan, despacio y en equipo.',
        'Marta no arregló los efectos secundarios. Hizo algo igual de útil: ayudó a que Alex siguiera hablando con quienes podían ayudar.',
      ],
      'substance-use': [
        'Kofi apoya a su {relation}, Toni, que empezó a tomar buprenorfina después de años de consumir opioides. Al hermano de Kofi no le gustó nada. "Es cambiar una droga por otra", dijo.',
        'Kofi se había preguntado lo mismo. Así que leyó sobre el tema y preguntó en la clínica. Allí supo que es un tratamiento médico que ayuda a las personas a seguir con vida y a estar bien.',
        'A Toni le iba mejor, pero sentía vergüenza. "Todo el mundo cree que sigo consumiendo", decía.',
        'Kofi no contaba las pastillas ni vigilaba a Toni. Le preguntó: "¿Hay algo que te ayude?".',
        '"Que me lleves a la clínica los martes. Por mi cuenta tardo una eternidad".',
        'Así nació su rato de los martes. Por el camino hablaban, o iban en silencio. Una vez, Toni dijo que el estreñimiento era horrible. Kofi le dijo: "¿Y si lo preguntas en la clínica?". Toni preguntó, y había ayuda para eso.',
        'Kofi también tiene naloxona en casa, por si acaso, y sabe qué hacer. Espera no necesitarla nunca.',
        'Kofi le contó a su hermano, con calma, lo que había aprendido. Su hermano todavía tiene dudas. Pero un martes se sumó al viaje.',
      ],
      both: [
        'Luis apoya a su {relation}, Eli, que vive con depresión desde hace años. Eli bebe casi todas las noches para poder dormir. La doctora le ofreció un antidepresivo, naltrexona para la bebida y terapia cognitivo-conductual.',
        'Eli no lo tenía claro. "No quiero pasarme la vida tomando pastillas", dijo.',
        'Luis quería decirle: "¡Tómatelas y ya!". Pero en vez de eso le preguntó: "¿Qué te gustaría saber antes de decidir?".',
        'Eli lo pensó. ¿Cuánto tardaría en hacer efecto? ¿Qué efectos secundarios tenía? ¿Sería seguro con una copa?',
        '"Son buenas preguntas", dijo Luis. "¿Quieres llevárselas a la doctora?"',
        'Eli las apuntó y las hizo en la consulta. La doctora respondió a cada una. Dijo que no había prisa, y que la terapia podía empezar antes, si Eli quería.',
        'Eli decidió empezar por la terapia, y pensar con calma lo de los medicamentos. A Luis le costó no presionar. Pero Eli siguió yendo a terapia, semana tras semana.',
        'Un mes después, Eli le preguntó a la doctora por la naltrexona. Fue su propia decisión, y por eso siguió adelante con ella.',
      ],
    },
  },
  takeaways: [
    'La buena atención suele ser una mezcla: medicación, terapia y ayuda con la vida diaria.',
    'Dar con lo que funciona puede llevar tiempo. Es común, y no quiere decir que no haya esperanza.',
    'Los efectos secundarios son reales. Tómatelos en serio y coméntalos con quien receta.',
    'Nunca presiones para empezar, dejar o cambiar un medicamento. Eso lo deciden {person} y quien receta.',
    'Ayuda de las formas que {person} te pida, y deja las decisiones en sus manos.',
  ],
  reflections: [
    {
      id: 'tr-feelings-about-treatment',
      prompt: '¿Qué sientes cuando piensas en {person} y en su tratamiento?',
      hint: '¿Esperanza, miedo, dudas, alivio? Todo cabe aquí.',
    },
    {
      id: 'tr-help-they-want',
      prompt: '¿Qué ayuda con el tratamiento te ha pedido {person}, o podría agradecer?',
      hint: 'Si no lo tienes claro, puedes preguntárselo.',
    },
  ],
  practice: {
    id: 'tr-practice',
    title: 'Preparar una cita, en equipo',
    intro: [
      'Esta semana, ofrécete a ayudar a {person} a preparar su próxima cita. Que siga siendo su plan. Tú ayudas, no mandas.',
    ],
    steps: [
      'Pregúntale si quiere ayuda para prepararse: "¿Te ayudaría apuntar algunas preguntas?".',
      'Pregúntale qué quiere sacar de la cita, con sus propias palabras.',
      'Ayúdale a anotar los cambios que ha notado, buenos y malos, también los efectos secundarios.',
      'Elige con {person} dos o tres preguntas de la lista de esta lección que le importen.',
      'Pregúntale qué quiere ese día: ayuda para llegar, compañía en la sala de espera o nada de nada.',
    ],
    plan: [
      { id: 'their-goal', label: '¿Qué quiere {person} de la próxima cita?' },
      { id: 'questions', label: '¿Qué preguntas va a llevar?', hint: 'Con dos o tres basta.' },
      { id: 'my-part', label: '¿Qué ayuda me ha pedido?', hint: 'No pasa nada si la respuesta es "ninguna".' },
    ],
  },
  selfCheck: [
    {
      id: 'tr-wants-to-stop',
      question: '{Person} te dice que quiere dejar un medicamento. ¿Qué suele ayudar más?',
      options: [
        { text: 'Insistir en que lo siga tomando.', correct: false },
        { text: 'Preguntarle qué le molesta, y proponerle que primero lo hable con quien receta.', correct: true },
        { text: 'Decirle que lo deje si quiere.', correct: false },
      ],
      explanation:
        'Dejarlo de golpe puede ser arriesgado, y solo quien receta puede planear un cambio con seguridad. Presionar hacia un lado o hacia el otro suele salir mal. Escuchar sus razones mantiene viva la conversación, y muchas veces son cosas con las que quien receta puede ayudar.',
    },
    {
      id: 'tr-side-effects',
      question: 'Desde que toma un medicamento nuevo, notas que {person} va como a cámara lenta. ¿Qué podrías hacer?',
      options: [
        { text: 'Decir lo que ves, con cariño y una vez: "Te noto con mucho cansancio estos días. ¿Será el medicamento nuevo?".', correct: true },
        { text: 'Cambiar por tu cuenta cómo lo toma.', correct: false },
        { text: 'Ofrecerte a ayudarle a anotarlo para quien receta, si quiere.', correct: true },
      ],
      explanation:
        'Notar un efecto secundario y nombrarlo con cuidado es una ayuda real, y también lo es ayudar a llevarlo a quien receta. Cambiar un medicamento por tu cuenta puede ser arriesgado. Muchas veces hay otras opciones, y quien receta puede explicarlas.',
    },
    {
      id: 'tr-reminders',
      question: '¿Cuándo es más probable que ayuden los recordatorios de la medicación?',
      options: [
        { text: 'Cuando {person} los ha pedido, y de la forma que acordaste con {person}.', correct: true },
        { text: 'Cada día, los quiera o no.', correct: false },
      ],
      explanation:
        'Los recordatorios que nadie pidió se pueden vivir como vigilancia, y pueden traer peleas. Cuando {person} elige la ayuda, el plan sigue siendo suyo. Si te preocupa que se salte dosis, es algo para hablar con {person}, o con el equipo.',
    },
    {
      id: 'tr-mix-of-care',
      question: '¿Cuál de estas frases es cierta sobre el tratamiento?',
      options: [
        { text: 'Dar con el medicamento o la dosis adecuada puede llevar varios intentos.', correct: true },
        { text: 'Si el primer medicamento no sienta bien, el tratamiento no va a funcionar.', correct: false },
        { text: 'La terapia y las sesiones para familias pueden ayudar junto con la medicación.', correct: true },
      ],
      explanation:
        'Muchas veces lleva tiempo dar con lo que funciona, y es algo común. El tratamiento funciona mejor como una mezcla. Si un primer intento te ha desanimado, es comprensible. Muchas personas acaban encontrando un plan que les va bien.',
    },
  ],
  forYou: {
    title: 'Lo que tú sientes sobre el tratamiento',
    blocks: [
      'Puede que tengas tu propia historia con los medicamentos o la terapia. Puede que tengas esperanzas que parecen demasiado grandes, o miedos que no has dicho en voz alta. Ayuda darse cuenta de ellos. Son tuyos, y también merecen cuidado.',
      'Ver a alguien a quien quieres luchar con su tratamiento cansa. No puedes hacer que funcione en su lugar. Lo que sí puedes es cuidarte mientras esperas: descansar, hablar con alguien de confianza o unirte a un grupo de familias.',
      'Si te sirve, pregunta al equipo qué apoyo tiene para las familias. Muchos tienen más del que cuentan.',
    ],
  },
};
