import { describe, expect, test } from 'vitest';
// @ts-ignore plain ESM script module without type declarations
import { medianInterval, percentile, signTestP } from '../../tools/bench/figures.mjs';

// The statistics the speed benchmarks print, on cases small enough to work out by hand.

describe('bench figures', () => {
  test('nearest-rank percentile', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
  });

  test('sign test: two-sided, exact, ties dropped', () => {
    // 10 of 10 one way: 2 · (1/2)^10.
    expect(signTestP([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(2 / 1024, 12);
    // 8 of 10: 2 · (1 + 10 + 45) / 1024.
    expect(signTestP([-1, -2, -3, -4, -5, -6, -7, -8, 9, 10, 0, 0])).toBeCloseTo(112 / 1024, 12);
    expect(signTestP([1, -1, 2, -2])).toBe(1);
    expect(signTestP([0, 0])).toBe(1);
  });

  test('95% interval of a median from order statistics', () => {
    // n = 10: [x(2), x(9)] covers the median with 1 − 2 · 11/1024 = 97.9%; [x(3), x(8)] only 89%.
    expect(medianInterval([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual([2, 9]);
    // n = 6: [x(1), x(6)], 1 − 2/64 = 96.9%.
    expect(medianInterval([6, 5, 4, 3, 2, 1])).toEqual([1, 6]);
    // n = 5: even the whole range covers only 1 − 2/32 = 93.75%.
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull();
    // n = 60: [x(22), x(39)] (P(X ≤ 21) = 0.0136, P(X ≤ 22) = 0.0259 for X ~ Bin(60, 1/2)).
    expect(medianInterval(Array.from({ length: 60 }, (_, i) => i + 1))).toEqual([22, 39]);
  });
});
