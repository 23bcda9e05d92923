import { PICKER_MODE_KEY, type PickerMode } from '../shared/picker-mode';
import { openPicker, type PickerHandle } from './picker';

// picker.js: injected on demand (the popup's "Hide part of this page" and "Pick the article",
// the page's context menu) with activeTab, never registered on pages. The injector sets the mode
// in this world first. A second injection closes the picker that is open and starts anew.

const INSTANCE = Symbol.for('broadsheet.picker');
type World = Record<symbol, unknown>;

try {
  const world = globalThis as unknown as World;
  (world[INSTANCE] as PickerHandle | undefined)?.close();
  const mode: PickerMode = world[Symbol.for(PICKER_MODE_KEY)] === 'article' ? 'article' : 'hide';
  world[INSTANCE] = openPicker(document, mode) ?? undefined;
} catch {
  // Never surface in the page.
}
