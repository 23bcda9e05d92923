// Small numeric and table helpers for the benchmark's printouts.

export function median(values) {
  return quantile(values, 0.5);
}

export function p95(values) {
  return quantile(values, 0.95);
}

export function quantile(values, q) {
  const finite = values.filter((value) => Number.isFinite(value));
  if (!finite.length) return NaN;
  const sorted = [...finite].sort((x, y) => x - y);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function mean(values) {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN;
}

export function fixed(value, digits = 3) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

export function printTable(header, rows) {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => String(row[index]).length)));
  const line = (cells) => `| ${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

export function parseArgs(list) {
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
