import { cleanMatches, type CleanSession } from '../core/clean';
import { articleNodes, clutterSelectors } from '../core/clean-targets';
import type { ClutterKind } from '../core/types';
import type { ThemeRule } from '../themes/types';
import type { Phase } from './auto-clean';
import { canSweep, SLICE_MS, sliceEnd, type Budget } from './budget';
import { debug } from './debug';
import { createSweeper, type Sweeper } from './sweeper';
import { keepSession } from './undo';

// Clutter on the live page is hidden in slices: the sweeper (sweeper.ts) finds it in the
// subtrees added since its last slice, and each slice hides what was found, a bounded number at
// a time, until its deadline or the budget's limit. Hidden, not removed: page scripts may hold
// references to it or query it (ad loaders, sticky widgets, comment apps).

/** Clutter found before it is hidden and the clock looked at again. */
const MATCHES_PER_STEP = 64;
/**
 * Clutter a page puts back after `load` (an ad script re-inserting its slot): past this many
 * late hides we stop fighting and leave the page to itself, whatever the time spent.
 */
const LATE_HIDE_LIMIT = 40;

export interface Sweeping {
  /** Takes the subtrees to search (Sweeper.add) and says whether any are left (pending). */
  sweeper: Sweeper;
  /** One slice of at most `sliceMs`, within the budget; true when work is left for another. */
  slice(sliceMs?: number): boolean;
}

export function createSweeping(
  document: Document,
  rule: ThemeRule,
  budget: Budget,
  sessions: CleanSession[],
  /** Kinds the user does not count as clutter (undo.ts keepKinds). */
  kept: ReadonlySet<ClutterKind>,
  phase: () => Phase,
  /** Called on each late hide past LATE_HIDE_LIMIT, with the count so far. */
  pastLateLimit: (lateHides: number) => void,
): Sweeping {
  let protectedNodes: Element[] = [];
  let lateHides = 0;
  let saidStop = false;
  const sweeper = createSweeper(document, clutterSelectors(rule, document), currentProtectedNodes);

  /** The article's title and body, found again when a page script replaced them. */
  function currentProtectedNodes(): Element[] {
    if (protectedNodes.length < 2 || !protectedNodes.every((node) => node.isConnected)) {
      protectedNodes = articleNodes(document, rule);
    }
    return protectedNodes;
  }

  function mayStillSweep(): boolean {
    if (canSweep(budget)) return true;
    if (!saidStop && sweeper.pending) {
      saidStop = true;
      debug(
        `sweeping stops after ${Math.round(budget.spent)} ms of work, ${sweeper.visited} elements looked at (${phase() === 'loading' ? 'while loading' : 'final sweep'})`,
      );
    }
    return false;
  }

  return {
    sweeper,
    slice(sliceMs = SLICE_MS) {
      if (!mayStillSweep()) return false;
      const end = sliceEnd(budget, sliceMs);
      // Found, then hidden, a bounded number at a time: the clock covers the hiding too.
      do {
        const matches = sweeper.next(end, MATCHES_PER_STEP).filter((match) => !kept.has(match.kind));
        if (matches.length === 0) continue;
        const session = cleanMatches(matches, { rule, protectedNodes: currentProtectedNodes(), mode: 'hide' });
        keepSession(sessions, session);
        if (phase() === 'settling' || phase() === 'done') {
          lateHides += session.report.removed.length;
          if (lateHides > LATE_HIDE_LIMIT) pastLateLimit(lateHides);
        }
      } while (sweeper.pending && performance.now() < end);
      return sweeper.pending;
    },
  };
}
