// Small text helpers shared by detection, cleaning and extraction.

const SPACE_RUN = /[\s\u00a0\u200b]+/g;
/** Whitespace other than a single space: a replace would change something. */
const UNEVEN_SPACE = /[^\S ]|\u200b| {2}/;

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function normalizeSpace(value: string | null | undefined): string {
  const text = value ?? '';
  // Most short texts have only single spaces: testing allocates nothing, replacing would copy.
  return UNEVEN_SPACE.test(text) ? text.replace(SPACE_RUN, ' ').trim() : text.trim();
}

/** textContent of an element, whitespace-collapsed. */
export function textOf(element: Element | null | undefined): string {
  return normalizeSpace(element?.textContent);
}
