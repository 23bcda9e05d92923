// Splits a block of text into sentences for speech. Pure: no DOM, no extension APIs.
// Browsers cut or stall on long utterances, so each sentence is spoken on its own. A sentence
// keeps its offsets in the block's text so the view can highlight exactly what is being read.

export interface Sentence {
  text: string;
  /** Offsets in the block's text, end exclusive (before trimming of the spoken text). */
  start: number;
  end: number;
}

// Latin, Arabic (؟ question mark, ۔ Urdu full stop), Devanagari danda, and the ellipsis.
const TERMINATOR = /[.!?…؟۔।]+["'”’»)\]]*|[。！？]+[」』”’）]*/gu;
const FULL_WIDTH = /[。！？]/u;

// Words that end in a dot without ending the sentence (compared lowercased, without the dot).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'al',
  'approx',
  'no',
  'nos',
  'vol',
  'p',
  'pp',
  'fig',
  'gen',
  'gov',
  'sen',
  'rep',
  'col',
  'lt',
  'capt',
  'sgt',
  'rev',
  'hon',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'univ',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
]);

/** The sentences of `text`, in order; whitespace-only pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(text); match; match = TERMINATOR.exec(text)) {
    const end = match.index + match[0].length;
    if (!endsSentence(text, match.index, match[0], end)) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function endsSentence(text: string, at: number, mark: string, end: number): boolean {
  // 。！？ end a sentence with no space after them (Chinese and Japanese use none).
  if (FULL_WIDTH.test(mark)) return true;
  // Elsewhere a sentence ends at a mark followed by a space or the end: "3.5" and
  // "example.com/a.html" have none.
  const next = text.charAt(end);
  if (next !== '' && !/\s/u.test(next)) return false;
  // A lowercase word after the mark continues the sentence ("approx. five", '"Why?" she asked').
  const after = /\S/u.exec(text.slice(end, end + 8));
  if (after && /\p{Ll}/u.test(after[0])) return false;
  if (mark[0] !== '.' || mark.startsWith('..')) return true;
  const word = wordBefore(text, at);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial ("J. Smith", "U.S.") ends no sentence.
  return !(/^(?:\p{Lu}\.?)+$/u.test(word) && word.replace(/\./g, '').length <= 3);
}

/** The word just before position `at`, inner dots included ("e.g", "U.S"). */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && /[\p{L}\p{N}.]/u.test(text.charAt(from - 1))) from--;
  return text.slice(from, at);
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  const spoken = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  if (spoken) sentences.push({ text: spoken, start, end });
}
