import {
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  LINE_HEIGHT_MAX,
  LINE_HEIGHT_MIN,
  READER_ALIGNS,
  READER_FONTS,
  READER_THEMES,
  READER_WIDTHS,
} from '../shared/settings-defaults';
import { LOOK_CACHE_KEY } from './look-cache';

// Paints extension pages in the reader's last theme before anything else loads: built into
// early-look.js (and the popup's popup-early.js), a classic blocking script from the extension's
// own origin, run in <head> before the first paint, so a dark-theme reader never flashes white.
// The extension CSP forbids inline script, hence a file. It copies only allow-listed values
// (the settings schema's own lists) from the cache src/ui/reader-look.ts writes; the modules
// re-apply the validated settings once storage answers.

export function paintRememberedLook(root: HTMLElement): void {
  let look: Record<string, unknown> | null;
  try {
    look = JSON.parse(localStorage.getItem(LOOK_CACHE_KEY) || 'null');
  } catch {
    look = null;
  }
  if (!look || typeof look !== 'object') return;
  const pick = (value: unknown, allowed: readonly string[]) => (typeof value === 'string' && allowed.includes(value) ? value : null);
  const attributes = {
    'data-theme': pick(look.theme, READER_THEMES),
    'data-font': pick(look.font, READER_FONTS),
    'data-width': pick(look.width, READER_WIDTHS),
    'data-align': pick(look.align, READER_ALIGNS),
  };
  for (const [name, value] of Object.entries(attributes)) if (value) root.setAttribute(name, value);
  const { fontSize, lineHeight } = look;
  if (typeof fontSize === 'number' && fontSize >= FONT_SIZE_MIN && fontSize <= FONT_SIZE_MAX) root.style.setProperty('--bs-font-size', `${fontSize}px`);
  if (typeof lineHeight === 'number' && lineHeight >= LINE_HEIGHT_MIN && lineHeight <= LINE_HEIGHT_MAX)
    root.style.setProperty('--bs-line-height', String(lineHeight));
}
