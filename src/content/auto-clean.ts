import { articleNodes, cleanWithUndo, type CleanSession } from '../core/clean';
import { looksLikeWordPress, matchTheme } from '../core/match-theme';
import type { CleanReport, ClutterKind } from '../core/types';
import type { ThemeRule } from '../themes/types';

// Auto-clean on the live page, from document_start. The order of events matters:
// - recognition runs once when <body> appears (head fingerprints and body id/classes are parsed
//   by then), once if a license-like notice appears, and once at DOMContentLoaded; a page that
//   is not recognised by then is left alone and the observer goes away;
// - license notices are removed inside the MutationObserver callback, a microtask after the
//   parser inserted them, so no frame ever paints them;
// - clutter is hidden in a requestAnimationFrame sweep, also before the next paint. A sweep
//   looks only at the subtrees added since the last one, so the total work is linear in the
//   page's size; DOMContentLoaded runs one full sweep to be sure nothing was missed;
// - after `load`, the observer keeps catching late inserts until the page has been quiet for
//   SETTLE_MS (or MAX_WATCH_MS passed), then disconnects.
// Never break the page: clutter is HIDDEN (inline display:none + data-broadsheet-hidden), not
// removed, because page scripts may hold references to it or query it (ad loaders, sticky
// widgets, comment apps); only license notices, which nothing depends on, are detached. Every
// step is recorded so "Show original" (message 'page:restore') puts everything back. No error
// of ours ever reaches the page: each step is guarded and a failure restores the page.
// Over WORK_BUDGET_MS of main-thread time the observer stops early, but the full sweep at
// DOMContentLoaded still runs: a page is never left half-cleaned.

const SETTLE_MS = 2_000;
const MAX_WATCH_MS = 15_000;
/** Main-thread time the incremental observer may spend on one page. */
const WORK_BUDGET_MS = 150;
/**
 * Clutter a page puts back after `load` (an ad script re-inserting its slot): past this many
 * late hides we stop fighting and leave the page to itself, whatever the time spent.
 */
const LATE_HIDE_LIMIT = 40;

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
  /** Called once, when the page is recognised as a theme page (never on other pages). */
  onRecognised(listener: () => void): void;
}

export function startAutoClean(document: Document): AutoCleanHandle {
  let rule: ThemeRule | null = null;
  let checkedAtBody = false;
  let watching = true;
  let restored = false;
  let contentLoaded = false;
  let keptKinds = new Set<ClutterKind>();
  let sweepScheduled = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let spentMs = 0;
  let loaded = false;
  let lateHides = 0;
  let pendingRoots: Element[] = [];
  let protectedNodes: Element[] = [];
  const sessions: CleanSession[] = [];
  const settledListeners: Array<(report: CleanReport | null) => void> = [];
  const recognisedListeners: Array<() => void> = [];
  // Not document.defaultView: a page's <img name="defaultView"> would answer that (clobbering).
  const view: (Window & typeof globalThis) | null =
    typeof window !== 'undefined' && window.document === document ? window : null;

  const observer = new MutationObserver((records) => guarded(() => onMutations(records)));
  // Until <body> exists only the root's own children matter: watching the whole subtree would
  // wake us for every parser chunk of <head>, on every page of the web.
  observer.observe(document.documentElement ?? document, { childList: true });
  if (document.body) queueMicrotask(() => guarded(() => onMutations([])));
  // Aborted when auto-clean finishes: a page it gave up on early pays for nothing more.
  const listeners = new AbortController();
  document.addEventListener('DOMContentLoaded', () => guarded(onContentLoaded, true), { once: true, signal: listeners.signal });
  view?.addEventListener('load', () => guarded(onLoad, true), { once: true, signal: listeners.signal });

  /** Runs a step; `always` steps run even after the observer's budget is spent. */
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
    if (watching && spentMs > WORK_BUDGET_MS) {
      debug(`time budget of ${WORK_BUDGET_MS} ms spent; watching stops (${contentLoaded ? 'page cleaned' : 'a full sweep follows at DOMContentLoaded'})`);
      stopWatching();
    }
  }

  function recognise(): void {
    if (rule) return;
    rule = matchTheme(document)?.rule ?? null;
    if (rule) for (const listener of recognisedListeners) listener();
  }

  function onMutations(records: MutationRecord[]): void {
    const added: Element[] = [];
    if (!rule) {
      if (!checkedAtBody) {
        if (!document.body) {
          // The root element itself was just created: watch its children from now on.
          if (document.documentElement) observer.observe(document.documentElement, { childList: true });
          return;
        }
        checkedAtBody = true;
        recognise();
        // <head> is complete once <body> exists: a page without WordPress in it can never be
        // recognised, so stop observing now (the cost on most of the web is this one check).
        if (!rule && !looksLikeWordPress(document)) return finish();
        observer.observe(document, { childList: true, subtree: true });
      } else if (addsNoticeCandidate(records)) {
        recognise();
      }
      if (!rule) return;
      // Recognised now: everything parsed so far counts as added.
      added.push(document.documentElement);
    } else {
      collectAddedRoots(records, added);
    }
    // Notices go now, before any paint; clutter waits for the frame.
    removeNotices(added);
    for (const root of added) pendingRoots.push(root);
    scheduleSweep();
    if (settleTimer !== undefined) armSettleTimer();
  }

  function onContentLoaded(): void {
    contentLoaded = true;
    recognise();
    if (!rule) {
      finish();
      return;
    }
    pendingRoots = [];
    const started = performance.now();
    sweep([document.documentElement]);
    // The one step that ignores the budget (a page is never left half-cleaned): say what it cost.
    if (!watching) debug(`full sweep at DOMContentLoaded after the budget: ${Math.round(performance.now() - started)} ms`);
  }

  function onLoad(): void {
    loaded = true;
    if (!rule) return finish();
    if (watching) {
      armSettleTimer();
      setTimeout(() => finish(), MAX_WATCH_MS);
    } else {
      finish();
    }
  }

  function removeNotices(roots: Element[]): void {
    if (!rule) return;
    const session = cleanWithUndo(document, { rule, mode: 'hide', kinds: onlyLicense(), scope: outermostRoots(roots), protectedNodes });
    if (session.report.removed.length > 0) sessions.push(session);
  }

  function scheduleSweep(): void {
    if (sweepScheduled) return;
    sweepScheduled = true;
    const run = () =>
      guarded(() => {
        sweepScheduled = false;
        const roots = pendingRoots;
        pendingRoots = [];
        sweep(roots);
      });
    if (view?.requestAnimationFrame) view.requestAnimationFrame(run);
    else setTimeout(run, 0);
  }

  function sweep(added: Element[]): void {
    const roots = outermostRoots(added);
    if (!rule || roots.length === 0) return;
    if (!protectedNodes.every((node) => node.isConnected) || protectedNodes.length < 2) {
      protectedNodes = articleNodes(document, rule);
    }
    const kinds: Partial<Record<ClutterKind, boolean>> = {};
    for (const kind of keptKinds) kinds[kind] = false;
    const session = cleanWithUndo(document, { rule, mode: 'hide', kinds, scope: roots, protectedNodes });
    if (session.report.removed.length > 0) sessions.push(session);
    if (loaded) {
      lateHides += session.report.removed.length;
      if (watching && lateHides > LATE_HIDE_LIMIT) {
        debug(`the page keeps re-inserting clutter (${lateHides} late hides); watching stops after ${Math.round(spentMs)} ms of work`);
        stopWatching();
      }
    }
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
    if (!rule || restored) return null;
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
    onRecognised(listener) {
      recognisedListeners.push(listener);
    },
  };
}

