import type { Week } from '../course-types.ts';

/**
 * Week 6 in Spanish (issue #17): the same week as week-6.ts, written anew for a family at home,
 * not word for word. Its sources are in week-6.ts, beside the English: every fact that can save
 * a life says here exactly what it says there, no more and no less.
 *
 * This is the crisis week, so its words are the ones a frightened reader may act on at night.
 * Safe-messaging holds throughout: means are named only to be put out of reach, never how they
 * harm. The direct question is "¿Estás pensando en quitarte la vida?", as in right-now-es.ts and
 * as Spanish-language crisis lines ask it. Every emergency is "el número de emergencias de tu
 * zona", the help button is "¿Necesitas ayuda ahora?", as the interface names it, and the
 * recovery position is "la posición lateral de seguridad", as in right-now-es.ts.
 *
 * Tú throughout, and no gender for the reader or for the person supported: "a salvo", "a su
 * lado", "no logras que despierte", "con mucha tensión" need no agreement, and the names in the
 * stories work for any gender. Words are chosen to read alike in Mexico, the United States and
 * Spain: the plan hangs "en la cocina", since the fridge has three names; "urgencias", "armas
 * de fuego", "un tiempo en el hospital". The advance statement is "voluntades anticipadas", the
 * name Spain's note in crisis-care-by-country.ts gives it.
 */

/** Early warning signs whatever the person is facing; each situation adds its own below. */
const SENALES_PARA_TODOS = [
  'dormir mucho más, o mucho menos',
  'alejarse de las amistades, de la familia o de lo que antes le gustaba',
  'saltarse comidas, el trabajo, las clases o las citas',
  'que falte dinero en casa, o problemas nuevos de dinero',
  'cambios de humor, más rabia, o un ánimo apagado y vacío',
  'hablar muy rápido, de forma confusa o difícil de seguir',
];

const TRAS_UNA_PAUSA =
  'Volver a consumir después de una pausa tiene un peligro especial. Tras un tiempo sin consumir, el cuerpo ya no aguanta la cantidad de antes. Pasa después de una desintoxicación, un tratamiento, un tiempo en el hospital o en la cárcel, o cualquier pausa. El riesgo de sobredosis es mucho mayor, sobre todo con opioides o sedantes. Tener naloxona a mano puede salvar una vida. Si no logras que despierte, llama al número de emergencias de tu zona.';

/** When to call the emergency number, whatever the person is facing. */
const LLAMA_SI = [
  'ha intentado hacerse daño, o dice que piensa hacerlo',
  'no despierta, o respira muy despacio o de forma extraña, que puede ser una señal de sobredosis',
  'tiene tanta confusión o tanta angustia que puede hacerse daño o hacer daño a otra persona',
];

const PELIGRO_AL_DEJARLO = 'tiene una convulsión, mucha confusión o ve cosas que no están ahí, después de dejar de beber mucho o de dejar los sedantes';

const POSICION_LATERAL =
  'Si respira pero no logras que despierte, pon a la persona de lado. Es la posición lateral de seguridad. Dobla por la rodilla la pierna que queda arriba, para que no se dé la vuelta y quede boca abajo. Inclina un poco su cabeza hacia atrás, para que el aire pueda pasar. Quédate a su lado y mira cómo respira hasta que llegue la ayuda.';

const NALOXONA = [
  'Si puede haber opioides de por medio, dale naloxona si la tienes. La naloxona es un medicamento que puede revertir por un tiempo una sobredosis de opioides. Úsala como indica el envase, y asegúrate de que alguien ya llamó para pedir ayuda. Si a los dos o tres minutos no despierta y la ayuda no ha llegado, dale una segunda dosis si tienes otra. Su efecto se puede pasar, así que quédate a su lado aunque despierte.',
  'Las familias también pueden tener naloxona. En muchos lugares se consigue en la farmacia, en un servicio de adicciones o con un médico. Guárdala donde todo el mundo sepa buscarla, y escribe ese lugar en tu plan de crisis.',
];

