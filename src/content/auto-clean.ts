import { cleanWithUndo, findLicenseNotices, type CleanSession } from '../core/clean';
import { matchTheme } from '../core/detect';
import type { CleanReport, ClutterKind } from '../core/types';
import type { ThemeRule } from '../themes/types';

// Auto-clean on the live page, from document_start. The order of events matters:
// - recognition runs once when <body> appears (head fingerprints and body id/classes are parsed
//   by then), once if a license-like notice appears, and once at DOMContentLoaded; a page that
//   is not recognised by then is left alone and the observer goes away;
// - license notices are removed inside the MutationObserver callback, a microtask after the
//   parser inserted them, so no frame ever paints them;
// - clutter is hidden in a requestAnimationFrame sweep, also before the next paint;
// - after `load`, the observer keeps catching late inserts until the page has been quiet for
//   SETTLE_MS (or MAX_WATCH_MS passed), then disconnects.

const SETTLE_MS = 2_000;
const MAX_WATCH_MS = 15_000;
/** Total main-thread time auto-clean may spend on one page. */
const WORK_BUDGET_MS = 150;

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
  /** Restore everything and stop. */
  restore(): void;
  /** Called once when the page settled, with the final report. */
  onSettled(listener: (report: CleanReport | null) => void): void;
}

export function startAutoClean(document: Document): AutoCleanHandle {
  let rule: ThemeRule | null = null;
  let checkedAtBody = false;
  let stopped = false;
  let keptKinds = new Set<ClutterKind>();
  let sweepScheduled = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let spentMs = 0;
  const sessions: CleanSession[] = [];
  const settledListeners: Array<(report: CleanReport | null) => void> = [];
  const view = document.defaultView;

  const observer = new MutationObserver((records) => guarded(() => onMutations(records)));
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => guarded(onContentLoaded), { once: true });
  view?.addEventListener('load', () => guarded(onLoad), { once: true });

  function guarded(work: () => void): void {
    if (stopped) return;
    const started = performance.now();
    try {
      work();
    } catch {
      // A hostile or broken page must never see our errors, nor a half-cleaned DOM.
      restore();
    }
    spentMs += performance.now() - started;
    if (spentMs > WORK_BUDGET_MS) stop();
  }

  function recognise(): void {
    if (rule) return;
    rule = matchTheme(document)?.rule ?? null;
  }

  function onMutations(records: MutationRecord[]): void {
    if (!rule) {
      if (!checkedAtBody && document.body) {
        checkedAtBody = true;
        recognise();
      } else if (addsNoticeCandidate(records)) {
        recognise();
      }
      if (!rule) return;
    }
    removeNotices();
    scheduleSweep();
    if (settleTimer !== undefined) armSettleTimer();
  }

  function onContentLoaded(): void {
    recognise();
    if (!rule) {
      stop();
      return;
    }
    sweep();
  }

  function onLoad(): void {
    if (!rule) return stop();
    sweep();
    armSettleTimer();
    setTimeout(() => finish(), MAX_WATCH_MS);
  }

  function removeNotices(): void {
    if (!rule || findLicenseNotices(document, rule).length === 0) return;
    const session = cleanWithUndo(document, { rule, mode: 'hide', kinds: onlyLicense() });
    sessions.push(session);
  }

  function scheduleSweep(): void {
    if (sweepScheduled) return;
    sweepScheduled = true;
    const run = () => guarded(() => {
      sweepScheduled = false;
      sweep();
    });
    if (view?.requestAnimationFrame) view.requestAnimationFrame(run);
    else setTimeout(run, 0);
  }

  function sweep(): void {
    if (!rule) return;
    const kinds: Partial<Record<ClutterKind, boolean>> = {};
    for (const kind of keptKinds) kinds[kind] = false;
    const session = cleanWithUndo(document, { rule, mode: 'hide', kinds });
    if (session.report.removed.length > 0) sessions.push(session);
  }

  function armSettleTimer(): void {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => finish(), SETTLE_MS);
  }

  function finish(): void {
    if (stopped) return;
    stop();
    const final = report();
    for (const listener of settledListeners) listener(final);
  }

  function stop(): void {
    stopped = true;
    observer.disconnect();
    if (settleTimer !== undefined) clearTimeout(settleTimer);
  }

  function restore(): void {
    for (let index = sessions.length - 1; index >= 0; index -= 1) sessions[index].undo();
    sessions.length = 0;
    stop();
  }

  function report(): CleanReport | null {
    if (!rule) return null;
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
