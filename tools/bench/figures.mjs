// @ts-check
// Small helpers the benchmark scripts print their figures with.

/** Nearest-rank percentile of unsorted values. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function formatMs(/** @type {number} */ ms) {
  return `${ms.toFixed(1)} ms`;
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialHalfAtMost(/** @type {number} */ n, /** @type {number} */ k) {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term *= (n - i) / (i + 1);
  }
  return Math.min(1, sum);
}

/**
 * Two-sided exact sign test of paired differences (ties dropped): the chance of a split at
 * least this uneven if neither build were faster.
 */
export function signTestP(/** @type {number[]} */ differences) {
  const below = differences.filter((d) => d < 0).length;
  const above = differences.filter((d) => d > 0).length;
  const n = below + above;
  if (n === 0) return 1;
  return Math.min(1, 2 * binomialHalfAtMost(n, Math.min(below, above)));
}

/**
 * A distribution-free confidence interval for the median (order statistics, binomial): the
 * range a median of this many noisy runs can honestly claim. Null when there are too few values.
 * @returns {[number, number] | null}
 */
export function medianInterval(/** @type {number[]} */ values, confidence = 0.95) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const tail = (1 - confidence) / 2;
  // [sorted[k], sorted[n - 1 - k]] misses the median with chance 2·P(X ≤ k): the largest k (the
  // narrowest interval) that keeps that within 1 − confidence.
  let k = -1;
  while (k + 1 < n - 2 - k && binomialHalfAtMost(n, k + 1) <= tail) k++;
  if (k < 0) return null;
  return [sorted[k], sorted[n - 1 - k]];
}
