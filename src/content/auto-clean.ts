import {
  articleNodes,
  cleanMatches,
  cleanWithUndo,
  clutterSelectors,
  licenseNoticeCandidates,
  matchesWithin,
  type CleanSession,
} from '../core/clean';
import { CLUTTER_KINDS, type CleanReport, type ClutterKind } from '../core/types';
import type { ThemeRule } from '../themes/types';
import { readyState } from './ready-state';
import { createSweeper, outermost, type Sweeper } from './sweeper';

// Auto-clean on the live page, started by the page cleaner as soon as the theme is recognised
// (theme-watch.ts): at <body>, when a license-like notice arrived, or at DOMContentLoaded.
// The order of events matters:
// - everything parsed so far is searched at once, before the next paint;
// - license notices are removed inside the MutationObserver callback, a microtask after the
//   parser inserted them, so no frame ever paints them;
// - clutter is hidden by a sweeper (sweeper.ts) that walks the subtrees added since its last
//   slice, from the next animation frame (before the next paint), in slices of at most SLICE_MS
//   between which the page runs; the total work is linear in the page's size. At
//   DOMContentLoaded license notices are looked for once more and the whole document is queued
//   once, to be sure nothing was missed;
// - after `load`, the observer keeps catching late inserts until the page has been quiet for
//   SETTLE_MS (or MAX_WATCH_MS passed), then disconnects.
// Never break the page: clutter is HIDDEN (inline display:none + data-broadsheet-hidden), not
// removed, because page scripts may hold references to it or query it (ad loaders, sticky
// widgets, comment apps); only license notices, which nothing depends on, are detached. Every
// step is recorded so "Show original" (message 'page:restore') puts everything back. No error
// of ours ever reaches the page: each step is guarded and a failure restores the page.
// Time budget: over WORK_BUDGET_MS of main-thread work the observer stops, and so does
// sweeping until DOMContentLoaded; there license notices are looked for once more (a handful
// of queries) and the final sweep gets FINAL_SWEEP_MS more, in slices, then stops where it is.
// Each stop is said in a console.debug line. What was hidden stays hidden.

const SETTLE_MS = 2_000;
const MAX_WATCH_MS = 15_000;
/** Main-thread time auto-clean may spend on one page, all steps together. */
const WORK_BUDGET_MS = 150;
/** What the final sweep at DOMContentLoaded may add to the work done until then. */
const FINAL_SWEEP_MS = 100;
/** Longest stretch of sweeping before the page gets the main thread back. */
const SLICE_MS = 8;
/**
 * Clutter a page puts back after `load` (an ad script re-inserting its slot): past this many
 * late hides we stop fighting and leave the page to itself, whatever the time spent.
 */
const LATE_HIDE_LIMIT = 40;
/** Clutter found before it is hidden and the clock looked at again. */
const MATCHES_PER_STEP = 64;
/** Past this many records in one batch, the elements that received nodes are searched instead. */
const MANY_RECORDS = 512;

export interface AutoCleanSettings {
  /** false when the user turned auto-clean off for this site: undo and stop. */
  enabled: boolean;
  /** Kinds the user does not count as clutter. */
  keptKinds: ClutterKind[];
}

export interface AutoCleanHandle {
  /** What was removed or hidden so far (live object, merged across sweeps). */
  report(): CleanReport | null;
  /** Apply settings that arrived after cleaning began. */
  applySettings(settings: AutoCleanSettings): void;
  /** Restore everything and stop; returns how many items were put back. */
  restore(): number;
  /** Called once when the page settled, with the final report. */
  onSettled(listener: (report: CleanReport | null) => void): void;
}

