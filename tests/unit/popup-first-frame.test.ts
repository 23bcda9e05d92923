// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The popup extracts and renders only after its document has loaded and the bubble's first
// frame has been drawn (src/popup/after-first-frame.ts).

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterFirstFrame', () => {
  it('resolves in the task after the first frame, not in it, and at once for later callers', async () => {
    expect(document.readyState).toBe('complete');
    const { afterFirstFrame } = await import('../../src/popup/after-first-frame');
    let first: string | undefined;
    void afterFirstFrame('page').then((value) => (first = value));
    await flush();
    expect(first).toBeUndefined();
    vi.advanceTimersToNextFrame();
    await flush();
    expect(first).toBeUndefined();
    vi.advanceTimersByTime(1);
    await flush();
    expect(first).toBe('page');
    let later: string | undefined;
    void afterFirstFrame('settings').then((value) => (later = value));
    await flush();
    expect(later).toBe('settings');
  });

  it('goes on after a timer when no frame is drawn (a popup page in a hidden tab)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    try {
      const { afterFirstFrame } = await import('../../src/popup/after-first-frame');
      let value: string | undefined;
      void afterFirstFrame('page').then((got) => (value = got));
      vi.advanceTimersByTime(99);
      await flush();
      expect(value).toBeUndefined();
      vi.advanceTimersByTime(1);
      await flush();
      expect(value).toBe('page');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
