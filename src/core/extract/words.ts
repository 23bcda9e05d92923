// Word counts over Unicode letters, marks and digits; "Putin’s", "no-holds-barred" and
// "U.S." are one word each, punctuation and dashes are none.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Minutes at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / 230));
}
