import type { Language } from './locale.ts';
import { outlineOf } from './weeks/outline.ts';

/** A week's title and summary, as the home and outline screens show them. */
export interface OutlineWords {
  title: string;
  summary: string;
}

/**
 * The outline's titles and summaries in Spanish, the same words as each Spanish week file (a
 * unit test holds them together), so the home and outline screens need load no lesson. It sits
 * here, not beside weeks/outline.ts, because every `weeks/*-es.ts` is a lesson. Every
 * week is written in Spanish; a week added later shows in English until its Spanish is written.
 */
export const OUTLINE_ES: Readonly<Partial<Record<number, OutlineWords>>> = {
  1: { title: 'La esperanza y el modelo de recuperación', summary: 'La recuperación es posible, y es personal. Qué significa, cuál es tu lugar y el camino que también recorre la familia.' },
  2: { title: 'Entender lo que vive tu ser querido', summary: 'Los problemas de salud mental más comunes y el consumo, en palabras sencillas: cómo se viven por dentro, qué ayuda, por qué es tan común oír "Estoy bien" y qué palabras ayudan.' },
  9: { title: 'El tratamiento: qué ayuda y cómo puedes ayudar', summary: 'Medicamentos, terapias y equipos de atención, en palabras sencillas. Los efectos secundarios y qué ayuda con ellos. Y cómo apoyar el tratamiento sin tomar el mando.' },
  3: { title: 'La persona entera y sus puntos fuertes', summary: 'Mirar más allá de la enfermedad, a la persona entera: su salud, su hogar, su propósito y su comunidad, los puntos fuertes que ya tiene y las metas que elige.' },
  4: { title: 'Una forma de hablar que deja la puerta abierta', summary: 'Formas de escuchar y de hablar que bajan la tensión y mantienen viva la conversación, incluso cuando ves las cosas de otra manera.' },
  5: { title: 'Límites con cariño', summary: 'Límites claros que te protegen y mantienen viva la relación.' },
  6: { title: 'Cuando las cosas se ponen difíciles', summary: 'Los pasos atrás, las primeras señales de alerta, un plan de crisis hecho con calma y lo que pasa cuando llegan los servicios de crisis.' },
  7: { title: 'Redes de apoyo y recursos de la comunidad', summary: 'La ayuda de quien lo ha vivido, los grupos de familias y los servicios cerca de ti: qué son, cómo encontrarlos y cómo hacerte oír.' },
  8: { title: 'Cuidarte, y el camino que sigue', summary: 'Tu propio bienestar, un plan sencillo para cuidarte, fijarte en los pequeños logros y hacia dónde seguir.' },
};

/** Week `key`'s outline entry with its title and summary in `language` where written, else in English. */
export function outlineIn(key: number, language: Language): ReturnType<typeof outlineOf> {
  const english = outlineOf(key);
  const words = language === 'es' ? OUTLINE_ES[key] : undefined;
  return english && words ? { ...english, ...words } : english;
}
