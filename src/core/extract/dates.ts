/** ISO 8601 (UTC, milliseconds) for anything Date can parse; undefined otherwise. */
export function toIsoDate(value: string | null | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return undefined;
  const date = new Date(trimmed);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  // Guards against "5 minutes ago"-style strings that some engines turn into odd years.
  if (year < 1990 || year > 2200) return undefined;
  return date.toISOString();
}