/**
 * The connected roots not inside another root: a subtree search covers its descendants, and a
 * script that appends 10,000 nested elements one by one gives 10,000 records whose subtrees
 * would otherwise be searched 10,000 times (quadratic). Linear: each ancestor is visited once.
 */
function outermostRoots(roots: Element[]): Element[] {
  if (roots.length < 2) return roots.filter((root) => root.isConnected);
  const isRoot = new Set<Node>(roots);
  const covered = new Map<Node, boolean>(); // node -> "a root is this node's strict ancestor"
  const coveredAbove = (node: Node): boolean => {
    const path: Node[] = [];
    let answer = false;
    for (let up = node.parentNode; up; up = up.parentNode) {
      const known = covered.get(up);
      if (known !== undefined) {
        answer = known || isRoot.has(up);
        break;
      }
      if (isRoot.has(up)) {
        answer = true;
        break;
      }
      path.push(up);
    }
    for (const visited of path) covered.set(visited, answer);
    return answer;
  };
  const outermost: Element[] = [];
  const seen = new Set<Node>();
  for (const root of roots) {
    if (seen.has(root) || !root.isConnected) continue;
    seen.add(root);
    if (!coveredAbove(root)) outermost.push(root);
  }
  return outermost;
}

/** Element roots the parser or a script added; nested ones are dropped by outermostRoots. */
function collectAddedRoots(records: MutationRecord[], into: Element[]): void {
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === 1) into.push(node as Element);
    }
  }
}

function debug(message: string, detail?: unknown): void {
  // console.debug is hidden unless the reader asks DevTools for verbose output.
  console.debug(`[Broadsheet] ${message}`, ...(detail === undefined ? [] : [detail]));
}

function onlyLicense(): Partial<Record<ClutterKind, boolean>> {
  return {
    ads: false, share: false, related: false, comments: false, sidebar: false, sticky: false, popups: false,
    newsletter: false, cookie: false, 'back-to-top': false, navigation: false, 'screen-reader': false,
  };
}

/** Cheap pre-check so unrecognised pages do not pay for matchTheme on every batch. */
function addsNoticeCandidate(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === 1 && (node as Element).classList?.contains('theme-notice')) return true;
    }
  }
  return false;
}
