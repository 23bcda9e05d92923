import { queryFirst, safeQueryAll } from './query';
import { normalizeSpace } from './text';
import type { ClutterKind } from './types';
import { advancedAdsSelectors, LICENSE_BAR, PLUGIN_CLUTTER } from '../themes/plugins';
import type { ThemeRule } from '../themes/types';

// What cleaning takes on a recognised page, found without changing it: license bars, clutter
// selectors by kind, and the article's containers that clutter rules must never take.

export interface FoundNotice {
  element: Element;
  selector: string;
}

/**
 * The theme's clutter selectors, then what autoblog plugins add on any theme (themes/plugins.ts),
 * by kind; kinds set to false are left out.
 */
export function clutterSelectors(rule: ThemeRule, document: Document, kinds?: Partial<Record<ClutterKind, boolean>>): Array<[ClutterKind, string[]]> {
  const merged = new Map<ClutterKind, string[]>();
  const add = (kind: ClutterKind, selectors: readonly string[]) => {
    const list = merged.get(kind) ?? [];
    for (const selector of selectors) if (!list.includes(selector)) list.push(selector);
    merged.set(kind, list);
  };
  for (const [kind, selectors] of Object.entries(rule.clutter) as Array<[ClutterKind, string[]]>) add(kind, selectors);
  for (const [kind, selectors] of Object.entries(PLUGIN_CLUTTER) as Array<[ClutterKind, string[]]>) add(kind, selectors);
  add('ads', advancedAdsSelectors(document.body));
  return [...merged].filter(([kind, selectors]) => selectors.length > 0 && kinds?.[kind] !== false);
}

/**
 * License bars: the theme's own (selector and exact text), then the guarded general rule for any
 * vendor's bar: a fixed-position child of body whose text says a theme license is not
 * validated/activated and which links to a theme vendor. Callers only ask on recognised pages.
 */
export function findLicenseNotices(root: ParentNode, rule: ThemeRule): FoundNotice[] {
  const found: FoundNotice[] = [];
  for (const notice of rule.licenseNotices) {
    for (const element of matchesWithin(root, notice.selector)) {
      const text = normalizeSpace(element.textContent);
      if (notice.textStartsWith.some((prefix) => text.startsWith(prefix))) {
        found.push({ element, selector: notice.selector });
      }
    }
  }
  for (const element of matchesWithin(root, LICENSE_BAR.candidates)) {
    if (found.some((notice) => notice.element === element) || !isVendorLicenseBar(element)) continue;
    found.push({ element, selector: LICENSE_BAR.candidates });
  }
  return found;
}

/** Every element a license notice could be, as one selector list (a cheap pre-check). */
export function licenseNoticeCandidates(rule: ThemeRule): string {
  return [...rule.licenseNotices.map((notice) => notice.selector), LICENSE_BAR.candidates].join(', ');
}

function isVendorLicenseBar(element: Element): boolean {
  if (!/position\s*:\s*fixed/i.test(element.getAttribute('style') ?? '')) return false;
  if (!LICENSE_BAR.text.test(normalizeSpace(element.textContent))) return false;
  return safeQueryAll(element, 'a[href]').some((anchor) => {
    const href = anchor.getAttribute('href') ?? '';
    const host = /^https?:\/\/([^/?#:]+)/i.exec(href)?.[1]?.toLowerCase() ?? '';
    return LICENSE_BAR.vendors.some((vendor) => host === vendor || host.endsWith(`.${vendor}`));
  });
}

/** Elements matching a selector in a subtree, the subtree's root included. */
export function matchesWithin(root: ParentNode, selector: string): Element[] {
  const found = safeQueryAll(root, selector);
  const element = root as Element;
  if (element.nodeType === 1 && safeMatches(element, selector)) found.unshift(element);
  return found;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** The title and body containers: clutter rules must never take them away. */
export function articleNodes(document: Document, rule: ThemeRule): Element[] {
  return [queryFirst(document, rule.extraction.body), queryFirst(document, rule.extraction.title)].filter((node): node is Element => node !== null);
}
