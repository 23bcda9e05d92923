import type { ThemeRecognition } from '../themes/types';

// Which theme a page runs, from fingerprints alone. Shared by matchTheme (library, popup) and
// the content script's gate, which must stay small: this module imports no rule data.

export interface Recognised<T extends ThemeRecognition> {
  rule: T;
  /** "theme:fingerprint" for every fingerprint of the winning rule that matched. */
  signals: string[];
}

/**
 * The first candidate (callers pass them by priority) with at least minSignals matching
 * fingerprints and all its required ones. A rule is dropped as soon as it can no longer reach
 * minSignals, so most rules cost one or two queries on a page of another theme.
 */
export function recogniseTheme<T extends ThemeRecognition>(
  document: Document,
  candidates: readonly T[],
  // The library passes its indexed query (one page walk instead of one per fingerprint in JS DOMs).
  present: (document: Document, selector: string) => boolean = nativePresent,
): Recognised<T> | null {
  for (const rule of candidates) {
    const matched: string[] = [];
    let possible = true;
    // Required fingerprints first: without them nothing else needs asking.
    for (const fingerprint of rule.fingerprints) {
      if (fingerprint.required && !present(document, fingerprint.selector)) possible = false;
    }
    const total = rule.fingerprints.length;
    for (let index = 0; possible && index < total; index += 1) {
      const fingerprint = rule.fingerprints[index];
      if (fingerprint.required || present(document, fingerprint.selector)) matched.push(`${rule.id}:${fingerprint.name}`);
      if (matched.length + (total - index - 1) < rule.minSignals) possible = false;
    }
    if (possible && matched.length >= rule.minSignals) return { rule, signals: matched };
  }
  return null;
}

function nativePresent(document: Document, selector: string): boolean {
  try {
    return document.querySelector(selector) !== null;
  } catch {
    // An invalid selector in rule data, or a parser without the feature: not a signal.
    return false;
  }
}
