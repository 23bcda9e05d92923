import type { ThemeRecognition } from '../themes/types';

// One query that finds any trace of a known theme where a theme always leaves one: its own
// assets (<link>, <script>) and the <body> tag's id and class. The content script's gate asks
// it on WordPress pages before the full fingerprints, whose queries walk the whole document:
// on WordPress pages of other themes (most WordPress pages) it finds nothing, hands the script
// no element, and the gate ends there. Derived from the fingerprints at build time
// (vite.content.config.ts), so the theme data stays written once.

/**
 * The parts of every candidate's fingerprints that are about a <link>, a <script> or the
 * <body> tag itself (one compound selector, no combinator), as one selector list. Lists are
 * cut at every comma: fingerprints keep commas out of attribute values (a unit test holds
 * them to it).
 */
export function themeEvidenceSelector(candidates: readonly ThemeRecognition[]): string {
  const shallow = /^(?:link|script|body)(?![\w-])[^\s>+~]*$/;
  return candidates
    .flatMap((rule) => rule.fingerprints.flatMap((fingerprint) => fingerprint.selector.split(',')))
    .map((part) => part.trim())
    .filter((part) => shallow.test(part.replace(/\[[^\]]*\]/g, '')))
    .join(', ');
}
