import type { ThemeRecognition } from '../themes/types';

// What the content script's gate asks on WordPress pages before the full fingerprints, whose
// queries walk the whole document. Derived from the fingerprints at build time
// (vite.content.config.ts), so the theme data stays written once. Two parts:
// - THEME_EVIDENCE: a theme's own assets (<link>, <script>) and the <body> tag's id and class,
//   asked once when <body> opens. On WordPress pages of other themes (most WordPress pages) it
//   finds nothing, hands the script no element, and the gate ends there;
// - THEME_WRAPPERS: the theme's own wrappers as children of <body> (`body > div#td-outer-wrap`),
//   asked of each child of <body> as the parser adds it, until DOMContentLoaded. They let in the
//   pages whose assets a cache plugin combined and renamed and whose <body> tag says nothing
//   (child themes, old versions), at the cost of one `matches` per child of <body>.

/** Selector lists are cut at every comma: fingerprints keep commas out of attribute values (a unit test holds them to it). */
function parts(candidates: readonly ThemeRecognition[]): string[] {
  return candidates
    .flatMap((rule) => rule.fingerprints.flatMap((fingerprint) => fingerprint.selector.split(',')))
    .map((part) => part.trim())
    .filter(Boolean);
}

const bare = (part: string) => part.replace(/\[[^\]]*\]/g, '');

/**
 * The parts of every candidate's fingerprints that are about a <link>, a <script> or the
 * <body> tag itself (one compound selector, no combinator), as one selector list.
 */
export function themeEvidenceSelector(candidates: readonly ThemeRecognition[]): string {
  const shallow = /^(?:link|script|body)(?![\w-])[^\s>+~]*$/;
  return parts(candidates)
    .filter((part) => shallow.test(bare(part)))
    .join(', ');
}

/** The parts about a child of <body> (`body… > compound`), as one selector list. */
export function themeWrapperSelector(candidates: readonly ThemeRecognition[]): string {
  const child = /^body(?![\w-])[^\s>+~]*\s*>\s*[^\s>+~]+$/;
  return [...new Set(parts(candidates).filter((part) => child.test(bare(part))))].join(', ');
}
