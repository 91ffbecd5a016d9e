/** Whether this browser can read text aloud (the Web Speech API's speech synthesis). */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
}

/** Reads text aloud, calmly, stopping anything still being read. */
export function speak(text: string, lang = document.documentElement.lang || 'en'): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
}

/** Stops reading aloud. */
export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
