import { describe, expect, test } from 'vitest';
// @ts-ignore plain ESM script module without type declarations
import { corpusScore, pageScore, shingles, tokens } from '../../tools/bench/metric.mjs';

// The Zyte benchmark metric, checked on cases small enough to compute by hand.

describe('bench metric', () => {
  test('tokens are runs of Unicode word characters, case kept', () => {
    expect(tokens('Hello, world! It’s 2024_x — Ünïcode')).toEqual(['Hello', 'world', 'It', 's', '2024_x', 'Ünïcode']);
    expect(tokens('')).toEqual([]);
  });

  test('4-gram shingles; 1–3 tokens make one shingle; none make none', () => {
    expect(shingles(['a', 'b', 'c', 'd', 'e'])).toEqual(['a b c d', 'b c d e']);
    expect(shingles(['a', 'b'])).toEqual(['a b']);
    expect(shingles([])).toEqual([]);
  });

  test('per page: tp/fp/fn over multisets, normalised to sum 1', () => {
    // predicted {abcd, bcde}, truth {abcd}: tp 1, fp 1, fn 0.
    expect(pageScore('a b c d e', 'a b c d')).toMatchObject({ tp: 0.5, fp: 0.5, fn: 0, exact: false });
    // "a b c d a b c d" has abcd twice, bcda, cdab, dabc: tp 1, fp 4.
    expect(pageScore('a b c d a b c d', 'a b c d')).toMatchObject({ tp: 0.2, fp: 0.8, fn: 0 });
    // Case matters.
    expect(pageScore('Word one two', 'word one two')).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5, exact: false });
    expect(pageScore('One, two: three four!', 'One two three four')).toMatchObject({ tp: 1, fp: 0, fn: 0, exact: true });
  });

  test('averages over pages; an empty prediction counts for recall only', () => {
    const score = corpusScore([
      { predicted: 'one two three four five', truth: 'one two three four five' },
      { predicted: '', truth: 'x y z w' },
    ]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5, 10);
    expect(score.accuracy).toBe(0.5);
  });

  test('precision and recall average separately before F1', () => {
    // Page 1: p 0.5, r 1 (from above). Page 2: predicted {abcd}, truth {abcd, bcde}: p 1, r 0.5.
    const score = corpusScore([
      { predicted: 'a b c d e', truth: 'a b c d' },
      { predicted: 'a b c d', truth: 'a b c d e' },
    ]);
    expect(score.precision).toBeCloseTo(0.75, 10);
    expect(score.recall).toBeCloseTo(0.75, 10);
    expect(score.f1).toBeCloseTo(0.75, 10);
    expect(score.accuracy).toBe(0);
  });
});
