// The words that introduce a byline, in the languages news is written in, as data: "By Jane
// Doe", "Von Max Muster", "Par", "Por", "Di", "Door", "Av", "Af", "Автор:", "Yazar:", "بقلم",
// "كتب:", "نویسنده:", "تحریر:".

const LABELS = [
  'posted by',
  'written by',
  'words by',
  'reporting by',
  'by',
  'von',
  'autor(?:in)?',
  'par',
  'por',
  'di',
  'door',
  'av',
  'af',
  'texto(?: de)?',
  'text(?: von)?',
  'redacción',
  'автор',
  'текст',
  'yazar',
  'muhabir',
  'haber',
  'بقلم',
  'كتب(?:ت)?',
  'إعداد',
  'نویسنده',
  'به قلم',
  'گزارش',
  'تحریر',
  'رپورٹ',
];

/** A byline's label at the start of a line, with an optional colon. */
export const BYLINE_LABEL = new RegExp(`^(?:${LABELS.join('|')})\\s*[:：]?\\s+`, 'iu');

/**
 * A whole line that is a byline: the label, then a name. In scripts with case the name starts
 * with a capital ("By Jane Doe", not "by the river"); Arabic, Persian and Urdu have none.
 */
export function isBylineLine(text: string): boolean {
  const match = BYLINE_LABEL.exec(text);
  if (!match) return false;
  const name = text.slice(match[0].length);
  return /^\p{Lu}/u.test(name) || /^[\u0600-\u06ff]/u.test(name);
}

const LABEL_ONLY = new RegExp(`^(?:${LABELS.join('|')})\\s*[:：]?$`, 'iu');

/** A byline's label with no name after it. */
export function isBylineLabel(text: string): boolean {
  return LABEL_ONLY.test(text.trim());
}

/** The name of a byline line, without its label. */
export function bylineName(text: string): string {
  return text.replace(BYLINE_LABEL, '').trim();
}
