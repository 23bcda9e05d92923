import type { ReaderSettings } from '../shared/settings-schema';
import { validateSettings } from '../shared/settings-schema';

// Applies the reader look (theme, font, size) as data attributes and one CSS variable on an
// element, usually <html>, so theme.css and article.css pick it up. The last look is kept in
// localStorage so the next page open paints in the right theme before storage.sync answers.

const CACHE_KEY = 'broadsheet:reader-look';

export function applyReaderLook(element: HTMLElement, reader: ReaderSettings): void {
  element.dataset.theme = reader.theme;
  element.dataset.font = reader.font;
  element.style.setProperty('--bs-font-size', `${reader.fontSize}px`);
}

export function rememberReaderLook(reader: ReaderSettings): void {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(reader));
  } catch {
    // No localStorage here: the look just arrives a moment later next time.
  }
}

/** Applies the remembered look, if any; validated like any stored settings. */
export function applyRememberedLook(element: HTMLElement): void {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    if (!cached) return;
    const { settings, errors } = validateSettings({ version: 1, reader: JSON.parse(cached) });
    if (errors.length === 0) applyReaderLook(element, settings.reader);
  } catch {
    // Ignore a corrupt cache.
  }
}
