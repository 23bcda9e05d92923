import { THEMES, type ThemeRule } from '../themes';
import { safeQuery } from './query';

export interface ThemeMatch {
  rule: ThemeRule;
  signals: string[];
}

/** The best theme rule whose fingerprints match, or null. Cheap: one querySelector per fingerprint. */
export function matchTheme(document: Document): ThemeMatch | null {
  for (const rule of THEMES) {
    const signals = rule.fingerprints
      .filter((fingerprint) => safeQuery(document, fingerprint.selector) !== null)
      .map((fingerprint) => `${rule.id}:${fingerprint.name}`);
    if (signals.length >= rule.minSignals) return { rule, signals };
  }
  return null;
}
