import type { Fingerprint, ThemeRecognition } from '../themes/types';

// Which theme a page runs, from fingerprints alone. Shared by matchTheme (library, popup) and
// the content script's page cleaner, which must stay small: this module imports no rule data.

export interface Recognised<T extends ThemeRecognition> {
  rule: T;
  /** "theme:fingerprint" for every fingerprint of the winning rule that matched. */
  signals: string[];
}

/** Inline script text read for `script` fingerprints: settings objects sit in the first kilobytes of theirs. */
export const SCRIPT_TEXT_LIMIT = 4_000;
const SCRIPT_COUNT_LIMIT = 400;

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
  // The page's inline scripts, read once and only when a rule asks (most pages end before).
  let scripts: string | undefined;
  const has = (fingerprint: Fingerprint): boolean => {
    if (fingerprint.selector && present(document, fingerprint.selector)) return true;
    if (!fingerprint.script) return false;
    scripts ??= inlineScripts(document);
    try {
      return new RegExp(fingerprint.script).test(scripts);
    } catch {
      return false;
    }
  };
  for (const rule of candidates) {
    const matched: string[] = [];
    let possible = true;
    // Required fingerprints first: without them nothing else needs asking.
    for (const fingerprint of rule.fingerprints) {
      if (fingerprint.required && !has(fingerprint)) possible = false;
    }
    const total = rule.fingerprints.length;
    for (let index = 0; possible && index < total; index += 1) {
      const fingerprint = rule.fingerprints[index];
      if (fingerprint.required || has(fingerprint)) matched.push(`${rule.id}:${fingerprint.name}`);
      if (matched.length + (total - index - 1) < rule.minSignals) possible = false;
    }
    if (possible && matched.length >= rule.minSignals) return { rule, signals: matched };
  }
  return null;
}

/** Whether one fingerprint matches the page (tests and tools; recogniseTheme shares the script read). */
export function fingerprintPresent(document: Document, fingerprint: Fingerprint): boolean {
  return recogniseTheme(document, [{ id: '', priority: 1, minSignals: 1, fingerprints: [fingerprint] }]) !== null;
}

/** The start of every inline script's text, joined (JSON-LD and templates included: harmless). */
function inlineScripts(document: Document): string {
  const parts: string[] = [];
  const all = document.getElementsByTagName('script');
  for (let index = 0; index < all.length && index < SCRIPT_COUNT_LIMIT; index += 1) {
    const script = all[index];
    if (script.hasAttribute('src')) continue;
    parts.push((script.textContent ?? '').slice(0, SCRIPT_TEXT_LIMIT));
  }
  return parts.join('\n');
}

function nativePresent(document: Document, selector: string): boolean {
  try {
    return document.querySelector(selector) !== null;
  } catch {
    // An invalid selector in rule data, or a parser without the feature: not a signal.
    return false;
  }
}
