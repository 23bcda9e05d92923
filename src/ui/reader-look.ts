import type { ReaderSettings } from '../shared/settings-schema';
import { SETTINGS_VERSION, validateSettings } from '../shared/settings-schema';

// Applies the reader look (theme, font, size, line height, column width, alignment) as data
// attributes and CSS variables on an element, usually <html>, for theme.css and article.css.
// The last look is kept in localStorage of the extension origin: early-look.js (src/ui/early-look.ts)
// applies it before the first paint of the next page (no white flash), before storage.sync answers.
import { LOOK_CACHE_KEY } from './look-cache';

export function applyReaderLook(element: HTMLElement, reader: ReaderSettings): void {
  element.dataset.theme = reader.theme;
  element.dataset.font = reader.font;
  element.dataset.width = reader.width;
  element.dataset.align = reader.align;
  element.dataset.images = reader.showImages ? 'on' : 'off';
  element.style.setProperty('--bs-font-size', `${reader.fontSize}px`);
  element.style.setProperty('--bs-line-height', String(reader.lineHeight));
}

export function rememberReaderLook(reader: ReaderSettings): void {
  try {
    localStorage.setItem(LOOK_CACHE_KEY, JSON.stringify(reader));
  } catch {
    // No localStorage here: the look just arrives a moment later next time.
  }
}

/** Applies the remembered look, if any; validated like any stored settings. */
export function applyRememberedLook(element: HTMLElement): void {
  try {
    const cached = localStorage.getItem(LOOK_CACHE_KEY);
    if (!cached) return;
    const { settings, errors } = validateSettings({ version: SETTINGS_VERSION, reader: JSON.parse(cached) });
    if (errors.length === 0) applyReaderLook(element, settings.reader);
  } catch {
    // Ignore a corrupt cache.
  }
}
