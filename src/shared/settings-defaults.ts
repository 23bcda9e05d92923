import type { ClutterKind } from '../core/types';
import { CLUTTER_KINDS } from '../core/types';

// The settings types and their ONE source of defaults (DEFAULT_SETTINGS). Pure: no extension APIs.
// Import through ./settings-schema (pure) or ./settings (with storage).

export const SETTINGS_VERSION = 1;

/** The single storage.sync key everything lives under. */
export const SETTINGS_KEY = 'settings';

/** Clutter kinds the user can switch; license notices are always removed when auto-clean runs. */
export type ConfigurableClutterKind = Exclude<ClutterKind, 'license'>;

export const CONFIGURABLE_CLUTTER_KINDS: readonly ConfigurableClutterKind[] = CLUTTER_KINDS.filter(
  (kind): kind is ConfigurableClutterKind => kind !== 'license',
);

export const READER_THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type ReaderTheme = (typeof READER_THEMES)[number];

export const READER_FONTS = ['serif', 'sans', 'system'] as const;
export type ReaderFont = (typeof READER_FONTS)[number];

export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 28;

export interface ReaderSettings {
  theme: ReaderTheme;
  /** px, FONT_SIZE_MIN..FONT_SIZE_MAX */
  fontSize: number;
  font: ReaderFont;
  showImages: boolean;
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
}

/**
 * Defaults. Auto-clean removes what is plainly clutter; it keeps the site's navigation (the
 * reader still needs to move around the live site) and screen-reader-only text (removing it
 * from the live page would hurt assistive technology users).
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze({
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
  reader: { theme: 'system', fontSize: 18, font: 'serif', showImages: true },
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
