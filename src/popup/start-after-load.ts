// Part of popup-early.js (src/popup/early.entry.ts): runs popup.js once the popup's document has
// loaded, not before. Chromium shows the bubble only after load, and a script in the page (even
// async or deferred) holds load back until it has been fetched and run. Started after load,
// popup.js runs while the browser brings the bubble up; its fetch began earlier (a <link
// rel="preload"> in index.html). Load waits for that fetch, not for compiling and running it:
// without the preload, load came sooner but the article later (docs/performance.md).

export const POPUP_SCRIPT = '/popup.js';

export function startPopupAfterLoad(): void {
  const start = () => {
    const script = document.createElement('script');
    script.src = POPUP_SCRIPT;
    document.head.appendChild(script);
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
