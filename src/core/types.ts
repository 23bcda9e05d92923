// Public types of the Broadsheet engine. They are part of the library contract
// (DESIGN.md "Public contract"): keep them JSON-serialisable and backwards compatible.

export interface Figure {
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface SourceLink {
  /** The text the page used, e.g. "News Source : amp.cnn.com". */
  label: string;
  /** Absolute http(s) URL. */
  url: string;
  /** false when the page only named a domain and `url` is that domain's homepage. */
  exact: boolean;
}

export interface ThemeRef {
  id: string;
  name: string;
}

export interface Article {
  url: string;
  canonicalUrl?: string;
  title: string;
  category?: string;
  byline?: string;
  /** ISO 8601 */
  published?: string;
  modified?: string;
  siteName?: string;
  lang?: string;
  dir: 'ltr' | 'rtl';
  dateline?: string;
  leadImage?: Figure;
  /** Reading order; the lead image first when present. */
  figures: Figure[];
  source?: SourceLink;
  tags: string[];
  /** Sanitized body HTML. */
  html: string;
  /** Body text only: paragraphs in reading order separated by a blank line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  theme?: ThemeRef;
}

export interface Detection {
  isArticle: boolean;
  theme?: ThemeRef;
  /** Human-readable names of the signals that matched, e.g. "jannah:body#tie-body". */
  signals: string[];
}

/** What clean() may take away, by kind. */
export type ClutterKind =
  | 'license'
  | 'ads'
  | 'share'
  | 'related'
  | 'comments'
  | 'sidebar'
  | 'sticky'
  | 'popups'
  | 'newsletter'
  | 'cookie'
  | 'back-to-top'
  | 'navigation'
  | 'screen-reader'
  /** What the reader's own hide rules took away (clean()'s `rules.hide`): never a setting. */
  | 'user';

export const CLUTTER_KINDS: readonly ClutterKind[] = [
  'license',
  'ads',
  'share',
  'related',
  'comments',
  'sidebar',
  'sticky',
  'popups',
  'newsletter',
  'cookie',
  'back-to-top',
  'navigation',
  'screen-reader',
  'user',
];

export interface CleanedItem {
  kind: ClutterKind;
  /** The rule selector that matched. */
  selector: string;
  /** A short description of the element, e.g. "div#check-also-box". */
  element: string;
}

/**
 * The reader's own fixes for a site: `article` names the article's container (used instead of
 * the theme's or the generic engine's when it matches an element that holds text), `hide`
 * selectors are left out of the body and taken away by clean(). Invalid selectors are ignored.
 */
export interface PageRules {
  article?: string;
  hide?: readonly string[];
}

export interface CleanReport {
  theme?: ThemeRef;
  /** false when no theme was recognised: then only the reader's hide rules, if any, were applied. */
  recognised: boolean;
  removed: CleanedItem[];
  /** Count per kind, for badges and summaries. */
  counts: Partial<Record<ClutterKind, number>>;
}
