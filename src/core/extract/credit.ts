import { normalizeSpace } from '../text';

// Telling a photo credit ("Gavriil Grigorov/Pool/Sputnik/Reuters/File") from a caption
// (a sentence). Credits are short, name agencies or use "/" separators, and are not sentences.

const AGENCY = new RegExp(
  '(?:^|[\\s/(,])(?:' +
    [
      'Reuters', 'REUTERS', 'AP', 'AP Photo', 'AFP', 'Getty Images', 'Getty', 'GETTY', 'EPA', 'EPA-EFE', 'EFE', 'Pool', 'POOL',
      'File', 'FILE', 'Sputnik', 'SPUTNIK', 'Bloomberg', 'Xinhua', 'XINHUA', 'Anadolu', 'Anadolu Agency', 'VCG', 'TASS',
      'Shutterstock', 'dpa', 'DPA', 'Kyodo', 'Yonhap', 'ANSA', 'ZUMA', 'NurPhoto', 'SOPA Images', 'Handout', 'HANDOUT',
      'Imagn', 'Alamy', 'رويترز', 'فرانس برس', 'أ ف ب', 'الأناضول', 'أسوشيتد برس', 'غيتي',
    ].join('|') +
    ')(?=$|[\\s/),;:.])',
  'u',
);

/** "Photo: X", "Credit: X", "Image: X" — the label is dropped from the credit. */
const CREDIT_LABEL = /^(?:photo(?:graph)?s?|pictures?|images?|credits?|foto|fotos|صورة|الصورة)\s*(?:credit\s*)?[:：]\s*/iu;

const SENTENCE_END = /[.!?؟…]["”’)]?$/u;
/** A lower-case word ending a sentence followed by another sentence: "…agency. The …". */
const SENTENCE_BREAK = /\p{Ll}{2,}[.!?؟]\s+\S/u;

export function isCreditLike(value: string): boolean {
  const text = normalizeSpace(value);
  if (!text || text.length > 110) return false;
  const labelled = CREDIT_LABEL.test(text);
  const body = text.replace(CREDIT_LABEL, '');
  if (!body || body.split(' ').length > 12) return false;
  if (/[!?؟]/.test(body) || SENTENCE_BREAK.test(body) || /\p{Ll}{2,}\.$/u.test(body)) return false;
  if (labelled) return true;
  const slashed = /[\p{L}\p{N}.)]\s*\/\s*[\p{L}\p{N}(]/u.test(body);
  return slashed || AGENCY.test(body);
}

/** The credit without its "Photo:" label. */
export function cleanCredit(value: string): string {
  return normalizeSpace(value).replace(CREDIT_LABEL, '').replace(/^\((.*)\)$/u, '$1').trim();
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
 * parenthesised one ("… (AP Photo/John Doe)").
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
  const parenthesised = /^(.*\S)\s*\(([^()]{2,80})\)$/u.exec(text);
  if (parenthesised && isCreditLike(parenthesised[2])) {
    return { caption: parenthesised[1], credit: cleanCredit(parenthesised[2]) };
  }
  // Split after the last sentence end; the tail must look like a credit.
  const match = /^(.*[.!?؟]["”’)]?)\s+([^.!?؟]*?[^\s.!?؟].*)$/u.exec(text);
  if (match && isCreditLike(match[2])) return { caption: match[1], credit: cleanCredit(match[2]) };
  return undefined;
}
