import type { ThemeRecognition } from '../themes/types';

// Cheap evidence that a WordPress page may run one of the known themes, read where a theme
// always leaves a trace: its own assets in <head> and the <body> tag's id and class. The content
// script's gate asks this before the full fingerprints, whose queries walk the whole document:
// on WordPress pages of other themes (most WordPress pages) that walk was nearly all the cost
// of the gate, and it ran twice (at <body> and at DOMContentLoaded).
// Derived from the fingerprints themselves, so the theme data stays written once.

export interface ThemeEvidence {
  /** Fingerprint parts about a <link> or <script>, asked inside <head> only (a few dozen elements). */
  head: string;
  /** Fingerprint parts about the <body> tag itself (body#tie-body, body.wp-theme-x). */
  body: string;
}

/**
 * The shallow parts of every candidate's fingerprints: what hasThemeEvidence asks. Selector
 * lists are cut at every comma: fingerprints keep commas out of attribute values (a unit test
 * holds them to it).
 */
export function themeEvidence(candidates: readonly ThemeRecognition[]): ThemeEvidence {
  const parts = candidates.flatMap((rule) => rule.fingerprints.flatMap((fingerprint) => fingerprint.selector.split(',')));
  // A compound selector on one of `tags` with no combinator: about that element itself.
  const shallow = (tags: string) =>
    parts
      .map((part) => part.trim())
      .filter((part) => new RegExp(`^(?:${tags})(?![\\w-])[^\\s>+~]*$`).test(part.replace(/\[[^\]]*\]/g, '')))
      .join(', ');
  return { head: shallow('link|script'), body: shallow('body') };
}

/**
 * Whether a page may run one of the themes the evidence was built from. When the question
 * cannot be asked (a parser without the selector feature), it answers yes: the full
 * recognition decides then.
 */
export function hasThemeEvidence(document: Document, evidence: ThemeEvidence): boolean {
  try {
    if (evidence.head && document.head?.querySelector(evidence.head)) return true;
    return Boolean(evidence.body && document.body?.matches(evidence.body));
  } catch {
    return true;
  }
}
