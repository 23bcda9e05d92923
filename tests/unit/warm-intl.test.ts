// The background warms Intl date formatting for the extension's pages (src/background/warm-intl.ts):
// in a task of its own, never in the caller's (the worker's start-up and its first events go first).
import { afterEach, expect, test, vi } from 'vitest';
import { warmDateFormatting } from '../../src/background/warm-intl';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('makes one date formatter, in a later task', () => {
  vi.useFakeTimers();
  const made = vi.spyOn(Intl, 'DateTimeFormat');
  warmDateFormatting();
  expect(made).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(made).toHaveBeenCalledTimes(1);
  expect(made.mock.calls[0]).toEqual([undefined, { dateStyle: 'long' }]);
});

test('a runtime without a working Intl does not break the worker', () => {
  vi.useFakeTimers();
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
    throw new RangeError('no ICU data');
  });
  warmDateFormatting();
  expect(() => vi.runAllTimers()).not.toThrow();
});
