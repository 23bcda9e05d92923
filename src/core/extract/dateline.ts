import { normalizeSpace } from '../text';

// Datelines of agency copy: a standalone place line ("Hong Kong") before the first paragraph,
// or a "PLACE (Agency) —" prefix of the first paragraph.

const CONNECTORS = new Set(['de', 'del', 'la', 'le', 'al', 'el', 'of', 'on', 'am', 'an', 'der', 'da', 'do', 'dos', 'das', 'du', 'y', 'e']);

/** A short Title-Case line (≤ 4 words) with no terminal punctuation. Caseless scripts pass. */
export function isDatelineText(value: string): boolean {
  const text = normalizeSpace(value);
  if (!text || text.length > 40 || /[.!?؟:;,،"“”]$/u.test(text) || /\d/.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 4) return false;
  return words.every((word, index) => {
    const first = word.replace(/^[(\-'’]+/, '').charAt(0);
    if (!/\p{L}/u.test(first)) return false;
    const hasCase = first.toLowerCase() !== first.toUpperCase();
    if (!hasCase) return true;
    if (first === first.toUpperCase()) return true;
    return index > 0 && CONNECTORS.has(word.toLowerCase());
  });
}

export interface DatelinePrefix {
  dateline: string;
  /** Length of the prefix in the paragraph's normalised text, dash and spaces included. */
  length: number;
}

// "WASHINGTON (Reuters) — ", "KYIV, Ukraine (AP) — ", "Hong Kong (CNN) — ", "PARIS — ".
const PREFIX = /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|al|el|la)){0,3})((?:,\s*[\p{Lu}][\p{L}\p{N}. ]{1,25})?)\s*(\([^()]{2,30}\))?\s*[—–]\s+/u;

export function datelinePrefix(paragraph: string): DatelinePrefix | undefined {
  const text = normalizeSpace(paragraph);
  const match = PREFIX.exec(text);
  if (!match) return undefined;
  const place = match[1];
  const shouting = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  // Mixed-case places need the agency to be sure it is a dateline and not a sentence.
  if (!shouting && !match[3]) return undefined;
  return { dateline: normalizeSpace(place + match[2]), length: match[0].length };
}
