import { UNSPACED_CHAR } from './script-weight';

// Word counts over Unicode letters, marks and digits; "Putin’s", "no-holds-barred" and
// "U.S." are one word each, punctuation and dashes are none. In Chinese and Japanese, written
// without spaces, each character counts as a word (as word processors count them).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu;

/** Reading speeds: words a minute, and characters a minute for unspaced scripts. */
const WORDS_A_MINUTE = 230;
const CHARACTERS_A_MINUTE = 500;

export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  return spacedWords(text) + unspaced;
}

/** Minutes to read the text, at least one. */
export function readingMinutes(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  return Math.max(1, Math.ceil(spacedWords(text) / WORDS_A_MINUTE + unspaced / CHARACTERS_A_MINUTE));
}

function spacedWords(text: string): number {
  return text.replace(UNSPACED_CHAR, ' ').match(WORD)?.length ?? 0;
}
