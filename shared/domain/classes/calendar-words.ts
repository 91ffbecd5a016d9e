/** One language's words in a class's calendar events (English: shared/content/classes/calendar-words-en.ts). */
export interface CalendarWords {
  /** The week's name by its place in the course: "Week 3". */
  week: (position: number) => string;
  /** The event's title: "Tuesday group: week 3". */
  summary: (className: string, week: number) => string;
  /** "Week 3: Communication that helps." */
  weekLine: (weekName: string, title: string) => string;
  /** "Facilitator: Ana (ana@example.org)." */
  facilitator: (name: string, contact: string) => string;
  /** "A note for this week: …" */
  note: (note: string) => string;
}
