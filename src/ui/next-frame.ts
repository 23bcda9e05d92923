// Work that should land in the frame after the next one: the next frame is drawn first.

/**
 * Runs `then` in a task after the next frame (a frame's animation callbacks run before it is
 * drawn, so the work is handed on from there). A page that is not shown draws no frames: a
 * timer runs it then. Returns a function that cancels it.
 */
export function afterNextFrame(then: () => void, fallbackMs = 100): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    then();
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(run, 0))) : undefined;
  const fallback = setTimeout(run, fallbackMs);
  function cancel() {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  }
  return cancel;
}
