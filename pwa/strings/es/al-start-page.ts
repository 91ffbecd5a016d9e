// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).

export const templates = {
  's21e6a42ea9eb9038': `Si quieres decirlo: ¿qué se parece más a lo que vive?`,
  's2e0883b74575047e': `Primeros pasos`,
  's33f85f24c0f5f008': `Guardar`,
  's3c8b6d30b07a78ae': `¿Qué está viviendo?`,
  's576422bc4e4fd295': `¿A quién apoyas?`,
  's64a2aa29a68a4ace': `Leer “Cuando las cosas se ponen difíciles” (semana 7)`,
  's6a99b7ac7d6493a1': `Saltar por ahora`,
  's728193d0010287eb': `Si tú o un ser querido pueden estar en peligro, no tienes que responder ninguna pregunta antes. Aquí tienes ayuda.`,
  's755695890ad0aa99': `Empezar el curso`,
  's774803b8b4398493': `Está pasando algo ahora mismo`,
  's8ab611fc7f20b934': `Puedes saltarte esto. Ayuda al curso a elegir historias que encajen. Puedes cambiarlo después en Configuración.`,
  'sb222fdbf3cf2352b': `Elige qué está viviendo, o elige "Las dos cosas".`,
  'sc4702eceee9c99dd': `Dos preguntas rápidas, para que las historias y los ejemplos encajen con tu vida. Solo preguntamos lo que el curso usa. Tus respuestas se quedan en este dispositivo, y puedes cambiarlas cuando quieras en la configuración.`,
  'sc634b61ea7a96df9': `Elige a quién apoyas, o elige "Otra persona".`,
  'sda156f1d88233f57': `Elige tu idioma`,
  'seddecbb1e005c184': `¿Está pasando algo ahora mismo?`,
};
