/** One language's words around the slides (English: shared/content/classes/session-slides-en.ts). */
export interface SlideWords {
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
