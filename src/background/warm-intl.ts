// The popup and the reader tab show the article's date through Intl.DateTimeFormat. The first
// formatter made in a process sets up ICU (time zone, locale data), paid by whoever asks first,
// and ICU keeps it for the whole process. Extension pages run in the extension's process, as
// this worker (Chromium) or event page (Firefox) does, so the worker asks first, in a task of
// its own, off the popup's path (the first popup's render is shorter: docs/performance.md). In
// a process that is already warm it costs next to nothing.

export function warmDateFormatting(): void {
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(0);
    } catch {
      // No Intl here: the pages fall back the same way.
    }
  }, 0);
}
