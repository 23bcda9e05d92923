import { cleanLicenseNotices, type CleanSession } from '../core/clean';
import { licenseNoticeCandidates, matchesWithin } from '../core/clean-targets';
import type { ThemeRule } from '../themes/types';
import { outermost } from './added-roots';
import { keepSession } from './undo';

// License notices on the live page. They are detached as soon as the parser inserts them,
// inside the MutationObserver callback (a microtask later), so no frame ever paints them;
// nothing on the page depends on them, unlike the clutter the sweep only hides.

export interface NoticeWatch {
  /** Takes the license notices in `roots` (not nested in one another: outermost()). */
  take(roots: Element[]): void;
  /** Nodes arrived: candidates they arrived inside are asked again. */
  recheck(records: MutationRecord[]): void;
}

export function createNoticeWatch(rule: ThemeRule, sessions: CleanSession[]): NoticeWatch {
  const candidates = licenseNoticeCandidates(rule);
  /**
   * Candidates the rules did not take yet: the parser can add an element in one task and its
   * text in a later one (a slow network or a busy machine splits the page there), so a notice
   * may first show up empty.
   */
  const unfinished = new Set<Element>();

  function take(roots: Element[]): void {
    // One query per added subtree decides whether the full notice rules need asking: the
    // parser adds a long page as thousands of small subtrees, and most hold no notice.
    const scope = roots.filter((root) => holds(root, candidates));
    if (scope.length === 0) return;
    keepSession(sessions, cleanLicenseNotices(scope, rule));
    for (const root of scope) {
      for (const candidate of matchesWithin(root, candidates)) if (candidate.isConnected) unfinished.add(candidate);
    }
  }

  return {
    take,
    recheck(records) {
      if (unfinished.size === 0) return;
      const targets = new Set<Node>();
      for (let r = 0; r < records.length; r += 1) targets.add(records[r].target);
      const touched: Element[] = [];
      for (const notice of unfinished) {
        if (!notice.isConnected) unfinished.delete(notice);
        else
          for (const target of targets) {
            if (notice.contains(target)) {
              touched.push(notice);
              break;
            }
          }
      }
      for (const notice of touched) unfinished.delete(notice);
      if (touched.length > 0) take(outermost(touched));
    },
  };
}

/** The root or an element inside it matches; an invalid selector answers yes (the full rules decide). */
function holds(root: Element, selector: string): boolean {
  try {
    return root.matches(selector) || root.querySelector(selector) !== null;
  } catch {
    return true;
  }
}
