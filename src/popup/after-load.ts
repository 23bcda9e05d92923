// Chromium shows the popup bubble once its document has finished loading (the load event has
// run). The article is extracted and rendered in a task after that: an article rendered before
// would start fetching its lead image and the bubble would wait for the image, and work done
// inside the load event (its promise callbacks included) would hold back the bubble too.
// Once that task has come, nothing waits again: a second task hop (after the extraction) would
// let the browser paint a frame of the loading view first, and the article a frame later.

let loadPassed: Promise<void> | undefined;

export function afterLoad<T>(value: T): Promise<T> {
  loadPassed ??= new Promise((resolve) => {
    const later = () => setTimeout(resolve);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  });
  return loadPassed.then(() => value);
}
