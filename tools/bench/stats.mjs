// @ts-check
// Small numeric and table helpers for the benchmark's printouts.

/** @param {number | undefined} value @returns {value is number} */
const isFiniteNumber = (value) => Number.isFinite(value);

/** The median of the finite values (NaN when there are none). @param {Array<number | undefined>} values */
export function median(values) {
  return quantile(values, 0.5);
}

/** @param {Array<number | undefined>} values */
export function p95(values) {
  return quantile(values, 0.95);
}

/** @param {Array<number | undefined>} values @param {number} q */
export function quantile(values, q) {
  const finite = values.filter(isFiniteNumber);
  if (!finite.length) return NaN;
  const sorted = [...finite].sort((x, y) => x - y);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** @param {number[]} values */
export function mean(values) {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN;
}

/** @param {number} value */
export function fixed(value, digits = 3) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

/** @param {string[]} header @param {unknown[][]} rows */
export function printTable(header, rows) {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => String(row[index]).length)));
  const line = (/** @type {unknown[]} */ cells) => `| ${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** @typedef {Record<string, string | true | undefined>} Args `--key value` as a string, a bare `--flag` as true */

/**
 * An option that takes a value (`--key value`): its value, or undefined when not given. A bare
 * `--key` is a usage error.
 * @param {Args} args
 * @param {string} key
 */
export function stringArg(args, key) {
  const value = args[key];
  if (value === true) throw new Error(`--${key} takes a value`);
  return value;
}

/** @param {string[]} list @returns {Args} */
export function parseArgs(list) {
  /** @type {Args} */
  const out = {};
  for (let index = 0; index < list.length; index += 1) {
    const arg = list[index];
    if (!arg.startsWith('--')) continue;
    const key = arg.slice(2);
    const next = list[index + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[key] = next;
      index += 1;
    } else {
      out[key] = true;
    }
  }
  return out;
}
