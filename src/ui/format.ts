import type { SourceLink } from '../core/types';
import { safeHttpUrl } from '../core/sanitize';

// Small pure helpers for the article view: dates, source labels, safe image URLs.

export interface FormattedDate {
  /** For <time datetime>: the ISO string as given. */
  datetime: string;
  /** Localised, e.g. "16 May 2024" or "May 16, 2024". */
  text: string;
  /** Localised with the time, for a tooltip; absent for date-only values. */
  full?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Localised date for an ISO 8601 string; null when it cannot be parsed. */
export function formatDate(iso: string | undefined, locale?: string | string[]): FormattedDate | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    if (DATE_ONLY.test(iso)) {
      // A calendar date has no time zone: show that day everywhere.
      return { datetime: iso, text: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) };
    }
    return {
      datetime: iso,
      text: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date),
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date),
    };
  } catch {
    return null;
  }
}

export interface SourceDisplay {
  href: string;
  /** "amp.cnn.com" or "amp.cnn.com (homepage)" */
  text: string;
}

/** The source link as shown: its domain, marked "(homepage)" when the page only named a domain. */
export function sourceDisplay(source: SourceLink | undefined): SourceDisplay | null {
  const href = safeHttpUrl(source?.url);
  if (!source || !href) return null;
  const domain = new URL(href).hostname.replace(/^www\./, '');
  return { href, text: source.exact ? domain : `${domain} (homepage)` };
}

/** An image URL we are willing to load: http(s), resolved against the article URL. */
export function safeImageUrl(src: string | undefined, base?: string): string | undefined {
  return safeHttpUrl(src, base);
}

/** Comparable form of an image URL, for matching body images to Article.figures. */
export function imageKey(src: string | null | undefined, base?: string): string | null {
  if (!src) return null;
  try {
    const url = new URL(src.trim(), base);
    url.hash = '';
    return url.href;
  } catch {
    return src.trim();
  }
}
