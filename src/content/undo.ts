import type { CleanSession } from '../core/clean';
import type { CleanReport, ClutterKind } from '../core/types';
import type { ThemeRule } from '../themes/types';

// Every step auto-clean took on the page, as the clean sessions that took it, kept so it can be
// taken back: all of it ("Show original", auto-clean turned off for the site), or the kinds the
// user does not count as clutter.

/** Keeps a session that hid or removed something. */
export function keepSession(sessions: CleanSession[], session: CleanSession): void {
  if (session.report.removed.length > 0) sessions.push(session);
}

/** Puts everything back, latest first; returns how many items were put back. */
export function undoAll(sessions: CleanSession[]): number {
  let count = 0;
  for (let index = sessions.length - 1; index >= 0; index -= 1) {
    count += sessions[index].report.removed.length;
    sessions[index].undo();
  }
  sessions.length = 0;
  return count;
}

/**
 * The user's kinds that are not clutter: `kept` becomes them (license notices always go), and
 * their items are put back. The sweep leaves what is in `kept` alone.
 */
export function keepKinds(sessions: readonly CleanSession[], kept: Set<ClutterKind>, kinds: readonly ClutterKind[]): void {
  kept.clear();
  for (const kind of kinds) if (kind !== 'license') kept.add(kind);
  if (kept.size > 0) for (const session of sessions) session.undoKinds(kept);
}

/** What was removed or hidden so far, merged across sessions. */
export function mergedReport(rule: ThemeRule, sessions: readonly CleanSession[]): CleanReport {
  const merged: CleanReport = { recognised: true, theme: { id: rule.id, name: rule.name }, removed: [], counts: {} };
  for (const session of sessions) {
    for (const item of session.report.removed) {
      merged.removed.push(item);
      merged.counts[item.kind] = (merged.counts[item.kind] ?? 0) + 1;
    }
  }
  return merged;
}
