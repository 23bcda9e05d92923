import type { ClutterKind } from '../core/types';

/** One independent piece of evidence that a page runs a theme. */
export interface Fingerprint {
  /** Short name reported in Detection.signals. */
  name: string;
  /** CSS selector that must match somewhere in the document ('' when `script` alone says it). */
  selector: string;
  /**
   * Or a regular expression (its source; case-sensitive) that the text of an inline <script>
   * matches: a theme's settings object (tdThemeName, `var tie`, jnewsoption), which survives the
   * cache plugins that combine and rename every stylesheet and script. The fingerprint counts
   * when the selector or the script matches.
   */
  script?: string;
  /**
   * The rule never matches without this signal (e.g. the theme's own asset path, when a
   * sibling theme shares the rest of the markup: Newsmag vs Newspaper).
   */
  required?: boolean;
}

/** A front-end "license not validated" bar printed by the theme. */
export interface LicenseNoticeRule {
  selector: string;
  /** The element's text must start with one of these (trimmed, whitespace collapsed). */
  textStartsWith: string[];
}

/** Selectors for the parts of a single post. First match wins, in order. */
export interface ExtractionSelectors {
  title: string[];
  category: string[];
  byline: string[];
  /** Elements whose `datetime` attribute or text holds the publication date. */
  published: string[];
  leadFigure: string[];
  /** Inside the lead figure: the caption element (its text may be a caption, a credit, or both). */
  leadCaption: string[];
  /** A caption printed right after the lead figure (its next sibling), not inside it. */
  leadCaptionAfter: string[];
  body: string[];
  /** Removed from the body before its text and HTML are taken. */
  bodyStrip: string[];
  tags: string[];
  /** Theme-native Source / Via boxes (anchors inside give the URL). */
  source: string[];
}

/** How sure the markup facts are (news-themes.md legend): H read in source, M seen third-hand, L memory. */
export type Confidence = 'H' | 'M' | 'L';

/**
 * What reading a theme's page needs: recognising it (detection) and taking its article apart
 * (extraction). The popup and the reader tab load only this part of every rule, generated at
 * build time (src/themes/reading.ts, vite.theme-reading.ts).
 */
export interface ThemeReading {
  id: string;
  name: string;
  /** Weakest confidence of the facts detection relies on; M and L rules need minSignals >= 2. */
  confidence?: Confidence;
  /** Higher runs first when several rules could match. */
  priority: number;
  fingerprints: Fingerprint[];
  /** How many distinct fingerprints must match; never satisfied by a generator meta alone. */
  minSignals: number;
  extraction: ExtractionSelectors;
}

/** A full theme rule: the reading part plus what cleaning removes (content script, clean()). */
export interface ThemeRule extends ThemeReading {
  licenseNotices: LicenseNoticeRule[];
  clutter: Partial<Record<ClutterKind, string[]>>;
}

/**
 * What a theme file writes (defineTheme): the theme's own data. The registry (index.ts) puts
 * the WordPress base's extraction, license and clutter lists after the theme's own.
 */
export interface ThemeDefinition extends Omit<ThemeRule, 'confidence' | 'extraction'> {
  confidence: Confidence;
  /** Lists the theme does not give are the base's alone. */
  extraction: Partial<ExtractionSelectors>;
}

/** The part of a rule that recognises its theme (the content script's gate derives its evidence from it). */
export type ThemeRecognition = Pick<ThemeReading, 'id' | 'priority' | 'minSignals' | 'fingerprints'>;
