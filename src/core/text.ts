// Small text helpers shared by detection, cleaning and extraction.

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function normalizeSpace(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** textContent of an element, whitespace-collapsed. */
export function textOf(element: Element | null | undefined): string {
  return normalizeSpace(element?.textContent);
}
