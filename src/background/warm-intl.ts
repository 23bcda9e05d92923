// The popup and the reader tab show the article's date through Intl.DateTimeFormat. The first
// formatter made in a process sets up ICU (time zone, locale data): 15–30 ms on this machine,
// paid by whoever asks first, and ICU keeps it for the whole process. Extension pages run in the
// extension's process, as this worker (Chromium) or event page (Firefox) does, so the worker
// asks first, in a task of its own, off the popup's path: the first popup's render was ~20 ms
// shorter (`MODES=first npm run measure:popup-speed`). In a process that is already warm it
// costs well under a millisecond.

export function warmDateFormatting(): void {
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(0);
    } catch {
      // No Intl here: the pages fall back the same way.
    }
  }, 0);
}
