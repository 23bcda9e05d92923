// Text in scripts that do not separate words with spaces is denser: a sentence of Chinese or
// Japanese is about a third as many characters as the same sentence in English, Korean about
// half. Lengths that decide what is a paragraph or an article count such characters at that
// weight, so the same thresholds hold in every language.

/** Han and kana: about three Latin characters of text each. */
const DENSE = 3;
/** Hangul syllables: about two. */
const SYLLABIC = 2;

export function charWeight(code: number): number {
  if (code < 0x3040) return 1;
  if (code <= 0x30ff) return DENSE; // Hiragana, Katakana
  if (code >= 0x3400 && code <= 0x9fff) return DENSE; // CJK Unified Ideographs (and extension A)
  if (code >= 0xac00 && code <= 0xd7af) return SYLLABIC; // Hangul syllables
  if (code >= 0xf900 && code <= 0xfaff) return DENSE; // CJK compatibility ideographs
  return 1;
}

/** Length of a text in Latin-equivalent characters, whitespace runs counted as one. */
export function weightedLength(text: string): number {
  let length = 0;
  let inSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const space = code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
    if (space) {
      if (!inSpace) length += 1;
      inSpace = true;
      continue;
    }
    inSpace = false;
    length += charWeight(code);
  }
  return length;
}

/** Characters of scripts written without spaces between words (each is counted as a word). */
export const UNSPACED_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;