/** `rule`: the theme recognised on this page (theme-watch.ts). */
export function startAutoClean(document: Document, rule: ThemeRule): AutoCleanHandle {
  const sweeper: Sweeper = createSweeper(document, clutterSelectors(rule, document), currentProtectedNodes);
  let watching = true;
  let budgetSpent = false;
  /** Sweeping stops once spentMs reaches this; raised once, for the final sweep. */
  let sweepLimitMs = WORK_BUDGET_MS;
  let sweepStopped = false;
  let restored = false;
  let contentLoaded = false;
  let keptKinds = new Set<ClutterKind>();
  let sliceScheduled = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let spentMs = 0;
  let loaded = false;
  let lateHides = 0;
  let protectedNodes: Element[] = [];
  /**
   * License-notice candidates the rules did not take yet: the parser can add an element in one
   * task and its text in a later one (a slow network or a busy machine splits the page there),
   * so a notice may first show up empty. Checked again whenever nodes arrive inside them.
   */
  const unfinishedNotices = new Set<Element>();
  const sessions: CleanSession[] = [];
  const settledListeners: Array<(report: CleanReport | null) => void> = [];
  // Not document.defaultView: a page's <img name="defaultView"> would answer that (clobbering).
  const view: (Window & typeof globalThis) | null =
    typeof window !== 'undefined' && window.document === document ? window : null;

  const observer = new MutationObserver((records) => guarded(() => onMutations(records)));
  observer.observe(document, { childList: true, subtree: true });
  // A microtask later, still before the next paint (recognition runs in a parser callback):
  // the caller has attached its listeners by then.
  queueMicrotask(() => {
    guarded(() => {
      // Everything parsed so far counts as added, and is searched at once.
      const root = document.documentElement;
      if (!root) return;
      removeNotices([root]);
      sweeper.add([root]);
      sweepSlice();
    });
    // Started after the parser finished (the gate recognised the page only at
    // DOMContentLoaded, or a background tab ran it late): the events below have passed, so
    // their steps run now.
    const state = readyState(document);
    if (state !== 'loading') guarded(onContentLoaded, true);
    if (state === 'complete') guarded(onLoad, true);
  });
  // Aborted when auto-clean finishes: a page it gave up on early pays for nothing more.
  const listeners = new AbortController();
  document.addEventListener('DOMContentLoaded', () => guarded(onContentLoaded, true), { once: true, signal: listeners.signal });
  view?.addEventListener('load', () => guarded(onLoad, true), { once: true, signal: listeners.signal });

  /** Runs a step; `always` steps run even after the observer stopped. */
  function guarded(work: () => void, always = false): void {
    if (restored || (!watching && !always)) return;
    const started = performance.now();
    try {
      work();
    } catch (error) {
      // A hostile or broken page must never see our errors, nor a half-cleaned DOM.
      debug('stopped after an error; the page is restored', error);
      restore();
    }
    spentMs += performance.now() - started;
    if (!budgetSpent && spentMs > WORK_BUDGET_MS) {
      budgetSpent = true;
      debug(`time budget of ${WORK_BUDGET_MS} ms spent; watching stops (${budgetState()})`);
      stopWatching();
    }
  }

  function onMutations(records: MutationRecord[]): void {
    const added: Element[] = [];
    collectAddedRoots(records, added);
    // Notices go now, before any paint; clutter is searched in slices from the next frame.
    const roots = outermost(added);
    if (unfinishedNotices.size > 0) recheckUnfinishedNotices(records);
    removeNotices(roots);
    sweeper.add(roots);
    scheduleSlice();
    if (settleTimer !== undefined) armSettleTimer();
  }

  function onContentLoaded(): void {
    if (contentLoaded) return;
    contentLoaded = true;
    // Even after the budget: a license bar must never stay, and this is a few queries.
    removeNotices([document.documentElement]);
    // The safety net: the whole document once more, with an allowance of its own (a page
    // that spent the budget while loading gets its clutter looked for at least this long).
    // It runs at once, before `load`: every hide after the page's first full layout costs a
    // relayout, which on a huge page is a long stall, so they are better all here.
    sweepLimitMs = Math.max(spentMs, WORK_BUDGET_MS) + FINAL_SWEEP_MS;
    sweeper.add([document.documentElement]);
    sweepSlice(FINAL_SWEEP_MS);
  }

  function onLoad(): void {
    if (loaded) return;
    loaded = true;
    if (watching) {
      armSettleTimer();
      setTimeout(() => finish(), MAX_WATCH_MS);
    } else {
      finish();
    }
  }

  /** `roots` are not nested in one another (outermost()). */
  function removeNotices(roots: Element[]): void {
    // One query per added subtree decides whether the full notice rules need asking: the
    // parser adds a long page as thousands of small subtrees, and most hold no notice.
    const candidates = licenseNoticeCandidates(rule);
    const scope = roots.filter((root) => holds(root, candidates));
    if (scope.length === 0) return;
    const session = cleanWithUndo(document, { rule, mode: 'hide', kinds: onlyLicense(), scope, protectedNodes });
    if (session.report.removed.length > 0) sessions.push(session);
    for (const root of scope) {
      for (const candidate of matchesWithin(root, candidates)) if (candidate.isConnected) unfinishedNotices.add(candidate);
    }
  }

  /** Nodes arrived inside a candidate the rules did not take before: ask them again. */
  function recheckUnfinishedNotices(records: MutationRecord[]): void {
    const targets = new Set<Node>();
    for (let r = 0; r < records.length; r += 1) targets.add(records[r].target);
    const touched: Element[] = [];
    for (const notice of unfinishedNotices) {
      if (!notice.isConnected) unfinishedNotices.delete(notice);
      else for (const target of targets) {
        if (notice.contains(target)) {
          touched.push(notice);
          break;
        }
      }
    }
    for (const notice of touched) unfinishedNotices.delete(notice);
    if (touched.length > 0) removeNotices(outermost(touched));
  }

  /**
   * The next slice runs in the coming animation frame, before the page paints what was just
   * parsed; a timer stands in where frames do not run (background tabs).
   */
  function scheduleSlice(): void {
    if (sliceScheduled || spentMs >= sweepLimitMs) return;
    sliceScheduled = true;
    let frame = 0;
    const timer = setTimeout(() => {
      if (frame) view?.cancelAnimationFrame(frame);
      sweepSlice();
    }, view?.requestAnimationFrame ? 100 : 0);
    if (view?.requestAnimationFrame) {
      frame = view.requestAnimationFrame(() => {
        clearTimeout(timer);
        sweepSlice();
      });
    }
  }

  /** One slice of sweeping: SLICE_MS, or longer for the final sweep, within the limit. */
  function sweepSlice(sliceMs = SLICE_MS): void {
    sliceScheduled = false;
    guarded(() => {
      if (!mayStillSweep()) return;
      const sliceEnd = performance.now() + Math.min(sliceMs, sweepLimitMs - spentMs);
      // Found, then hidden, a bounded number at a time: the clock covers the hiding too.
      do {
        const matches = sweeper.next(sliceEnd, MATCHES_PER_STEP).filter((match) => !keptKinds.has(match.kind));
        if (matches.length === 0) continue;
        const session = cleanMatches(matches, { rule, protectedNodes: currentProtectedNodes(), mode: 'hide' });
        if (session.report.removed.length > 0) sessions.push(session);
        if (loaded) countLateHides(session.report.removed.length);
      } while (sweeper.pending && performance.now() < sliceEnd);
      if (sweeper.pending && !sliceScheduled) {
        sliceScheduled = true;
        setTimeout(() => sweepSlice(), 0);
      }
    }, true);
  }

  function mayStillSweep(): boolean {
    if (spentMs < sweepLimitMs) return true;
    if (!sweepStopped && sweeper.pending) {
      sweepStopped = true;
      debug(`sweeping stops after ${Math.round(spentMs)} ms of work, ${sweeper.visited} elements looked at (${contentLoaded ? 'final sweep' : 'while loading'})`);
    }
    return false;
  }

  function countLateHides(count: number): void {
    lateHides += count;
    if (watching && lateHides > LATE_HIDE_LIMIT) {
      debug(`the page keeps re-inserting clutter (${lateHides} late hides); watching stops after ${Math.round(spentMs)} ms of work`);
      stopWatching();
    }
  }

  function budgetState(): string {
    if (!contentLoaded) {
      return `the page is still loading; at DOMContentLoaded license notices are looked for once more and a final sweep gets ${FINAL_SWEEP_MS} ms`;
    }
    if (sweeper.pending) return `the final sweep goes on within its own ${FINAL_SWEEP_MS} ms`;
    return 'page cleaned';
  }

  /** The article's title and body, found again when a page script replaced them. */
  function currentProtectedNodes(): Element[] {
    if (protectedNodes.length < 2 || !protectedNodes.every((node) => node.isConnected)) {
      protectedNodes = articleNodes(document, rule);
    }
    return protectedNodes;
  }

  function armSettleTimer(): void {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => finish(), SETTLE_MS);
  }

  let finished = false;
  function finish(): void {
    stopWatching();
    if (finished) return;
    finished = true;
    listeners.abort();
    const final = report();
    if (final) debug(`settled: ${final.removed.length} items hidden or removed, ${Math.round(spentMs)} ms of main-thread work`);
    for (const listener of settledListeners) listener(final);
  }

  function stopWatching(): void {
    watching = false;
    observer.disconnect();
    if (settleTimer !== undefined) clearTimeout(settleTimer);
  }

  function restore(): number {
    let count = 0;
    for (let index = sessions.length - 1; index >= 0; index -= 1) {
      count += sessions[index].report.removed.length;
      sessions[index].undo();
    }
    sessions.length = 0;
    restored = true;
    stopWatching();
    return count;
  }

  function report(): CleanReport | null {
    if (restored) return null;
    const merged: CleanReport = { recognised: true, theme: { id: rule.id, name: rule.name }, removed: [], counts: {} };
    for (const session of sessions) {
      for (const item of session.report.removed) {
        merged.removed.push(item);
        merged.counts[item.kind] = (merged.counts[item.kind] ?? 0) + 1;
      }
    }
    return merged;
  }

  return {
    report,
    applySettings(settings) {
      if (!settings.enabled) {
        restore();
        return;
      }
      keptKinds = new Set(settings.keptKinds.filter((kind) => kind !== 'license'));
      if (keptKinds.size > 0) for (const session of sessions) session.undoKinds(keptKinds);
    },
    restore,
    onSettled(listener) {
      settledListeners.push(listener);
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

/** Element roots the parser or a script added; nested ones are dropped by outermost(). */
function collectAddedRoots(records: MutationRecord[], into: Element[]): void {
  if (records.length > MANY_RECORDS) {
    // A huge batch (the parser filling one long list): the few elements that received the
    // nodes stand for them. Cheaper by far to search once than to ask per added node.
    const targets = new Set<Node>();
    for (let r = 0; r < records.length; r += 1) targets.add(records[r].target);
    for (const target of targets) if (target.nodeType === 1) into.push(target as Element);
    return;
  }
  // Indexed loops: the parser reports a long page as thousands of one-node records, and an
  // iterator or a copy per record was most of the observer's cost on a 5 MB page.
  for (let r = 0; r < records.length; r += 1) {
    const nodes = records[r].addedNodes;
    for (let n = 0; n < nodes.length; n += 1) {
      const node = nodes[n];
      if (node.nodeType === 1) into.push(node as Element);
    }
  }
}

function debug(message: string, detail?: unknown): void {
  // console.debug is hidden unless the reader asks DevTools for verbose output.
  console.debug(`[Broadsheet] ${message}`, ...(detail === undefined ? [] : [detail]));
}

/** Every clutter kind off: license notices alone (clean() always takes those). */
function onlyLicense(): Partial<Record<ClutterKind, boolean>> {
  return Object.fromEntries(CLUTTER_KINDS.map((kind) => [kind, false]));
}