export const week: Week = {
  number: 6,
  title: 'Cuando las cosas se ponen difíciles',
  summary: 'Los pasos atrás, las primeras señales de alerta, un plan de crisis hecho con calma y lo que pasa cuando llegan los servicios de crisis.',
  minutes: 40,
  contentNote:
    'Esta semana habla de pasos atrás, de crisis, de autolesiones, de sobredosis, de violencia y de suicidio. Ve a tu ritmo, y detente cuando lo necesites. Si tú o cualquier otra persona corre peligro ahora, llama al número de emergencias de tu zona, o usa el botón "¿Necesitas ayuda ahora?", arriba en cada pantalla.',
  welcome: [
    'Si lees esto después de una semana difícil, o en medio de una, nos alegra que estés aquí. En los momentos duros, puede parecer que el suelo se hunde bajo tus pies. El miedo, la rabia y la pena pueden llegar todos a la vez. Tiene sentido sentirse así.',
    'Esta semana trata de prepararse. Los pasos atrás llegan en casi toda recuperación, y no los puedes evitar todos. Pero planear un poco, en un momento de calma, puede traer menos caos y menos soledad a los momentos duros. Eso vale para ti y para {person}.',
  ],
  sections: [
    {
      id: 'setbacks',
      title: 'Los pasos atrás son parte del camino',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'La recuperación casi nunca va en línea recta. Se parece más a un camino con curvas, con subidas, bajadas y tramos llanos. Los síntomas pueden volver después de meses de sentirse bien. Alguien que estuvo bien mucho tiempo puede volver a estar mal. Le pasa a mucha gente, también a quien se esfuerza mucho en su recuperación.',
            ],
            'substance-use': [
              'La recuperación casi nunca va en línea recta. Se parece más a un camino con curvas, con subidas, bajadas y tramos llanos. Alguien que dejó de beber o de consumir puede volver a hacerlo, incluso después de meses o años. Le pasa a mucha gente, también a quien se esfuerza mucho en su recuperación.',
              TRAS_UNA_PAUSA,
            ],
            both: [
              'La recuperación casi nunca va en línea recta. Se parece más a un camino con curvas, con subidas, bajadas y tramos llanos. Los síntomas pueden volver después de meses de sentirse bien. Alguien que dejó de beber o de consumir puede volver a hacerlo. Le pasa a mucha gente, también a quien se esfuerza mucho en su recuperación.',
              TRAS_UNA_PAUSA,
            ],
          },
        },
        'Un paso atrás no borra lo que se avanzó antes. Lo aprendido, lo que ahora se entiende mejor y los meses buenos siguen contando. Mucha gente aprende algo de un paso atrás. Puede mostrar algo nuevo que dispara el malestar, que hace falta más apoyo, o una señal que pasó sin que nadie la viera.',
        'La forma en que reacciona la gente cercana puede ayudar mucho. Cuando llegue un paso atrás, prueba esto.',
        {
          list: [
            'Mantén la calma todo lo que puedas, aunque por dentro tengas miedo.',
            'Evita el "ya te lo dije" y los sermones largos.',
            'Hazle saber que la puerta sigue abierta. Basta con un "aquí sigo".',
            'Pregunta qué le ayudaría, en vez de tomar el mando.',
            'Mantén con cariño los límites que pusiste.',
          ],
        },
        'Los pasos atrás también son duros para la familia. Puede que sientas pena, o miedo de que toda la esperanza no sirviera de nada. Sí sirvió. La esperanza y un paso atrás pueden ir de la mano. Puedes sentir desilusión y seguir creyendo en {person}.',
      ],
    },
    {
      id: 'warning-signs',
      title: 'Las primeras señales de alerta',
      blocks: [
        'Antes de una crisis, muchas veces hay pequeños cambios. Son las primeras señales de alerta. Cada persona tiene las suyas, y de cerca pueden ser difíciles de ver. Estas son algunas de las más comunes.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  ...SENALES_PARA_TODOS,
                  'oír o ver cosas que los demás no oyen ni ven, o miedos nuevos y fuertes',
                  'decir que ya no tiene esperanza, que no ve salida o que es una carga',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  ...SENALES_PARA_TODOS,
                  'beber o consumir más, o empezar a esconderlo',
                  'volver a pasar tiempo con gente o en lugares ligados al consumo',
                  'decir que ya no tiene esperanza, que no ve salida o que es una carga',
                ],
              },
            ],
            both: [
              {
                list: [
                  ...SENALES_PARA_TODOS,
                  'oír o ver cosas que los demás no oyen ni ven, o miedos nuevos y fuertes',
                  'beber o consumir más, o empezar a esconderlo',
                  'volver a pasar tiempo con gente o en lugares ligados al consumo',
                  'decir que ya no tiene esperanza, que no ve salida o que es una carga',
                ],
              },
            ],
          },
        },
        'Una señal sola no demuestra nada. Todo el mundo tiene malas noches. Fíjate en lo que cambia respecto a lo normal para {person}, y en las señales que se van sumando con los días.',
        'Quien mejor conoce sus señales de alerta es {person}. Si puedes, pregúntale en un momento de calma: "¿Qué es lo primero que notas cuando las cosas empiezan a ir mal? ¿Qué te gustaría que hiciera yo si lo veo?". Anota lo que te diga.',
        'Cuando notes una señal, nómbrala con suavidad y sin culpar a nadie: "Esta semana te noto sin energía, y hablas poco. ¿Cómo estás?". Luego escucha. Ofrece tu ayuda, y recuérdale el plan que haya hecho, si hay uno.',
        'Algunas señales piden actuar rápido. Puede que {person} hable de suicidio o de querer morir. Puede que se despida, o que regale cosas que le importan. Tómalo en serio. Pregúntale sin rodeos si está pensando en quitarse la vida. Preguntar no le mete la idea en la cabeza. Después, busca ayuda enseguida. Llama a una línea de crisis o al número de emergencias de tu zona, o usa el botón "¿Necesitas ayuda ahora?".',
        'Mientras buscas ayuda, haz que la casa sea más segura por ahora. Es una de las cosas más útiles que puede hacer una familia.',
        {
          list: [
            'Si hay armas de fuego en casa, pide a alguien de confianza que las guarde en otro lugar durante un tiempo. Si no puede ser, guárdalas bajo llave y deja la llave fuera de su alcance.',
            'Guarda los medicamentos bajo llave. Ten solo cantidades pequeñas en casa. Deshazte de forma segura de los medicamentos viejos, por ejemplo en una farmacia.',
            'Quédate cerca. No dejes a {person} a solas si temes por su vida.',
          ],
        },
      ],
    },
    {
      id: 'crisis-plan',
      title: 'Un plan de crisis, hecho con calma',
      blocks: [
        'En plena crisis cuesta pensar con claridad. Por eso ayuda planear antes. Un plan de crisis familiar es una guía corta, por escrito, para los peores días. Dice a quién llamar, qué ayuda y qué evitar. Cuando todo el mundo tiene miedo, te da algo firme que seguir.',
        'La idea viene de WRAP, el Plan de Acción para la Recuperación del Bienestar. Con WRAP, cada persona escribe su propio plan para seguir bien, notar las señales de alerta y salir de una crisis. Un plan familiar encaja bien a su lado. Sigue los deseos de la persona todo lo que puede.',
        'Un buen plan familiar incluye estas cosas.',
        {
          list: [
            'A quién llamar primero, con los números de teléfono. Piensa en su equipo de salud, en una amistad de confianza, en una línea de crisis y en el número de emergencias de tu zona.',
            'Las primeras señales de alerta, con sus propias palabras si es posible.',
            'Lo que le ayuda cuando las cosas se ponen difíciles, como el silencio, la música, un paseo o una persona en especial.',
            'Lo que empeora las cosas, como los lugares con mucha gente, las voces fuertes o demasiadas preguntas.',
            'Datos prácticos, como el nombre de su médico, los medicamentos que toma y quién se encarga de los niños, de los animales o de los pagos.',
            'Lo que harás para cuidar tu propia seguridad.',
            'Cómo harás que la casa sea más segura: los medicamentos bajo llave, y las armas de fuego fuera de casa o bajo llave.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': ['Anota dónde se guardan sus medicamentos, y quién se encarga de ellos.'],
            'substance-use': ['Si puede haber opioides de por medio, anota dónde está la naloxona, para que cualquiera la encuentre rápido.'],
            both: ['Si puede haber opioides de por medio, anota dónde está la naloxona, para que cualquiera la encuentre rápido.'],
          },
        },
        'Incluye los números que te harían falta con prisa: el número de emergencias de tu zona, una línea de crisis y una línea contra la violencia en casa. La página "¿Necesitas ayuda ahora?" los tiene para tu país.',
        'Que sea lo bastante corto para leerlo con prisa. Puedes guardarlo aquí, en la aplicación, e imprimir una copia. Deja copias donde sea fácil encontrarlas. Dale una a cada persona que aparece en el plan.',
        'Repásalo cada pocos meses, y después de cada crisis. Un plan mejora cada vez que lo usas.',
        'Si alguna vez tienes miedo de {person}, o de cualquier persona en casa, haz también un plan de seguridad privado. Es solo para ti: lugares seguros adonde ir, personas a quienes llamar, una palabra clave, tus papeles importantes y una bolsa preparada. Si estás en peligro ahora, llama al número de emergencias de tu zona.',
        { kind: 'link', href: '/crisis-plan', label: 'Abre nuestro plan de crisis familiar' },
        { kind: 'link', href: '/safety-plan', label: 'Haz un plan de seguridad privado' },
      ],
    },
    {
      id: 'making-it-together',
      title: 'Hacer el plan en equipo',
      blocks: [
        'El plan funciona mejor cuando {person} ayuda a hacerlo. Trata de su vida y de su atención. Si tiene voz en el plan, es más fácil que confíe en él. Y en un momento difícil, tendrás menos cosas que adivinar.',
        'Elige un momento tranquilo, cuando las cosas vayan bastante bien. Podrías decir: "Me gustaría que tuviéramos un plan por si algún día las cosas se ponen muy difíciles. Quiero que sea lo que tú quieres. ¿Me ayudas a escribirlo?".',
        'Deja una parte que sea solo suya. Podría incluir estas cosas.',
        {
          list: [
            'a quién quiere que se llame, y a quién no',
            'lo que le ayuda a sentirse a salvo',
            'sus deseos sobre el tratamiento, o adónde le gustaría ir para recibir atención',
            'cosas que quiere que sepas, pero que en una crisis le podría costar decir',
          ],
        },
        'Puede que escriba su parte, o que te pida escribirla a su lado. También puede decir que no. Está en su derecho. Respétalo, y deja la puerta abierta: "Está bien. Si cambias de idea, la oferta sigue en pie".',
        'Si dice que no, aun así puedes hacer tu propia parte del plan. Dice lo que harás, a quién llamarás y cómo vas a cuidar tu seguridad. Cuéntale que existe y dónde está guardado. No esconderlo ayuda a que haya confianza.',
        'Algunas personas también escriben un documento de voluntades anticipadas. En algunos lugares se llama directiva anticipada. Se escribe en un momento de calma. Dice qué atención querría {person}, y cuál no, si llega a estar demasiado mal para decidir. También puede nombrar a alguien que hable por su parte. En muchos lugares, el equipo de salud debería tenerlo en cuenta.',
        'Si {person} quiere escribir uno, puedes ayudar sin presionar. Ofrécete a buscar el formulario, a quedarte a su lado mientras escribe o a guardar una copia en un lugar seguro. Deja que las palabras sean suyas, aunque tú elegirías otra cosa. Luego anota en tu plan de crisis dónde está guardado.',
        'Las normas cambian de un país a otro, y en algunos lugares no hay ninguna ley sobre esto. Un equipo de salud puede decirte qué se puede hacer donde vives. Más adelante, en "Cuando llegan los servicios de crisis", hay una nota corta para tu país.',
      ],
    },
    {
      id: 'in-an-emergency',
      title: 'En una emergencia',
      blocks: [
        'Hay momentos que no pueden esperar. Si una vida puede estar en peligro, llama enseguida al número de emergencias de tu zona. No hace falta que lo sepas con certeza. Llama si {person}:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [{ list: LLAMA_SI }],
            'substance-use': [{ list: [...LLAMA_SI, PELIGRO_AL_DEJARLO] }],
            both: [{ list: [...LLAMA_SI, PELIGRO_AL_DEJARLO] }],
          },
        },
        'Aquí tienes las líneas de crisis de donde vives. Una línea de crisis está para cuando algo te preocupa pero no sabes si es una emergencia. Puedes llamar por {person}, y también por ti. La misma ayuda está siempre a un toque, en "¿Necesitas ayuda ahora?", arriba en cada pantalla.',
        { kind: 'crisis-help' },
        'Mientras llega la ayuda, prueba esto.',
        {
          list: [
            'Quédate a su lado, si puedes hacerlo sin peligro.',
            'Habla despacio y con calma, y que haya poco ruido.',
            'A quienes lleguen, cuéntales lo que sabes de su salud mental o de su consumo, y muéstrales el plan.',
            'Si sientes que estás en peligro, aléjate y ponte a salvo.',
          ],
        },
        POSICION_LATERAL,
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': ['Si crees que ha tomado demasiado de algún medicamento, llama aunque ahora parezca estar bien.'],
            'substance-use': NALOXONA,
            both: NALOXONA,
          },
        },
        'Tu seguridad importa. Si {person} usa la violencia, o te sientes en peligro, vete y pide ayuda. No puedes ayudar a nadie si te hacen daño.',
        'Después de una crisis, todo el mundo queda sin fuerzas. Primero, descansa. Más adelante, cuando haya calma, repasa con {person} lo que ayudó y lo que no. Luego pon el plan al día.',
      ],
    },
    {
      id: 'when-help-comes',
      title: 'Cuando llegan los servicios de crisis',
      blocks: [
        'En una crisis, puede que conozcas servicios con los que nunca habías tratado. Saber lo que hacen puede hacer un momento de miedo un poco menos extraño.',
        'En muchos lugares, un equipo móvil de crisis puede ir a donde estás. Es un grupo pequeño de personas formadas para esto, como personal de enfermería o de trabajo social, o personas con experiencia propia que apoyan a otras. Hablan con {person}, intentan calmar las cosas y ayudan a ver el siguiente paso. Puede ser un plan para estar a salvo en casa, o más atención. Para pedir uno, llama a una línea de crisis o al servicio de salud mental de tu zona. Pregunta: "¿Hay un equipo de crisis que pueda venir a donde estamos?". No hay equipos en todas partes, y algunos solo trabajan a ciertas horas.',
        'Si una vida está en peligro, llama al número de emergencias de tu zona. Puede que venga la policía. En muchos lugares, puedes pedir agentes con formación en crisis de salud mental. En Estados Unidos, se les suele llamar agentes CIT. Pedirlo siempre está bien. Cuando llames, cuenta estas cosas.',
        {
          list: [
            'que es una crisis de salud mental',
            'qué está pasando ahora mismo, con palabras sencillas',
            'si hay armas en casa',
            'qué calma a {person}, y qué empeora las cosas',
            'cualquier diagnóstico o medicamento que conozcas',
          ],
        },
        'Cuando llegue la ayuda, ten las manos vacías y a la vista. Enciende las luces y apaga la tele. Di quién eres, y repite lo que le contaste a quien atendió la llamada.',
        'Si {person} va a urgencias, lo normal es que le hagan una evaluación de salud mental. Un equipo de crisis también puede hacerla. Primero, alguien de enfermería mira lo urgente que es. Luego, un médico o un profesional de salud mental habla con {person}. Le pregunta cómo se siente, qué ha pasado en los últimos días y cómo duerme. Le pregunta si tiene ideas de hacerse daño o de hacer daño a otros. También revisa su salud física. La espera puede ser larga.',
        'Puedes ayudar mucho si llevas algunas cosas.',
        {
          list: [
            'el plan de crisis, si lo hay',
            'una lista de sus medicamentos y sus dosis',
            'un resumen corto: las crisis de antes, qué se probó y qué ayudó',
            'los nombres y teléfonos de su médico o de su equipo de salud',
            'su documento de voluntades anticipadas, si lo tiene',
          ],
        },
        'Puede que el personal no te cuente mucho si {person} no da su permiso. Esa norma está para proteger a la persona. Pero el personal siempre puede escucharte, así que cuenta lo que has visto. Al final de la evaluación, puede volver a casa con un plan, recibir una derivación para más atención o quedarse en el hospital.',
        'La mayoría de las personas que reciben atención de salud mental la aceptan. Pero muchos países tienen una ley para casos poco frecuentes: cuando alguien está muy mal, corre un riesgo grave y no puede o no quiere aceptar la atención. Entonces la ley puede permitir un tiempo en el hospital o un tratamiento sin su permiso.',
        'Esto nunca se hace a la ligera. Estas leyes tienen garantías. Casi siempre tiene que estar de acuerdo más de un profesional. Hay límites de tiempo, y un tribunal o un juez puede revisar la decisión. {Person} conserva sus derechos: a que le expliquen por qué, a recibir ayuda de alguien que defienda sus derechos o de un abogado, y a apelar.',
        'Puede ser muy duro de ver. Puede que sientas alivio y culpa a la vez. Las dos cosas son normales. Puedes hacerle preguntas al equipo. ¿Por qué pasa esto? ¿Cuánto puede durar? ¿Qué derechos tiene? ¿Cómo puedo seguir en contacto y ayudar? Puedes seguir yendo de visita, llevar cosas que le sean familiares y hacerle saber a {person} que estás de su lado.',
        'Elige dónde vives para ver cómo funciona allí.',
        { kind: 'crisis-care' },
      ],
    },
  ],
  story: {
    title: 'El plan a la vista',
    variants: {
      'mental-illness': [
        'Graciela apoya a su {relation}, Ariel, que vive con esquizofrenia. Desde hacía casi un año, las cosas iban bien. Ariel trabajaba unas horas en un vivero y casi todos los domingos iba a comer a casa.',
        'Meses antes, una tarde tranquila, Graciela y Ariel habían hecho un plan de crisis. Ariel escribió su propia parte. Decía: "Si dejo de dormir y me preocupa que la gente me vigile, es que me estoy poniendo mal. Llama primero a Lena, de mi equipo. Que haya calma y silencio. Mi música me ayuda. Dame espacio".',
        'Un día, Ariel faltó a dos comidas de domingo seguidas. Por teléfono, se le notaba la tensión en la voz. Decía que los vecinos lo oían todo a través de las paredes. Graciela sintió un nudo en el pecho. Entonces se acordó del plan pegado en la cocina.',
        'No discutió sobre los vecinos. Le dijo: "Eso suena muy difícil. Me dijiste que, cuando se va el sueño, ayuda llamar a Lena. ¿Quieres que la llame contigo?". Ariel guardó silencio un buen rato. Luego dijo que sí.',
        'Lena vio a Ariel al día siguiente. El equipo hizo algunos cambios, y Ariel se tomó unos días libres en el trabajo. Fue un mes duro. Pero fue más suave que la última vez. Nadie gritó, y Ariel sintió que le prestaban atención.',
        'Más tarde, repasaron el plan. Ariel escribió una línea más, arriba del todo: "Pregúntame primero cómo duermo".',
      ],
      'substance-use': [
        'Hamid apoya a su {relation}, Noor, que llevaba ocho meses sin consumir opioides. Noor iba cada semana a un grupo de ayuda mutua y tenía un trabajo nuevo. Hamid había empezado a relajarse.',
        'Una noche, Noor llamó a Hamid llorando. Había vuelto a consumir después de una mala semana en el trabajo. Lo primero que sintió Hamid fue miedo. Luego, rabia. Quería gritar: "¿Después de todo?". En lugar de eso, respiró despacio.',
        '"Gracias por contármelo", le dijo. "Aquí sigo. ¿Estás a salvo ahora mismo?".',
        'Meses antes, habían escrito un plan de crisis. La parte de Noor decía: "Si vuelvo a consumir, por favor, no me sermonees. Ayúdame a llamar a Rita, que me acompaña en la recuperación. Quiero volver a mi grupo".',
        'En la parte de Hamid había algo que aprendió en un grupo de familias. Después de una pausa en el consumo, el riesgo de sobredosis es mayor. Así que el plan decía qué hacer. Si no lograba despertar a Noor, o Noor respiraba despacio, llamaría enseguida al número de emergencias.',
        'Hamid siguió al teléfono mientras Noor le mandaba un mensaje a Rita. Noor volvió al grupo dos días después. Las semanas siguientes tuvieron altibajos. Hamid fue a su propio grupo para hablar de su miedo.',
        'Al mirar atrás, Noor dijo que lo que más le ayudó fue que Hamid no gritara. "Así me fue más fácil volver", dijo.',
      ],
      both: [
        'Lucía apoya a su {relation}, Alexis, que vive con depresión y bebe más cuando el ánimo empeora. En unas semanas, Lucía notó cambios. Alexis dejó de contestar los mensajes y faltó a su llamada de cada semana. Cuando Lucía fue a su casa, había botellas vacías junto a la puerta. Alexis dijo: "Todos estarían mejor sin mí".',
        'A Lucía se le heló el cuerpo. Recordó lo que había leído: esas palabras hay que tomarlas en serio, y hay que preguntar sin rodeos. Le temblaba la voz, pero preguntó: "Alexis, ¿estás pensando en quitarte la vida?".',
        'Alexis miró al suelo. "A veces", dijo.',
        'Lucía se sentó junto a Alexis. "Gracias por decírmelo. No me voy a ir a ninguna parte. Vamos a llamar a alguien, tú y yo". Llamó a una línea de crisis con el altavoz puesto. Una voz tranquila habló con Alexis, y luego con Lucía. Entre todos hicieron un plan para que Alexis estuviera a salvo esa noche. Lucía se quedó a dormir. A la mañana siguiente, Alexis aceptó ir a ver a su médico.',
        'Semanas después, cuando Alexis estaba más estable, escribieron un plan de crisis. La parte de Alexis decía: "Si me quedo en silencio, ven a ver cómo estoy. No te lo tomes como algo personal". La parte de Lucía tenía la línea de crisis, el número de emergencias de su zona, el médico de Alexis y una amiga a quien llamar cuando ella necesitara apoyo.',
        'Alexis sigue trabajando en la bebida y en los días bajos. Pero ahora saben qué hacer.',
      ],
    },
    // Stories for readers who named a condition; the facts, and their sources, as in week-6.ts.
    // Each plan keeps the crisis line and the emergency number, as the week teaches; no method detail.
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Anika apoya a su {relation}, Sasha, que vive con trastorno bipolar. Después de un año difícil, Sasha llevaba meses bien: había vuelto a estudiar y cantaba en un grupo de música.',
          'Meses antes, en una semana tranquila, habían hecho un plan de crisis. Sasha escribió su propia parte. Decía: "Cuando estoy entrando en una fase alta, duermo menos de cinco horas y me siento genial. Hablo rápido y empiezo muchos proyectos. Compro cosas que no necesito. Si lo ves, dímelo con cariño. Llama conmigo a Tomás, mi enfermero".',
          'Una primavera, a las tres de la mañana, Sasha pintaba la cocina y planeaba tres grupos nuevos. Anika sintió el miedo de antes. Luego se acordó del plan pegado en la cocina.',
          'No le dijo: "Te estás poniendo mal". Le dijo: "Te veo con muchísima energía. Me dijiste que, si duermes poco, es hora de llamar a Tomás. ¿Lo llamamos ahora?". Sasha frunció el ceño. "Estoy bien. Nunca me he sentido mejor".',
          'Anika habló con calidez. "Sé que te sientes bien. Tú me pediste que te lo dijera. Es tu plan". Sasha leyó sus propias palabras en el papel. Después de un largo silencio, dijo: "Está bien. Pero empieza tú la llamada".',
          'Tomás vio a Sasha esa misma semana. El equipo hizo algunos cambios, y Sasha se tomó un descanso del grupo. Fue un mes con altibajos, pero más suave que la última vez.',
          'Más tarde, repasaron el plan. Sasha escribió una línea más, arriba del todo: "Si digo que nunca me he sentido mejor, eso también es una señal".',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Marta apoya a su {relation}, Tendai, que vive con depresión. Después de un invierno duro, Tendai llevaba casi un año más estable, y los sábados salía a correr.',
          'Meses antes, una tarde tranquila, habían hecho un plan de crisis. Tendai escribió su propia parte. Decía: "Cuando me estoy hundiendo, dejo de contestar los mensajes y me quedo en la cama todo el fin de semana. Si pasa eso, ven a verme. Pregúntame sin rodeos hasta qué punto estoy mal, también si pienso en el suicidio. Prefiero que me lo preguntes. Luego ayúdame a llamar al doctor Osei". El plan también tenía una línea de crisis y el número de emergencias de su zona.',
          'En otoño, Tendai dejó de contestar. Faltó dos sábados a correr. Marta sintió que el miedo crecía. Entonces se acordó del plan pegado en la cocina.',
          'Fue a su casa con sopa y se sentó junto a Tendai. Le temblaba la voz, pero preguntó, como decía el plan: "Estás en silencio, como dijiste que podía pasar. ¿Hasta qué punto estás mal? ¿Estás pensando en quitarte la vida?".',
          'Tendai guardó silencio un rato. "No. Eso no. Pero se me está oscureciendo otra vez la cabeza". Marta le dijo: "Gracias por decírmelo. Llamemos al doctor Osei, tú y yo, como planeaste". Si la respuesta hubiera sido que sí, el plan decía que había que llamar a la línea de crisis en ese mismo momento, con Tendai al lado.',
          'El doctor vio a Tendai esa semana. Fue un mes lento. Pero Marta sabía qué hacer.',
          'Más tarde, volvieron a mirar el plan. Tendai escribió una línea más, al final: "La sopa ayuda".',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Antonio apoya a su {relation}, Kim, que vive con psicosis y antes fumaba cannabis todos los días. Durante casi un año, Kim había fumado mucho menos y estaba bien. Trabajaba en una tienda de bicicletas.',
          'Meses antes, un día tranquilo, habían hecho un plan de crisis. Kim escribió su propia parte. Decía: "Cuando me estoy poniendo mal, fumo más y duermo menos. Empiezo a pensar que la gente habla de mí. Si pasa eso, no me sermonees. Escríbele a Mo, de mi equipo, y que haya calma".',
          'Después del fin de semana del cumpleaños de un amigo, Kim volvía a fumar cada día. Pasaba las noches sin dormir y decía: "En el trabajo se ríen de mí". Antonio quería gritarle por el cannabis. En lugar de eso, se acordó del plan pegado en la cocina.',
          'Le dijo: "Te noto con mucha tensión. Me dijiste que, cuando se va el sueño, le escribimos a Mo. ¿Lo hacemos ahora?". Kim se encogió de hombros. Luego le dio el teléfono.',
          'Mo vio a Kim al día siguiente. El equipo le ayudó con los miedos, y hablaron del cannabis sin juzgar. Fueron unas semanas difíciles, pero más suaves que la última vez.',
          'En la parte de Antonio había una cosa más: la línea de crisis y el número de emergencias de su zona, para una noche en que Kim pudiera no estar a salvo. Esta vez no le hicieron falta. Pero se alegró de tenerlos ahí.',
          'Más tarde, Kim escribió una línea más, arriba del todo: "Fumar más es una señal de alerta para mí. Dímelo con cariño".',
        ],
      },
    ],
  },
  takeaways: [
    'Los pasos atrás son parte de la recuperación. No borran lo que se ha avanzado.',
    'Aprende las primeras señales de alerta, mejor aún de boca de {person}, en un momento de calma.',
    'Un plan de crisis dice a quién llamar, qué ayuda y qué no.',
    '{Person} puede escribir su propia parte del plan, o decir que no. Las dos cosas son su decisión.',
    'Si una vida puede estar en peligro, llama al número de emergencias de tu zona, o usa el botón "¿Necesitas ayuda ahora?".',
    'Si alguien puede estar pensando en el suicidio, pregúntale sin rodeos, quédate cerca y pon las armas de fuego y los medicamentos fuera de su alcance.',
    'Cuando lleguen los servicios de crisis, comparte el plan, la lista de medicamentos y lo que calma a {person}. Siempre puedes preguntar por su atención y por sus derechos.',
  ],
  reflections: [
    {
      id: 'w6-warning-signs',
      prompt: '¿Qué cambios notaste en el pasado, antes de que las cosas se pusieran difíciles?',
      hint: 'Piensa en el sueño, el ánimo, el dinero, las amistades o las rutinas. Escribe lo que viste, no lo que crees que quería decir.',
    },
    {
      id: 'w6-what-steadies-me',
      prompt: '¿Qué te ayuda a mantenerte firme cuando tienes miedo por {person}?',
      hint: 'Una persona, un lugar, unas cuantas respiraciones lentas, un paseo. Todo lo que te haya ayudado antes cuenta.',
    },
  ],
  practice: {
    id: 'w6-practice',
    tools: [
      { href: '/crisis-plan', label: 'Abre nuestro plan de crisis familiar' },
      { href: '/safety-plan', label: 'Haz un plan de seguridad privado' },
    ],
    title: 'Empieza un plan de crisis familiar',
    intro: [
      'La tarea de esta semana es empezar un plan de crisis familiar. No hace falta terminarlo de una vez. Un plan con unas pocas líneas ya es más de lo que tenías.',
      'Si {person} quiere, hazlo con su ayuda, y deja una parte que sea solo suya. Si no, empieza ahora tu propia parte. Puedes guardar el plan aquí, en la aplicación, e imprimirlo para compartirlo.',
    ],
    steps: [
      'Elige un momento tranquilo. Pregúntale a {person} si quiere ayudar a escribir el plan.',
      'Anota a quién llamar primero, con los números. Incluye su equipo de salud, una línea de crisis y el número de emergencias de tu zona.',
      'Escribe lo que ayuda cuando las cosas se ponen difíciles, y lo que las empeora.',
      'Incluye datos prácticos, como su médico, los medicamentos que toma y quién se encarga de los niños, de los animales o de los pagos.',
      'Escribe cómo harás que la casa sea más segura: los medicamentos bajo llave, y las armas de fuego fuera de casa o bajo llave.',
      'Da una copia a cada persona que aparece en el plan. Elige una fecha para repasarlo.',
    ],
    plan: [
      {
        id: 'w6-plan-call-first',
        label: 'A quién llamaré primero',
        hint: 'Un nombre y un número, como su equipo de salud o una amistad de confianza. Incluye también el número de emergencias de tu zona.',
      },
      {
        id: 'w6-plan-what-helps',
        label: 'Lo que le ayuda cuando las cosas se ponen difíciles',
        hint: 'Pregúntale, si puedes. ¿El silencio, la música, un paseo, una persona en especial?',
      },
      {
        id: 'w6-plan-what-does-not-help',
        label: 'Lo que empeora las cosas',
        hint: '¿Los lugares con mucha gente, las voces fuertes, demasiadas preguntas?',
      },
      {
        id: 'w6-plan-stay-safe',
        label: 'Lo que haré para cuidar mi propia seguridad',
        hint: '¿Adónde podrías ir? ¿A quién podrías llamar para ti?',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w6-check-setback',
      question: 'Después de meses yendo bien, {person} da un paso atrás. ¿Qué es lo más cierto?',
      options: [
        { text: 'Todo lo avanzado se ha perdido.', correct: false },
        { text: 'Los pasos atrás son comunes, y lo avanzado antes sigue contando.', correct: true },
        { text: 'Demuestra que nada de lo que probó funcionó nunca.', correct: false },
      ],
      explanation:
        'La recuperación casi nunca es una línea recta. Un paso atrás puede sentirse como un golpe muy duro, para {person} y para ti. Pero lo aprendido y los meses buenos siguen ahí, como base. Una respuesta tranquila y abierta le hace más fácil encontrar el camino de vuelta.',
    },
    {
      id: 'w6-check-asking',
      question: 'Alguien a quien quieres dice que desearía morir. ¿Preguntarle sin rodeos por el suicidio le mete la idea en la cabeza?',
      options: [
        { text: 'Sí, así que es mejor no mencionarlo.', correct: false },
        { text: 'No. Preguntar sin rodeos es una forma de cuidar, y puede abrir la puerta a la ayuda.', correct: true },
      ],
      explanation:
        'Preguntar no siembra la idea. Mucha gente siente alivio cuando por fin alguien pregunta. Da miedo hacer esa pregunta, y hace falta valor. Después, busca ayuda enseguida: llama a una línea de crisis o al número de emergencias de tu zona, o usa el botón "¿Necesitas ayuda ahora?".',
    },
    {
      id: 'w6-check-plan-together',
      question: '{Person} no quiere ayudar a escribir un plan de crisis. ¿Qué puedes hacer?',
      options: [
        { text: 'Respetar su decisión, hacer tu propia parte y mantener la oferta en pie.', correct: true },
        { text: 'Escribir su parte sin que lo sepa.', correct: false },
        { text: 'Insistir hasta que acepte.', correct: false },
      ],
      explanation:
        'Su parte del plan es suya: puede escribirla o decir que no. Tú puedes planear de todos modos lo que harás, y contarle que el plan existe. Mucha gente se suma más tarde, cuando ve que el plan está para respetar sus deseos.',
    },
    {
      id: 'w6-check-emergency',
      question: '¿Cuándo debes llamar al número de emergencias de tu zona?',
      options: [
        { text: 'Cuando una vida puede estar en peligro, por ejemplo si alguien no despierta.', correct: true },
        { text: 'Solo después de probar todo lo demás.', correct: false },
        { text: 'Nunca, porque podría alterar a la persona.', correct: false },
      ],
      explanation:
        'Si una vida puede estar en peligro, llama enseguida. No hace falta que lo sepas con certeza antes. Pedir ayuda siempre está bien. Si no sabes si es una emergencia, una línea de crisis puede ayudarte a decidir qué hacer.',
    },
    {
      id: 'w6-check-safer-home',
      question: '{Person} ha hablado de querer morir, y estás buscando ayuda. ¿Qué más puede darle seguridad?',
      options: [
        { text: 'Poner las armas de fuego y los medicamentos fuera de su alcance por ahora, y quedarte cerca.', correct: true },
        { text: 'Dejar a la persona a solas un rato para que se calme.', correct: false },
        { text: 'Esperar a ver si lo vuelve a mencionar.', correct: false },
      ],
      explanation:
        'Poner las armas de fuego y los medicamentos fuera de su alcance da tiempo a que la ayuda funcione, y quedarte cerca también ayuda. No tienes que hacerlo a solas. Llama a una línea de crisis o al número de emergencias de tu zona, o usa el botón "¿Necesitas ayuda ahora?".',
    },
  ],
  forYou: {
    title: 'Después de la tormenta',
    blocks: [
      'Vivir una crisis, o incluso el miedo a una, agota mucho. Tu cuerpo puede seguir en alerta durante días. Puede que tiembles, que no sientas nada, que llores con facilidad o que sientas rabia. Todo eso es normal.',
      'Después de un momento duro, cuida primero lo básico: agua, comida y sueño. Luego cuéntale a una persona lo que pasó. Alguien que escuche sin juzgar puede ayudarte a soltarlo.',
      'Ponte también a ti en el plan de crisis. ¿A quién llamarás cuando necesites apoyo? Una línea de crisis también está para ti, no solo para {person}.',
    ],
  },
};
