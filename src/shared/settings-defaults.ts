import type { ClutterKind } from '../core/types';
import { CLUTTER_KINDS } from '../core/types';

// The settings types and their ONE source of defaults (DEFAULT_SETTINGS). Pure: no extension APIs.
// Import through ./settings-schema (pure) or ./settings (with storage).

export const SETTINGS_VERSION = 4;

/** The storage.sync key of the main settings item (everything but the per-site rules). */
export const SETTINGS_KEY = 'settings';

/**
 * Each site's rules are an item of their own, `site:<hostname>`: storage.sync allows 8 KB per
 * item, so one item for all sites would fill up after a few, and the main item stays small.
 */
export const SITE_KEY_PREFIX = 'site:';

export function siteKey(hostname: string): string {
  return `${SITE_KEY_PREFIX}${hostname}`;
}

/**
 * Clutter kinds the user can switch: license notices are always removed when auto-clean runs,
 * and 'user' is what the reader's own hide rules take (each rule is its own switch).
 */
export type ConfigurableClutterKind = Exclude<ClutterKind, 'license' | 'user'>;

export const CONFIGURABLE_CLUTTER_KINDS: readonly ConfigurableClutterKind[] = /* @__PURE__ */ CLUTTER_KINDS.filter(
  (kind): kind is ConfigurableClutterKind => kind !== 'license' && kind !== 'user',
);

export const READER_THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type ReaderTheme = (typeof READER_THEMES)[number];

/** 'dyslexic' is OpenDyslexic, shipped inside the extension (never fetched at run time). */
export const READER_FONTS = ['serif', 'sans', 'system', 'dyslexic'] as const;
export type ReaderFont = (typeof READER_FONTS)[number];

export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 28;

/** Unitless line height, in tenths: 1.2 … 2.2. */
export const LINE_HEIGHT_MIN = 1.2;
export const LINE_HEIGHT_MAX = 2.2;

/** Measure of the text column in the reader tab (the popup is narrower anyway). */
export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type ReaderWidth = (typeof READER_WIDTHS)[number];

/** 'start' is ragged (left in LTR, right in RTL); 'justify' justifies body paragraphs. */
export const READER_ALIGNS = ['start', 'justify'] as const;
export type ReaderAlign = (typeof READER_ALIGNS)[number];

export interface ReaderSettings {
  theme: ReaderTheme;
  /** px, FONT_SIZE_MIN..FONT_SIZE_MAX */
  fontSize: number;
  font: ReaderFont;
  /** LINE_HEIGHT_MIN..LINE_HEIGHT_MAX, one decimal. */
  lineHeight: number;
  width: ReaderWidth;
  align: ReaderAlign;
  showImages: boolean;
}

/** Listen's speed, as speechSynthesis rates. */
export const LISTEN_RATE_MIN = 0.5;
export const LISTEN_RATE_MAX = 2;
/** Languages remembered for Listen: past it, an import is suspect (and the main item must stay small). */
export const MAX_LISTEN_LANGUAGES = 20;

/** The voice (its voiceURI) and speed the reader chose for one language. */
export interface ListenLanguage {
  voice?: string;
  rate: number;
}

export interface ListenSettings {
  /** Read figure captions, photo credits and the source line too. */
  readCaptions: boolean;
  /** By primary language subtag ("ar", "en"): one choice serves every region. */
  languages: Record<string, ListenLanguage>;
}

/** More hide rules than a reader picks on one site: past it, an import is suspect. */
export const MAX_HIDE_RULES = 100;

/**
 * The reader's fixes for one site (exact hostname). `hide` and `article` are CSS selectors (core
 * PageRules); `clutter` overrides the global clutter choices on that site only. Auto-clean on or
 * off per site stays autoClean.disabledSites: one definition of that switch.
 */
export interface SiteRules {
  hide: string[];
  article?: string;
  clutter?: Partial<Record<ConfigurableClutterKind, boolean>>;
}

export interface Settings {
  version: number;
  autoClean: {
    enabled: boolean;
    /** Exact hostnames (lowercase, as location.hostname gives them) where auto-clean is off. */
    disabledSites: string[];
  };
  /** Which kinds auto-clean removes from the live page. */
  clutter: Record<ConfigurableClutterKind, boolean>;
  reader: ReaderSettings;
  listen: ListenSettings;
}

/**
 * Everything a reader has set: the main settings and the per-site rules by exact hostname.
 * Apart in storage (one item per site, SITE_KEY_PREFIX), so pages that need only the main
 * item (the popup) never read or validate every site's rules.
 */
export interface AllSettings extends Settings {
  sites: Record<string, SiteRules>;
}

/**
 * Defaults. Auto-clean removes what is plainly clutter; it keeps the site's navigation (the
 * reader still needs to move around the live site) and screen-reader-only text (removing it
 * from the live page would hurt assistive technology users).
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ deepFreeze({
  version: SETTINGS_VERSION,
  autoClean: { enabled: true, disabledSites: [] },
  clutter: {
    ads: true,
    share: true,
    related: true,
    comments: true,
    sidebar: true,
    sticky: true,
    popups: true,
    newsletter: true,
    cookie: true,
    'back-to-top': true,
    navigation: false,
    'screen-reader': false,
  },
  reader: { theme: 'system', fontSize: 18, font: 'serif', lineHeight: 1.6, width: 'medium', align: 'start', showImages: true },
  listen: { readCaptions: false, languages: {} },
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
