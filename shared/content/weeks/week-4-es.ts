import type { Week } from '../course-types.ts';

/**
 * Week 4 in Spanish (issue #17): the same week as week-4.ts, written anew for a family at home,
 * not word for word. Its sources are in week-4.ts, beside the English.
 *
 * The shape mirrors the English (ids, block kinds and order, variant keys; a unit test holds
 * it to that). Tú throughout, and no gender for the reader. This week is mostly things to say
 * out loud, so the quoted lines are written to need no agreement with the person supported
 * either: "No tengo ninguna enfermedad" rather than "No estoy enfermo", "No lo veas todo tan
 * negro" rather than "No seas tan negativo", a label as a word said of "alguien". Where the
 * English says "you both want", Spanish would need "ustedes" or "vosotros"; it says "una meta
 * en común" or "importante para ti y para {person}" instead. In the stories Hiroshi, on the
 * reader's side, is a man, and Ren works for any gender, since the reader's choice decides who
 * Ren is. LEAP keeps its English name, said to be one, since that is how families will meet it.
 * Words are chosen to read alike in Mexico, the United States and Spain: "charla", "regañar",
 * "me haces falta", "la hierba"; no "porro", "echar la bronca", "enfado" or "enojo".
 */
export const week: Week = {
  number: 4,
  title: 'Una forma de hablar que deja la puerta abierta',
  summary: 'Formas de escuchar y de hablar que bajan la tensión y mantienen viva la conversación, incluso cuando ves las cosas de otra manera.',
  minutes: 35,
  welcome: [
    'Puede que otras veces hablar con {person} haya salido mal. Quizá todo acabó en gritos, en lágrimas o en un largo silencio. Si es así, le pasa a mucha gente. Casi todas las familias se quedan atrapadas en los mismos círculos. No es señal de que hayas fallado, ni de que a {person} le dé igual.',
    'Esta semana habla de pequeños cambios en la forma de escuchar y de hablar. No lo van a arreglar todo. Pero muchas veces hacen que la siguiente charla sea un poco más fácil. Y dejan la puerta abierta para la que venga después.',
  ],
  sections: [
    {
      id: 'listen-to-understand',
      title: 'Escuchar para entender',
      blocks: [
        'Casi siempre escuchamos para responder. Mientras la otra persona habla, ya estamos pensando qué decir. Y cuando algo nos preocupa, también buscamos pruebas: pruebas de que todo va mal, o de que todo va bien.',
        'Escuchar para entender es otra cosa. Tu única tarea es descubrir cómo se ven las cosas desde el lugar de {person}. No tienes que estar de acuerdo. No tienes que arreglar nada. Solo quieres entenderlo bien.',
        'Una de las mejores herramientas es reflejar. Dices con tus palabras lo que oíste, y preguntas si lo entendiste bien. Por ejemplo:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  '"Parece que esta semana el trabajo ha sido muy duro".',
                  '"Entonces sientes que todo el mundo te vigila. ¿Es así?".',
                  '"Me dices que por la noche tu cabeza no para".',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  '"Parece que esta semana el trabajo ha sido muy duro".',
                  '"Entonces sientes que siempre te estamos vigilando. ¿Es así?".',
                  '"Me dices que beber algo te ayuda a desconectar por la noche".',
                ],
              },
            ],
            both: [
              {
                list: [
                  '"Parece que esta semana el trabajo ha sido muy duro".',
                  '"Entonces sientes que todo el mundo te vigila. ¿Es así?".',
                  '"Me dices que beber algo te ayuda a desconectar por la noche".',
                ],
              },
            ],
          },
        },
        'Reflejar demuestra que escuchaste. Hace que la charla vaya más despacio. Además, le da a {person} la ocasión de corregirte. Y así, muchas veces, cuenta más.',
        'Algunas ideas más:',
        {
          list: [
            'Haz preguntas abiertas, como "¿Cómo fue eso para ti?".',
            'Deja que haya pausas. El silencio da espacio para pensar.',
            'Deja el teléfono a un lado y presta toda tu atención.',
            'Si sientes ganas de corregir, espera. Ya podrás dar tu opinión más tarde.',
          ],
        },
      ],
    },
    {
      id: 'validate-feelings',
      title: 'Validar lo que siente, sin darle la razón en todo',
      blocks: [
        'Validar es reconocer que una emoción tiene sentido. Es decirle a {person}: "Lo que sientes es real, y me lo tomo en serio". Muchas personas que lo pasan mal sienten que nadie las entiende. Sentir que alguien te entiende puede calmar más que cualquier consejo.',
        'Validar una emoción no es lo mismo que estar de acuerdo con todo. Puedes aceptar lo que siente y, aun así, ver los hechos o las decisiones de otra manera. Por ejemplo:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  '"Veo el miedo que tienes. Debe de ser horrible". No tienes que darle la razón en que los vecinos espían.',
                  '"Tiene sentido que tengas el ánimo bajo después de perder el trabajo". No tienes que darle la razón en que nunca volverá a trabajar.',
                  '"Sientes que nadie te escucha. Quiero que eso cambie". No tienes que decir que sí a todo lo que pida.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  '"Veo cuánto dolor tienes. Debe de ser horrible". No tienes que darle la razón en que más pastillas son la solución.',
                  '"Tiene sentido que sientas rabia por perder el trabajo". No tienes que darle la razón en que beber es la solución.',
                  '"Sientes que nadie te escucha. Quiero que eso cambie". No tienes que decir que sí a todo lo que pida.',
                ],
              },
            ],
            both: [
              {
                list: [
                  '"Veo el miedo que tienes. Debe de ser horrible". No tienes que darle la razón en que los vecinos espían.',
                  '"Tiene sentido que sientas rabia por perder el trabajo". No tienes que darle la razón en que beber es la solución.',
                  '"Sientes que nadie te escucha. Quiero que eso cambie". No tienes que decir que sí a todo lo que pida.',
                ],
              },
            ],
          },
        },
        'Intenta no quitarle importancia a una emoción, aunque lo hagas con buena intención. Frases como "Cálmate", "No es para tanto" o "No deberías sentirte así" suelen dejar a la persona más sola.',
        'Lo que se siente y lo que se hace son cosas distintas. Una emoción nunca está mal en sí misma. Pero los actos sí pueden tener límites. Podrías decir: "Entiendo que tengas tanta rabia. Pero no acepto que me grites. Hablemos cuando haya más calma". Esa sola frase lleva tu cariño y tu límite a la vez.',
      ],
    },
    {
      id: 'five-keys',
      title: 'Cinco claves para una charla con más calma',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Muchos programas para familias enseñan unas pocas claves para las charlas difíciles. Algunos lo llaman comunicación positiva. Las claves sirven para todo tipo de preocupaciones, también las de salud mental.',
            ],
            'substance-use': [
              'Los programas para familias de personas que beben o consumen drogas suelen enseñar unas pocas claves para las charlas difíciles. Algunos lo llaman comunicación positiva. Se crearon para preocupaciones como la tuya.',
            ],
            both: [
              'Los programas para familias de personas que beben o consumen drogas suelen enseñar unas pocas claves para las charlas difíciles. Algunos lo llaman comunicación positiva. Las claves también sirven para las preocupaciones de salud mental.',
            ],
          },
        },
        {
          list: [
            'Habla en positivo. Empieza por lo que te gustaría, no por lo que salió mal. "Me encantaría cenar contigo más a menudo" funciona mejor que "Nunca estás en casa".',
            'Habla desde el "yo". Di lo que sientes tú. "Me preocupo cuando no sé nada de ti" se oye más suave que "Me haces sufrir".',
            'Muestra comprensión. Deja ver que entiendes su punto de vista. "Sé que estos días han sido difíciles para ti".',
            'Comparte la responsabilidad. Reconoce una parte pequeña, aunque sea solo la tensión. "Sé que últimamente te he regañado mucho". No es cargar con la culpa. Solo ayuda a bajar la guardia.',
            'Ofrece ayuda. "¿Hay algo que pueda hacer?" o "¿Te ayudaría que fuera contigo?".',
          ],
        },
        'Así puede sonar todo junto:',
        '"Me hacen falta nuestras charlas. Sé que las cosas han sido difíciles para ti, y que yo enseguida me pongo a regañarte. Me preocupo cuando no sé nada de ti. ¿Te gustaría salir a caminar el domingo y hablar? Quiero ayudarte en lo que pueda".',
        'No siempre va a funcionar. Pero hace más probable una buena charla, y menos probable una pelea. Y con la práctica, cada vez cuesta menos.',
      ],
    },
    {
      id: 'when-they-dont-see-a-problem',
      title: 'Cuando no ve ningún problema',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'En la semana 2 vimos por qué algunas personas no logran ver que tienen una enfermedad. Puede ser parte de la enfermedad, no algo que elijan. Discutirlo casi nunca ayuda. Cuanto más empujas, más se defiende.',
            ],
            'substance-use': [
              'En la semana 2 vimos por qué una persona puede no ver un problema. Con la bebida o las drogas, puede creer de verdad que lo tiene bajo control. O puede que una parte quiera cambiar y otra no. Discutirlo casi nunca ayuda. Cuanto más empujas, más se defiende.',
            ],
            both: [
              'En la semana 2 vimos por qué algunas personas no logran ver que tienen una enfermedad. Con la bebida o las drogas, además, una persona puede creer de verdad que no hay ningún problema. Discutirlo casi nunca ayuda. Cuanto más empujas, más se defiende.',
            ],
          },
        },
        'Un psicólogo, Xavier Amador, creó un enfoque para estos momentos. Se llama LEAP, por sus siglas en inglés. Tiene cuatro pasos:',
        {
          list: [
            'Escuchar. Pregunta por su punto de vista y devuélvele lo que oyes, sin discutir. Descubre qué quiere y qué le da miedo.',
            'Empatizar. Ponle nombre a las emociones que notas. "Eso suena muy frustrante". Si le molesta que digan que tiene una enfermedad, también puedes mostrar empatía con eso.',
            'Acordar. Busca puntos en común. Puede que no haya acuerdo sobre si existe una enfermedad. Pero quizá hay cosas importantes para ti y para {person}: menos peleas, más libertad o dormir mejor.',
            'Colaborar. Avanza con {person} hacia esa meta común. "Tú quieres que la familia te deje en paz, y yo quiero preocuparme menos. ¿Qué podría ayudar con las dos cosas?".',
          ],
        },
        'Si te pregunta qué piensas, puedes decirlo en pocas palabras. Di que quizá te equivocas, y que está bien no pensar igual. Después, vuelve a esa meta común.',
        'LEAP no es un truco para ganar. Es una forma de cuidar la confianza mientras cada persona ve las cosas a su manera. La confianza es lo que te mantiene lo bastante cerca para ayudar. El cambio suele llegar más tarde, con una meta que elige {person}.',
      ],
    },
    {
      id: 'what-closes-the-door',
      title: 'Lo que suele cerrar la puerta',
      blocks: [
        'Algunas costumbres son muy humanas y cuesta dejarlas. Pero suelen cortar la conversación. Intenta evitar:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  'Discutir sobre el diagnóstico. Casi nunca hace cambiar de opinión, y muchas veces se pierde confianza.',
                  'Ultimátums en plena discusión. "Déjalo o me voy", gritado con rabia, es difícil de cumplir y suena a amenaza. Los límites funcionan mejor cuando los piensas con calma. La semana 6 habla de esto.',
                  'Etiquetas. Llamar a alguien "vago" o "exagerado", o decir que "solo quiere llamar la atención", deja marca. Habla de lo que hace, no de cómo es.',
                  'Siempre y nunca. "Siempre lo arruinas todo" abre una pelea sobre la palabra "siempre".',
                  'Sermones largos. Después del primer minuto, casi nadie sigue escuchando.',
                  'Charlas difíciles cuando pasa por mucha angustia, o está muy mal. Espera a un momento más tranquilo.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  'Discutir sobre la bebida o las drogas. Casi nunca hace cambiar de opinión, y muchas veces se pierde confianza.',
                  'Ultimátums en plena discusión. "Déjalo o me voy", gritado con rabia, es difícil de cumplir y suena a amenaza. Los límites funcionan mejor cuando los piensas con calma. La semana 6 habla de esto.',
                  'Etiquetas. Llamar a alguien "vago", "mentiroso" o "borracho" deja marca. Habla de lo que hace, no de cómo es.',
                  'Siempre y nunca. "Siempre lo arruinas todo" abre una pelea sobre la palabra "siempre".',
                  'Sermones largos. Después del primer minuto, casi nadie sigue escuchando.',
                  'Charlas difíciles cuando ha bebido o consumido. Espera a un momento más tranquilo.',
                ],
              },
            ],
            both: [
              {
                list: [
                  'Discutir sobre el diagnóstico o la bebida. Casi nunca hace cambiar de opinión, y muchas veces se pierde confianza.',
                  'Ultimátums en plena discusión. "Déjalo o me voy", gritado con rabia, es difícil de cumplir y suena a amenaza. Los límites funcionan mejor cuando los piensas con calma. La semana 6 habla de esto.',
                  'Etiquetas. Llamar a alguien "vago", "mentiroso" o "borracho" deja marca. Habla de lo que hace, no de cómo es.',
                  'Siempre y nunca. "Siempre lo arruinas todo" abre una pelea sobre la palabra "siempre".',
                  'Sermones largos. Después del primer minuto, casi nadie sigue escuchando.',
                  'Charlas difíciles cuando ha bebido o consumido, o cuando pasa por mucha angustia. Espera a un momento más tranquilo.',
                ],
              },
            ],
          },
        },
        'Te vas a equivocar. Le pasa a todo el mundo. Cuando una charla sale mal, puedes repararla: "Siento haberte gritado anoche. Me gustaría intentarlo otra vez". Reparar puede enseñar tanto como una charla perfecta.',
        'Si una charla llega a las amenazas, o temes por la seguridad de alguien, detente. Vete a un lugar seguro. Llama al número de emergencias de donde estés, o usa el botón "¿Necesitas ayuda ahora?", arriba en cada pantalla.',
      ],
    },
  ],
  story: {
    title: 'Otra forma de hablar',
    variants: {
      'mental-illness': [
        'Hiroshi apoya a su {relation}, Ren, que vive con esquizofrenia. La primavera pasada, Ren empezó a creer que los vecinos lo veían todo a través de las paredes. Dejó de ir a sus citas y casi no dormía.',
        'Al principio, Hiroshi discutía. "No hay cámaras. Estás mal. Tienes que ir al médico". Cada charla acababa con Ren gritando o yéndose. Con el tiempo, Ren dejó de hablarle del todo.',
        'En un grupo de familias, Hiroshi conoció el enfoque LEAP. La siguiente vez que Ren habló de los vecinos, no discutió. Escuchó. Luego dijo: "Entonces sientes que te vigilan, incluso de noche. Eso da mucho miedo".',
        'Ren levantó la vista. "Sí. No puedo dormir. Ya no puedo más".',
        'Hiroshi dijo: "Ese cansancio debe de ser horrible. Yo también querría sentirme a salvo y poder dormir". No dijo ni una palabra sobre cámaras.',
        'Esa misma semana, Ren le preguntó qué pensaba. Hiroshi le dijo con calma: "Yo lo veo un poco distinto. Puede que me equivoque, y no hace falta que pensemos igual. Pero los dos queremos que duermas".',
        'Le preguntó a Ren si querría hablar del sueño con su médico. Ren dijo que lo pensaría. Dos semanas después, fue a la cita.',
        'Eso no acabó con los miedos. Seguía habiendo días difíciles. Pero Ren volvía a hablar con Hiroshi, y eso dejó la puerta abierta a todo lo demás.',
      ],
      'substance-use': [
        'Hiroshi apoya a su {relation}, Ren, que empezó a consumir cocaína cuando salía de noche. Pronto fue casi todos los fines de semana, y algunos días entre semana. Ren decía que lo tenía bajo control. "Lo hace todo el mundo. Estás exagerando".',
        'Hiroshi se quedaba despierto esperando. Cuando Ren entraba por la puerta, empezaban los reproches. "Estás tirando tu vida a la basura". Ren daba un portazo. Una vez, con rabia, Hiroshi dijo: "Déjalo, o no vuelvas". No lo decía en serio, y los dos lo sabían.',
        'En un grupo de apoyo para familias, Hiroshi aprendió unas claves para hablar con más calma. Eligió un domingo tranquilo por la mañana, cuando Ren había descansado.',
        'Le dijo: "Me haces falta. Sé que el trabajo ha sido muy duro, y que yo enseguida me pongo a gritar. Me asusto cuando sales hasta tarde y no puedo localizarte. ¿Podemos hablar?".',
        'Ren se quedó en silencio. Luego dijo: "El trabajo me está aplastando. Los fines de semana son el único momento en que me siento yo".',
        'Hiroshi no discutió. Le dijo: "Entonces los fines de semana son tu único respiro. Tiene sentido". Luego le preguntó: "¿Te ayudaría que miráramos juntos lo del estrés del trabajo? Puedo ayudarte a buscar a alguien con quien hablar".',
        'Ren dijo que lo pensaría. Ese mes no dejó de consumir. Pero empezó a mandar un mensaje cuando iba a llegar tarde. Y una tarde, Ren sacó por su cuenta el tema del estrés en el trabajo. Hiroshi escuchó. La puerta estaba abierta.',
      ],
      both: [
        'Hiroshi apoya a su {relation}, Ren, que vive con trastorno bipolar. Cuando su ánimo baja, Ren bebe más. Cuando sube demasiado, casi no duerme. Ren dice que no pasa nada con la bebida, y que el diagnóstico está mal.',
        'Durante mucho tiempo, Hiroshi intentó demostrar que tenía razón. Le leía listas de señales. Contaba las botellas. Cada charla acababa en pelea, y Ren empezó a evitarlo.',
        'Entonces Hiroshi probó LEAP. Ren le dijo: "No tengo ninguna enfermedad. Solo me cansa que todo el mundo esté encima de mí". Hiroshi no discutió. Le dijo: "Entonces sientes que la gente siempre te vigila y te juzga. Eso tiene que ser agotador".',
        'Ren dijo: "Lo es. Y odio lo mal que me siento después de una semana sin parar".',
        'Hiroshi oyó algo en lo que podía estar de acuerdo. "A mí también me duele verte tan mal. Puede que no pensemos igual sobre el diagnóstico. Pero los dos queremos menos bajones como ese, ¿verdad?".',
        'Ren asintió. Hiroshi le preguntó: "¿Qué crees que ayuda, y qué lo empeora?". Ren dijo que dormir mal y beber tarde por la noche parecían hacer el bajón más duro.',
        'Acordaron un paso pequeño cada uno. Ren probaría a acostarse a una hora fija durante dos semanas. Hiroshi dejaría de contar botellas. No era una cura. Pero era un comienzo, y lo decidieron entre los dos.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-4.ts.
    // The psychosis reader already meets schizophrenia in the situation story.
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Hiroshi apoya a su {relation}, Ren, que vive con trastorno bipolar. El verano pasado, en una fase alta, Ren les habló con mucha dureza a unos amigos en la boda de su hermana. Unas semanas después, su ánimo se hundió. Desde entonces, Ren se quedaba en casa y no quería ver a nadie.',
          'Hiroshi intentaba darle ánimos. "No es para tanto. Todo el mundo se ha olvidado ya". Ren se quedaba en silencio y salía de la habitación. Pasó una y otra vez.',
          'En un grupo de familias, Hiroshi aprendió a escuchar para entender. "No corras a arreglarlo", dijo la persona que guiaba el grupo. "Devuelve lo que oyes, y ponle nombre a la emoción".',
          'La siguiente vez que Ren habló de la boda, Hiroshi solo escuchó. Luego dijo: "Entonces sientes vergüenza por ese día, y miedo de que vuelva a pasar".',
          'Ren levantó la vista. "Sí. No confío en mi propia cabeza".',
          'Hiroshi dijo: "Eso da mucho miedo. Tiene sentido que quieras esconderte". No le dijo a Ren cómo sentirse. No le dijo que no era nada.',
          'Una semana después, Ren le preguntó qué pensaba. Hiroshi dijo: "Veo a una persona que estaba mal, no a una mala persona. Si quieres, me gustaría ayudarte a notar las señales antes la próxima vez".',
          'Ren decidió escribir sus primeras señales con su equipo de salud, y compartirlas con Hiroshi. Eso no borró la boda. Pero Ren volvía a hablar con él, y eso dejó la puerta abierta.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Hiroshi apoya a su {relation}, Ren, que vive con depresión. Desde hace meses, Ren vuelve del trabajo y se va directo a la cama. "¿Para qué?", dice a menudo. "Nada de lo que hago sale bien".',
          'A Hiroshi le dolía oírlo. "No lo veas todo tan negro", le decía. "Mira todo lo bueno que tienes". Ren asentía y dejaba de hablar. Pronto, Ren casi no le hablaba.',
          'En un grupo de familias, Hiroshi aprendió a validar emociones. Puedes decir que una emoción tiene sentido sin estar de acuerdo con cada palabra. Quitarle importancia a una emoción, aunque sea con cariño, puede dejar a la persona más sola.',
          'La siguiente vez que Ren dijo que nada le salía bien, Hiroshi se sentó a su lado. Le dijo: "Parece que te has esforzado muchísimo, y sientes que nada cambia. Eso tiene que ser agotador".',
          'A Ren se le llenaron los ojos de lágrimas. "Sí. Siento que le fallo a todo el mundo".',
          'Hiroshi no discutió. Le dijo: "Me alegra mucho que me lo cuentes. Yo lo veo un poco distinto, pero entiendo por qué lo sientes así".',
          'Más tarde le preguntó: "¿Te ayudaría contarle a tu médico lo pesado que ha sido todo? Puedo ir contigo". Ren dijo que quizá. Una semana después, fueron.',
          'Los días bajos no se acabaron de golpe. Pero ahora Ren habla con Hiroshi, también en los días malos. Eso dejó la puerta abierta a todo lo demás.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Hiroshi apoya a su {relation}, Ren, que vive con psicosis. Ren oye una voz que le habla con desprecio, y fuma cannabis casi todas las noches. Ren dice que el cannabis es lo único que le ayuda.',
          'Hiroshi había leído que el cannabis puede empeorar la psicosis. Así que cada charla acababa en pelea. "Es por la hierba. Tienes que dejarla". Ren le gritaba, o se iba.',
          'Entonces Hiroshi conoció LEAP en un grupo de familias. La siguiente vez que Ren se puso a fumar, Hiroshi no le soltó un sermón. Le preguntó: "¿En qué te ayuda?".',
          'Ren se sorprendió. "Hace que la voz se calle un rato. Es el único descanso que tengo".',
          'Hiroshi dijo: "Entonces es lo único que te da un respiro de la voz. Tiene sentido. Vivir con esa voz suena agotador".',
          'Ren asintió. Hiroshi buscó algo en lo que pudieran estar de acuerdo. "Los dos queremos que tengas más respiros, y que la voz se oiga menos. ¿Le preguntarías a tu equipo qué más podría ayudar?".',
          'Ren dijo que lo pensaría. En la siguiente cita, Ren le habló al equipo del cannabis por primera vez. El equipo habló con Ren de la voz y del cannabis, y de lo que Ren quería probar.',
          'Ren todavía fuma algunas noches. Pero ya no lo esconde, y vuelve a hablar con Hiroshi. Eso dejó la puerta abierta a todo lo demás.',
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          'Hiroshi apoya a su {relation}, Ren, que vive con depresión. Ren bebe casi todas las noches, y dice que es lo único que le ayuda a dormir. "Déjalo. Estoy bien", dice Ren cada vez que Hiroshi pregunta.',
          'Durante mucho tiempo, Hiroshi discutía. Contaba las latas en la basura y le leía datos sobre el alcohol y el ánimo. Ren dejó de salir de su cuarto cuando Hiroshi estaba en casa.',
          'En un grupo de familias, Hiroshi aprendió unas claves para hablar con más calma. Eligió un domingo por la mañana, cuando Ren no había bebido.',
          'Le dijo: "Me haces falta. Sé que las noches han sido muy duras, y que yo he estado muy encima de ti. Me preocupo cuando te oigo por la casa a las tres de la mañana. ¿Podemos hablar?".',
          'Ren se sentó. "No puedo apagar la cabeza. Beber es lo único que la para un rato".',
          'Hiroshi no discutió. "Entonces beber es tu forma de tener un respiro de tu propia cabeza. Tiene sentido. Suena agotador". Luego le preguntó: "¿Te ayudaría ir al médico por lo de las noches? Puedo ir contigo".',
          'Ren dijo que lo pensaría. Una semana después, fueron. En la consulta le preguntaron por su ánimo y por la bebida, y le ofrecieron ayuda con las dos cosas.',
          'Ren todavía bebe algunas noches. Pero han vuelto a hablar, y eso dejó la puerta abierta a todo lo demás.',
        ],
      },
    ],
  },
  takeaways: [
    'Escucha para entender, no para ganar.',
    'Devuelve lo que oíste antes de dar tu opinión.',
    'Puedes validar una emoción sin darle la razón en todo.',
    'Habla en positivo y desde el "yo", comparte la carga y ofrece ayuda.',
    'Cuando {person} no ve un problema, busca una meta en común.',
  ],
  reflections: [
    {
      id: 'w4-hard-talk',
      prompt: 'Piensa en una charla con {person} que salió mal. ¿Qué podías estar sintiendo tú por dentro? ¿Y {person}?',
      hint: 'El miedo, la vergüenza, el cansancio y el amor se esconden muchas veces bajo la rabia, a ambos lados.',
    },
    {
      id: 'w4-shared-goal',
      prompt: '¿Hay algo que tú quieres y que {person} también quiere, aunque cada persona vea el problema a su manera?',
      hint: 'Puede ser algo pequeño: menos peleas, dormir mejor, más tiempo en compañía, más libertad.',
    },
  ],
  practice: {
    id: 'w4-practice',
    tools: [
      { href: '/prompts', label: 'Busca qué decir en la biblioteca de frases' },
      { href: '/plans/new', label: 'Prepara una conversación difícil' },
      { href: '/practice', label: 'Ensaya con tarjetas de situaciones' },
    ],
    title: 'Escucha, refleja y después habla',
    intro: [
      'Esta semana, practica una sola habilidad: escuchar y reflejar antes de dar tu opinión. Empieza por algo pequeño. Una charla sobre su día, una película o un plan para el fin de semana es un buen comienzo.',
      'Estás creando un hábito. Las charlas fáciles son para practicar, y así las difíciles salen mejor más adelante.',
    ],
    steps: [
      'Elige un momento con calma, cuando nadie tenga prisa, sueño o un mal día.',
      'Haz una pregunta abierta, como "¿Cómo te fue hoy?" o "¿Cómo fue eso para ti?".',
      'Escucha sin lanzarte a arreglar, corregir ni aconsejar.',
      'Devuelve con tus palabras lo que oíste: "Entonces parece que...". Luego comprueba: "¿Lo entendí bien?".',
      'Solo entonces, si te lo pide o viene al caso, da tu opinión hablando desde el "yo".',
    ],
    plan: [
      {
        id: 'w4-plan-when',
        label: '¿Cuándo y dónde lo voy a probar?',
      },
      {
        id: 'w4-plan-question',
        label: '¿Qué pregunta abierta podría hacer?',
        hint: 'Las preguntas que empiezan con "cómo" o "qué" suelen abrir la charla.',
      },
      {
        id: 'w4-plan-pause',
        label: '¿Qué voy a hacer si los ánimos se empiezan a calentar?',
        hint: 'Por ejemplo: "Hagamos una pausa y seguimos luego".',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w4-check-reflecting',
      question: '¿Qué quiere decir "reflejar" lo que oyes?',
      options: [
        { text: 'Decir con tus palabras lo que oíste, y comprobar que lo entendiste bien', correct: true },
        { text: 'Pensar en silencio en lo que hizo mal', correct: false },
        { text: 'Repetir tu idea hasta que la acepte', correct: false },
      ],
      explanation:
        'Reflejar le muestra a {person} que oíste lo que dijo. Hace que la charla vaya más despacio, y le da la ocasión de corregirte o de contar más.',
    },
    {
      id: 'w4-check-validate',
      question: '¿Qué quiere decir validar una emoción?',
      options: [
        { text: 'Decir que la emoción tiene sentido, sin darle la razón en todo', correct: true },
        { text: 'Estar de acuerdo con todo lo que quiera hacer', correct: false },
        { text: 'Decirle cómo debería sentirse', correct: false },
      ],
      explanation:
        'Puedes aceptar lo que siente {person} y, aun así, ver los hechos o las decisiones de otra manera. "Veo la rabia que tienes" no quiere decir "Tienes razón en todo".',
    },
    {
      id: 'w4-check-i-statement',
      question: '¿Cuál de estas frases habla desde el "yo"?',
      options: [
        { text: '"Siempre me asustas cuando haces eso"', correct: false },
        { text: '"Me preocupo cuando no sé nada de ti, porque me importas"', correct: true },
        { text: '"Todo el mundo piensa que necesitas ayuda"', correct: false },
      ],
      explanation:
        'Una frase desde el "yo" habla de lo que tú sientes. Se oye mejor que un reproche, así que es menos probable que la otra persona se defienda. Lleva práctica, así que no te preocupes si al principio te resulta raro.',
    },
    {
      id: 'w4-check-leap',
      question: '{Person} te dice: "No tengo ninguna enfermedad. Déjame en paz". ¿Qué encaja con el enfoque LEAP?',
      options: [
        { text: 'Hacer una lista de todas las señales que prueban que tiene una enfermedad', correct: false },
        { text: 'Escuchar, devolver lo que oíste y buscar una meta en común', correct: true },
        { text: 'Avisarle de que te irás si no acepta ayuda', correct: false },
      ],
      explanation:
        'Discutir sobre la enfermedad suele alejar más a la persona. Cuando tienes miedo, es muy natural querer demostrar que tienes razón. LEAP cuida la confianza, y la confianza te mantiene lo bastante cerca para ayudar.',
    },
    {
      id: 'w4-check-heated',
      question: 'Una charla se está calentando. ¿Qué es lo que más puede ayudar?',
      options: [
        { text: 'Seguir hasta que reconozca que tienes razón', correct: false },
        { text: 'Proponer una pausa, y quedar en retomarlo más tarde', correct: true },
        { text: 'Lanzar una gran amenaza para que vea que va en serio', correct: false },
      ],
      explanation:
        'Una pausa ayuda a que vuelva la calma. Puedes retomar la charla cuando haya ánimo para ello. Si alguna vez temes por la seguridad de alguien, aléjate y llama al número de emergencias de donde estés.',
    },
  ],
  forYou: {
    title: 'Trátate con cariño después de una charla difícil',
    blocks: [
      'Las charlas difíciles cansan mucho, incluso cuando salen bien. Puede que tu cuerpo siga en tensión durante horas. Es normal.',
      'Después de una charla difícil, podrías probar:',
      {
        list: [
          'Respirar despacio unas cuantas veces, soltando el aire más despacio de lo que lo tomas.',
          'Dar un paseo, estirarte o pasar unos minutos al aire libre.',
          'Contarle a alguien de confianza cómo fue.',
          'Fijarte en una cosa que hiciste bien, aunque la charla saliera mal.',
        ],
      },
      'Estás aprendiendo hábitos nuevos en un momento de mucha presión. Equivocarse es parte de aprender. Prueba a usar contigo las mismas palabras amables que practicas con {person}.',
    ],
  },
};
