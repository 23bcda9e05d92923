import { afterNextFrame } from '../ui/next-frame';

// Chromium shows the popup bubble once its document has loaded, and the bubble's first frame
// then takes the browser a while to bring on screen (the compositor starts, the frame's surface
// is embedded in the bubble). The article is extracted and rendered in a task after that first
// frame, which shows only the empty popup in the remembered look: the browser's part then runs
// while the popup does its own, and the article's frame follows the render at once. Done
// straight after load, the render held back the message that the bubble is visible (it waits
// for the popup's main thread), and all of the browser's part came after it (docs/performance.md).
// An article rendered before load would also start fetching its lead image, and the bubble
// would wait for the image. A popup that is never drawn (its page in a hidden tab) goes on
// after a timer.

const NO_FRAME_AFTER_MS = 100;

let firstFramePassed: Promise<void> | undefined;

/** `value`, once the document has loaded and its first frame has been drawn. */
export function afterFirstFrame<T>(value: T): Promise<T> {
  firstFramePassed ??= new Promise((resolve) => {
    const loaded = () => afterNextFrame(resolve, NO_FRAME_AFTER_MS);
    if (document.readyState === 'complete') loaded();
    else window.addEventListener('load', loaded, { once: true });
  });
  return firstFramePassed.then(() => value);
}
