// When the next slice of sweeping runs. Clutter the parser just added is hidden in the coming
// animation frame, before the page paints it; what a slice left over waits for a task of its
// own, so the page runs in between.

export interface Slices {
  /** Runs a slice now; a slice queued earlier still runs, and another may be queued again. */
  run(sliceMs?: number): void;
  /** Queues a slice for the coming frame, unless one is queued. */
  nextFrame(): void;
  /** Queues a slice for a task of its own, unless one is queued. */
  nextTask(): void;
}

export function createSlices(view: (Window & typeof globalThis) | null, slice: (sliceMs?: number) => void): Slices {
  let queued = false;
  const run = (sliceMs?: number): void => {
    queued = false;
    slice(sliceMs);
  };
  return {
    run,
    nextFrame() {
      if (queued) return;
      queued = true;
      // A timer stands in where frames do not run (background tabs); whichever comes first
      // cancels the other.
      let frame = 0;
      const timer = setTimeout(
        () => {
          if (frame) view?.cancelAnimationFrame(frame);
          run();
        },
        view?.requestAnimationFrame ? 100 : 0,
      );
      if (view?.requestAnimationFrame) {
        frame = view.requestAnimationFrame(() => {
          clearTimeout(timer);
          run();
        });
      }
    },
    nextTask() {
      if (queued) return;
      queued = true;
      setTimeout(() => run(), 0);
    },
  };
}
