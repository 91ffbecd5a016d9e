/** One language's words around the slides (English: shared/content/classes/session-slides-en.ts). */
export interface SlideWords {
  /** The week's name by its place in the course: "Week 3". */
  week: (position: number) => string;
  welcome: string;
  agreements: string;
  checkIn: string;
  thisWeek: string;
  takeaways: string;
  /** "Question 2 of 4". */
  question: (n: number, of: number) => string;
  pairs: string;
  pairsHow: string;
  /** "Practice card 1 of 3". */
  card: (n: number, of: number) => string;
  cardAsk: string;
  /** What the person supported says, quoted. */
  quoted: (words: string) => string;
  wrapUp: string;
  thanks: string;
}
