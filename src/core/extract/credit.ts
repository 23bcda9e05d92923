import { normalizeSpace } from '../text';
import { AGENCIES, COURTESY_WORDS, CREDIT_BY, CREDIT_CONNECTORS, CREDIT_LABEL_WORDS } from './credit-words';

// Telling a photo credit ("Gavriil Grigorov/Pool/Sputnik/Reuters/File") from a caption
// (a sentence). Credits are short, name agencies or use "/" separators, and are not sentences;
// a caption may end with its credit in parentheses ("Workers inspect the pipes (Reuters)").
// The vocabulary, in every language covered, is data in credit-words.ts.

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const AGENCY = new RegExp(`(?:^|[\\s/(,«"])(?:${AGENCIES.map(escapeRegExp).join('|')})(?=$|[\\s/),;:.»"])`, 'u');

/** "Photo: X", "Foto von X", "Фото: X", "عکس از X" — the label is dropped from the credit. */
const CREDIT_LABEL = new RegExp(
  `^(?:${CREDIT_LABEL_WORDS.join('|')})\\s*(?:credit\\s*)?(?:[:：]|\\s(?:${CREDIT_BY.map(escapeRegExp).join('|')})\\s)\\s*`,
  'iu',
);

/** "Courtesy of X": a credit that keeps its opening words. */
const COURTESY = new RegExp(`^(?:${COURTESY_WORDS.join('|')})\\s+\\S`, 'iu');

const SENTENCE_END = /[.!?؟…]["”’)]?$/u;
/** A lower-case word ending a sentence followed by another sentence: "…agency. The …". */
const SENTENCE_BREAK = /\p{Ll}{2,}[.!?؟]\s+\S/u;
/** The same in scripts without case (Arabic, Persian): a word of two letters or more ends a sentence and text goes on. */
const CASELESS_BREAK = /\p{Lo}{2,}[.!?؟]\s+\S/u;
/** A caption with its credit in parentheses at the end. */
const PARENTHESISED_TAIL = /^(.*\S)\s*[(（]([^()（）]{2,80})[)）]$/u;

export function isCreditLike(value: string): boolean {
  const text = normalizeSpace(value);
  if (!text || text.length > 110) return false;
  const labelled = CREDIT_LABEL.test(text);
  const body = text.replace(CREDIT_LABEL, '');
  if (!body || body.split(' ').length > 12) return false;
  if (/[!?؟]/.test(body) || SENTENCE_BREAK.test(body) || CASELESS_BREAK.test(body) || /\p{Ll}{2,}\.$/u.test(body)) return false;
  if (labelled || COURTESY.test(body)) return true;
  if (captionBeforeCredit(body)) return false;
  const slashed = /[\p{L}\p{N}.)]\s*\/\s*[\p{L}\p{N}(]/u.test(body);
  return (slashed || AGENCY.test(body)) && !readsAsSentence(body);
}

/** "Workers inspect the pipes at the plant (Reuters)": a caption, then its credit. */
function captionBeforeCredit(text: string): boolean {
  const parts = PARENTHESISED_TAIL.exec(text);
  if (!parts || !isCreditLike(parts[2])) return false;
  return readsAsSentence(parts[1]) || parts[1].split(' ').length >= 4;
}

/**
 * Words in lower case, other than a credit's small connectors ("for", "via", "de"), make a
 * sentence; names and agencies are capitalised. Scripts without case (Arabic, Persian) are
 * judged by length in captionBeforeCredit.
 */
function readsAsSentence(text: string): boolean {
  const lower = text.split(/[\s/]+/).filter((word) => /^\p{Ll}/u.test(word) && !CREDIT_CONNECTORS.has(word.toLowerCase()));
  return lower.length >= 2;
}

/** The credit without its "Photo:" label. */
export function cleanCredit(value: string): string {
  return normalizeSpace(value)
    .replace(CREDIT_LABEL, '')
    .replace(/^[(（](.*)[)）]$/u, '$1')
    .trim();
}

/** A caption-sized sentence: ends like a sentence or is at least a few words, and is not long prose. */
export function isCaptionLike(value: string): boolean {
  const text = normalizeSpace(value);
  if (text.length < 8 || text.length > 320 || isCreditLike(text)) return false;
  return SENTENCE_END.test(text) || text.split(' ').length >= 4;
}

/**
 * A loose paragraph that may be an imported caption: one caption-sized sentence. Stricter than
 * isCaptionLike because a wrong guess removes article text.
 */
export function isLooseCaption(value: string): boolean {
  const text = normalizeSpace(value);
  return isCaptionLike(text) && text.length <= 250 && !SENTENCE_BREAK.test(text);
}

export interface CaptionParts {
  caption?: string;
  credit?: string;
}

/**
 * Split the lines of one caption element into caption and credit. Lines come from <br> or
 * block breaks; a single line may still end with a credit ("… 2024. REUTERS/Jane Doe") or a
 * parenthesised one ("… (AP Photo/John Doe)", "… (رويترز)").
 */
export function splitCaptionCredit(lines: readonly string[]): CaptionParts {
  const captions: string[] = [];
  let credit: string | undefined;
  for (const raw of lines) {
    const line = normalizeSpace(raw);
    if (!line) continue;
    if (!credit && isCreditLike(line)) {
      credit = cleanCredit(line);
      continue;
    }
    captions.push(line);
  }
  let caption = captions.join(' ') || undefined;
  if (caption && !credit) {
    const trailing = trailingCredit(caption);
    if (trailing) ({ caption, credit } = trailing);
  }
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

function trailingCredit(text: string): Required<CaptionParts> | undefined {
  const parenthesised = PARENTHESISED_TAIL.exec(text);
  if (parenthesised && isCreditLike(parenthesised[2])) {
    return { caption: parenthesised[1], credit: cleanCredit(parenthesised[2]) };
  }
  // Split after the last sentence end; the tail must look like a credit.
  const match = /^(.*[.!?؟。]["”’)]?)\s+([^.!?؟]*?[^\s.!?؟].*)$/u.exec(text);
  if (match && isCreditLike(match[2])) return { caption: match[1], credit: cleanCredit(match[2]) };
  return undefined;
}
