import type { ReaderSettings } from '../shared/settings-schema';

// Applies the reader look (theme, font, size) as data attributes and one CSS variable on an
// element, usually <html>, so theme.css and article.css pick it up.

export function applyReaderLook(element: HTMLElement, reader: ReaderSettings): void {
  element.dataset.theme = reader.theme;
  element.dataset.font = reader.font;
  element.style.setProperty('--bs-font-size', `${reader.fontSize}px`);
}
