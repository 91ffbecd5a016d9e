// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's10e47be5fb8873d9': `Abrir la lista de actividades`,
  's1179496bbaaf4949': `Palabras listas para los momentos difíciles: escuchar, decir que no con cariño, calmar las cosas. Marca con una estrella las que te gusten, o escribe las tuyas.`,
  's15bd7ec91422a41b': `Registro de patrones`,
  's248acf3afababc58': `Prepara una conversación antes de tenerla: tu objetivo, un comienzo amable, dos o tres puntos y una forma de hacer una pausa si los ánimos se calientan.`,
  's332d5fb4014a2bc4': `Cosas para hacer en compañía`,
  's3ec46884d9134dc0': `Prepara una conversación`,
  's5d51a1e588c6c7c0': `Practicar`,
  's71705a1190f917ce': `Haz una lista de cosas que tú y la persona a quien apoyas podrían disfrutar, para llenar el tiempo que antes ocupaba el consumo.`,
  's7b062bfb3d0b0573': `Buscar qué decir`,
  's80955be5ff9a0fb2': `Abrir el registro de patrones`,
  's9235d9d7ce122240': `Anota qué pasó antes de un momento difícil o de un consumo, qué pasó y qué vino después. Repásalo semana a semana para ver qué se repite.`,
  's9503a8f97fc7750f': `Arma un límite paso a paso: lo que vas a hacer, por qué te importa y las palabras que vas a decir.`,
  'sa1d83a5e2811d37b': `Practicar respuestas`,
  'sb3f03ee863b25969': `Abrir mis límites`,
  'sb55086cc75ac7440': `Tarjetas para practicar a solas o con alguien de confianza. Lo que la otra persona podría decir, y formas amables de responder.`,
  'sdcfdf29476802911': `Las conversaciones difíciles cuestan a todo el mundo. No necesitas palabras perfectas. Estas herramientas te ayudan a prepararte, a mantener la calma y a cuidarte después.`,
  'sfbb7b12556abb8b5': `Prepara en un momento de calma un plan para un día difícil: las señales que conviene vigilar, a quién llamar y qué ayuda. Ábrelo cuando quieras, e imprímelo para el refrigerador.`,
  'sfecfe9d992ff0b5e': `Planes de conversación`,
  'sff6999a8cc54b2a6': `Abrir el plan de crisis`,
};
