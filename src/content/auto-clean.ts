import type { CleanSession } from '../core/clean';
import type { CleanReport, ClutterKind } from '../core/types';
import type { ThemeRule } from '../themes/types';
import { addedRoots } from './added-roots';
import { allowFinalSweep, canSweep, charge, FINAL_SWEEP_MS, newBudget, WORK_BUDGET_MS } from './budget';
import { debug } from './debug';
import { createNoticeWatch } from './notice-watch';
import { readyState } from './ready-state';
import { createSlices } from './slices';
import { createSweeping } from './sweeping';
import { keepKinds, mergedReport, undoAll } from './undo';

// Auto-clean on the live page, started by the page cleaner as soon as the theme is recognised
// (theme-watch.ts): at <body>, when a license-like notice arrived, or at DOMContentLoaded.
// This file holds the order of events; each step is a module of its own:
// - everything parsed so far is searched at once, before the next paint;
// - license notices are removed inside the MutationObserver callback (notice-watch.ts);
// - clutter is hidden by the sweep (sweeping.ts), from the next animation frame, in slices
//   between which the page runs (slices.ts); the total work is linear in the page's size. At
//   DOMContentLoaded license notices are looked for once more and the whole document is queued
//   once, to be sure nothing was missed;
// - after `load`, the observer keeps catching late inserts until the page has been quiet for
//   SETTLE_MS (or MAX_WATCH_MS passed), then disconnects.
// Never break the page: clutter is hidden, and every step is recorded (undo.ts) so "Show
// original" (message 'page:restore') puts everything back. No error of ours ever reaches the
// page: each step is guarded and a failure restores the page. Over the time budget (budget.ts)
// the observer stops, and each stop is said in a console.debug line. What was hidden stays hidden.

const SETTLE_MS = 2_000;
const MAX_WATCH_MS = 15_000;

/**
 * Where auto-clean is on the page: 'loading' until DOMContentLoaded (the final sweep), 'parsed'
 * until `load`, 'settling' while late inserts are watched for, then 'done'; 'undone' once the
 * page was restored, from any phase. The observer may stop earlier (the budget, or a page that
 * keeps re-inserting clutter); the phases go on, so the final sweep and the report still come.
 */
export type Phase = 'loading' | 'parsed' | 'settling' | 'done' | 'undone';

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
  let phase: Phase = 'loading';
  const budget = newBudget();
  const sessions: CleanSession[] = [];
  const kept = new Set<ClutterKind>();
  const { sweeper, slice } = createSweeping(
    document,
    rule,
    budget,
    sessions,
    kept,
    () => phase,
    (lateHides) => {
      if (!observer) return;
      debug(`the page keeps re-inserting clutter (${lateHides} late hides); watching stops after ${Math.round(budget.spent)} ms of work`);
      stopWatching();
    },
  );
  const notices = createNoticeWatch(rule, sessions);
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWatchTimer: ReturnType<typeof setTimeout> | undefined;
  const settledListeners: Array<(report: CleanReport | null) => void> = [];
  // Not document.defaultView: a page's <img name="defaultView"> would answer that (clobbering).
  const view: (Window & typeof globalThis) | null = typeof window !== 'undefined' && window.document === document ? window : null;
  const slices = createSlices(view, (sliceMs) =>
    guarded(() => {
      if (slice(sliceMs)) slices.nextTask();
    }, true),
  );

  /** Connected while auto-clean watches the page; null once it stopped. */
  let observer: MutationObserver | null = new MutationObserver((records) => guarded(() => onMutations(records)));
  observer.observe(document, { childList: true, subtree: true });
  // A microtask later, still before the next paint (recognition runs in a parser callback):
  // the caller has attached its listeners by then.
  queueMicrotask(() => {
    guarded(() => {
      // Everything parsed so far counts as added, and is searched at once.
      const root = document.documentElement;
      if (!root) return;
      notices.take([root]);
      sweeper.add([root]);
      slices.run();
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

  /** Runs a step on the budget's clock; `always` steps run even after the observer stopped. */
  function guarded(work: () => void, always = false): void {
    if (phase === 'undone' || (!observer && !always)) return;
    const started = performance.now();
    try {
      work();
    } catch (error) {
      // A hostile or broken page must never see our errors, nor a half-cleaned DOM.
      debug('stopped after an error; the page is restored', error);
      restore();
    }
    if (charge(budget, started)) {
      debug(`time budget of ${WORK_BUDGET_MS} ms spent; watching stops (${budgetState()})`);
      stopWatching();
    }
  }

  function onMutations(records: MutationRecord[]): void {
    // Notices go now, before any paint; clutter is searched in slices from the next frame.
    const roots = addedRoots(records);
    notices.recheck(records);
    notices.take(roots);
    sweeper.add(roots);
    if (canSweep(budget)) slices.nextFrame();
    if (phase === 'settling') armSettleTimer();
  }

  function onContentLoaded(): void {
    if (phase !== 'loading') return;
    phase = 'parsed';
    // Even after the budget: a license bar must never stay, and this is a few queries.
    notices.take([document.documentElement]);
    // The safety net: the whole document once more, with an allowance of its own. It runs at
    // once, before `load`: every hide after the page's first full layout costs a relayout,
    // which on a huge page is a long stall, so they are better all here.
    allowFinalSweep(budget);
    sweeper.add([document.documentElement]);
    slices.run(FINAL_SWEEP_MS);
  }

  function onLoad(): void {
    if (phase === 'settling' || phase === 'done') return;
    phase = 'settling';
    if (observer) {
      armSettleTimer();
      maxWatchTimer = setTimeout(() => finish(), MAX_WATCH_MS);
    } else {
      finish();
    }
  }

  function budgetState(): string {
    if (phase === 'loading') {
      return `the page is still loading; at DOMContentLoaded license notices are looked for once more and a final sweep gets ${FINAL_SWEEP_MS} ms`;
    }
    if (sweeper.pending) return `the final sweep goes on within its own ${FINAL_SWEEP_MS} ms`;
    return 'page cleaned';
  }

  function armSettleTimer(): void {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => finish(), SETTLE_MS);
  }

  function finish(): void {
    stopWatching();
    clearTimeout(maxWatchTimer);
    if (phase === 'done') return;
    // Restored while settling: the listeners still hear, once, with no report.
    if (phase !== 'undone') phase = 'done';
    listeners.abort();
    const final = report();
    if (final) debug(`settled: ${final.removed.length} items hidden or removed, ${Math.round(budget.spent)} ms of main-thread work`);
    for (const listener of settledListeners) listener(final);
  }

  function stopWatching(): void {
    observer?.disconnect();
    observer = null;
    clearTimeout(settleTimer);
  }

  function restore(): number {
    const count = undoAll(sessions);
    phase = 'undone';
    stopWatching();
    return count;
  }

  function report(): CleanReport | null {
    return phase === 'undone' ? null : mergedReport(rule, sessions);
  }

  return {
    report,
    applySettings(settings) {
      if (settings.enabled) keepKinds(sessions, kept, settings.keptKinds);
      else restore();
    },
    restore,
    onSettled(listener) {
      settledListeners.push(listener);
    },
  };
}
