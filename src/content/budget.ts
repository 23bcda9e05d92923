// The clock of auto-clean: main-thread time spent on the page, all steps together. Over
// WORK_BUDGET_MS the observer stops (auto-clean.ts), and so does sweeping until
// DOMContentLoaded, where the final sweep gets FINAL_SWEEP_MS more. Figures: docs/performance.md.
// Plain data and functions: the content script ships this, and names of properties and
// methods are not minified.

/** Main-thread time auto-clean may spend on one page, all steps together. */
export const WORK_BUDGET_MS = 150;
/** What the final sweep at DOMContentLoaded may add to the work done until then. */
export const FINAL_SWEEP_MS = 100;
/** Longest stretch of sweeping before the page gets the main thread back. */
export const SLICE_MS = 8;

export interface Budget {
  /** Main-thread time spent so far, in ms. */
  spent: number;
  /** Sweeping stops once `spent` reaches this; raised once, for the final sweep. */
  limit: number;
  /** `spent` passed WORK_BUDGET_MS (said once). */
  passed: boolean;
}

export function newBudget(): Budget {
  return { spent: 0, limit: WORK_BUDGET_MS, passed: false };
}

/** Adds the time since `started` (performance.now()); true the one time the total passes WORK_BUDGET_MS. */
export function charge(budget: Budget, started: number): boolean {
  budget.spent += performance.now() - started;
  if (budget.passed || budget.spent <= WORK_BUDGET_MS) return false;
  budget.passed = true;
  return true;
}

/** Sweeping may go on: the work so far is under its limit. */
export function canSweep(budget: Budget): boolean {
  return budget.spent < budget.limit;
}

/** When a slice of at most `sliceMs` that starts now must end (performance.now()). */
export function sliceEnd(budget: Budget, sliceMs: number): number {
  return performance.now() + Math.min(sliceMs, budget.limit - budget.spent);
}

/**
 * DOMContentLoaded: the final sweep may spend FINAL_SWEEP_MS on top of the work so far, so a
 * page that spent the budget while loading still gets its clutter looked for that long.
 */
export function allowFinalSweep(budget: Budget): void {
  budget.limit = Math.max(budget.spent, WORK_BUDGET_MS) + FINAL_SWEEP_MS;
}
