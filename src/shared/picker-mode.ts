/** What the picker is for: a part of the page to hide, or the article's container. */
export type PickerMode = 'hide' | 'article';

/**
 * The world key the injector sets before picker.js runs (executeScript passes no arguments to
 * a file): a registered symbol, never a name the page could clobber (see world-flags.ts).
 */
export const PICKER_MODE_KEY = 'broadsheet.pickerMode';
