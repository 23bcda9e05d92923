// @ts-check
// The Zyte article-extraction benchmark's metric (see ../shared/corpus/README.md):
// word tokens, 4-gram shingles, per-page precision/recall over shingle multisets, averaged over
// pages, F1 of the averages, and exact-token accuracy.

const TOKEN = /[\p{L}\p{N}_]+/gu;

/**
 * One page's score: tp, fp and fn are shares that sum to 1 (all 0 when both sides are empty).
 * @typedef {{ tp: number, fp: number, fn: number, hasPrediction: boolean, hasTruth: boolean, exact: boolean }} PageScore
 */

/** @param {string | null | undefined} text @returns {string[]} */
export function tokens(text) {
  return String(text ?? '').match(TOKEN) ?? [];
}

/**
 * 4-grams of consecutive tokens; 1–3 tokens make one shingle, none make none.
 * @param {string[]} tokenList
 */
export function shingles(tokenList, size = 4) {
  if (tokenList.length === 0) return [];
  if (tokenList.length < size) return [tokenList.join(' ')];
  /** @type {string[]} */
  const out = [];
  for (let index = 0; index + size <= tokenList.length; index += 1) out.push(tokenList.slice(index, index + size).join(' '));
  return out;
}

/** @param {string[]} items */
function multiset(items) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * Per page: tp/fp/fn over shingle multisets, normalised so they sum to 1.
 * @param {string | null | undefined} predicted
 * @param {string | null | undefined} truth
 * @returns {PageScore}
 */
export function pageScore(predicted, truth) {
  const predictedTokens = tokens(predicted);
  const truthTokens = tokens(truth);
  const predictedCounts = multiset(shingles(predictedTokens));
  const truthCounts = multiset(shingles(truthTokens));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, count] of predictedCounts) {
    const inTruth = truthCounts.get(shingle) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [shingle, count] of truthCounts) fn += Math.max(0, count - (predictedCounts.get(shingle) ?? 0));
  const total = tp + fp + fn;
  const exact = predictedTokens.length === truthTokens.length && predictedTokens.every((token, index) => token === truthTokens[index]);
  return {
    tp: total ? tp / total : 0,
    fp: total ? fp / total : 0,
    fn: total ? fn / total : 0,
    hasPrediction: predictedCounts.size > 0,
    hasTruth: truthCounts.size > 0,
    exact,
  };
}

/**
 * Aggregate over pages: [{predicted, truth}] → {precision, recall, f1, accuracy, pages}.
 * @param {Array<{ predicted: string | null | undefined, truth: string | null | undefined }>} pairs
 */
export function corpusScore(pairs) {
  return aggregate(pairs.map(({ predicted, truth }) => pageScore(predicted, truth)));
}

/**
 * The corpus figures from per-page scores (pageScore's results).
 * @param {PageScore[]} scores
 */
export function aggregate(scores) {
  /** @type {number[]} */
  const precisions = [];
  /** @type {number[]} */
  const recalls = [];
  for (const score of scores) {
    // As in the reference: a page counts for precision when it predicted something, for recall
    // when its truth has text; a page empty on both sides counts for neither.
    if (score.hasPrediction) precisions.push(score.tp + score.fp > 0 ? score.tp / (score.tp + score.fp) : 1);
    if (score.hasTruth) recalls.push(score.tp + score.fn > 0 ? score.tp / (score.tp + score.fn) : 1);
  }
  const mean = (/** @type {number[]} */ values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.length ? scores.filter((score) => score.exact).length / scores.length : 0;
  return { precision, recall, f1, accuracy, pages: scores.length, scores };
}
