// Small helpers the benchmark scripts print their figures with.

/** Nearest-rank percentile of unsorted values. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function formatMs(/** @type {number} */ ms) {
  return `${ms.toFixed(1)} ms`;
}
