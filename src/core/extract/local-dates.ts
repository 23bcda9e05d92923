import { MONTH_PATTERN, MONTHS } from './month-names';

// Dates printed in the page's language, for pages that give no machine-readable date:
// "15 mars 2024", "3. März 2024", "15 de marzo de 2024", "15 марта 2024 г.", "١٥ مارس ٢٠٢٤",
// "March 15, 2024", "2024年3月15日", "15.03.2024". The result is a calendar date (YYYY-MM-DD):
// a printed date says which day, not at what time or in which zone.

const DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

function asciiDigits(text: string): string {
  return text.replace(DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    const base = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - base);
  });
}

const L = '[^\\p{L}\\p{N}]';
const DAY_MONTH_YEAR = new RegExp(`(?:^|${L})(\\d{1,2})\\.?\\s*(?:de\\s+)?(${MONTH_PATTERN})\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?:^|${L})(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u;
const ISO_LIKE = /(?:^|\D)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const NUMERIC = /(?:^|\D)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;

/** The first date printed in the text, as YYYY-MM-DD; `lang` decides day/month order of "03/04/2024". */
export function parseLocalDate(text: string, lang?: string): string | undefined {
  const value = asciiDigits(text).replace(/\s+/g, ' ');
  let match = CJK.exec(value);
  if (match) return calendarDate(+match[1], +match[2], +match[3]);
  match = DAY_MONTH_YEAR.exec(value);
  if (match) return calendarDate(+match[3], MONTHS.get(match[2].toLowerCase()), +match[1]);
  match = MONTH_DAY_YEAR.exec(value);
  if (match) return calendarDate(+match[3], MONTHS.get(match[1].toLowerCase()), +match[2]);
  match = ISO_LIKE.exec(value);
  if (match) return calendarDate(+match[1], +match[2], +match[3]);
  match = NUMERIC.exec(value);
  if (match) {
    // Month first where the language writes it so (US English, and English without a region),
    // or where the second number cannot be a month.
    const usOrder = /^en(?:-us)?$/i.test(lang ?? '') && match[2] === '/' && +match[1] <= 12;
    const monthFirst = +match[3] > 12 || usOrder;
    return monthFirst ? calendarDate(+match[4], +match[1], +match[3]) : calendarDate(+match[4], +match[3], +match[1]);
  }
  return undefined;
}

function calendarDate(year: number, month: number | undefined, day: number): string | undefined {
  if (!month || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}
