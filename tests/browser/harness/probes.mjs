// @ts-check
// Code that runs INSIDE pages (main world), shared by the Chromium and Firefox tests and the demo.
// Each export is a self-contained function: it is serialised into the page, so it may not
// reference anything outside its own body.

/** Clutter the content script must hide on Jannah pages (ads, share, related, … back-to-top). */
export const CLUTTER_SELECTORS = [
  '.stream-item',
  '.share-buttons',
  '#related-posts',
  '#read-next-block',
  '#inline-related-post',
  '#check-also-box',
  '#post-newsletter',
  '#comments',
  'aside.sidebar',
  '#go-to-top',
  '.tie-popup',
  'aside.side-aside',
];

/**
 * Installed with addInitScript (main world, before any page script). Records every time a
 * `.theme-notice` is connected and has a non-empty box, checked in a requestAnimationFrame
 * loop (every frame, before paint) and in the frame after each DOM mutation batch.
 * Results: window.__bsLicenseWatch = { frames, sightings: [{ where, t }] }.
 */
export function installLicenseWatch() {
  const state = { frames: 0, checks: 0, sightings: /** @type {{ where: string, t: number }[]} */ ([]) };
  Object.defineProperty(window, '__bsLicenseWatch', { value: state, configurable: true });
  /** @param {string} where */
  const check = (where) => {
    state.checks += 1;
    for (const element of Array.from(document.querySelectorAll('.theme-notice'))) {
      if (!element.isConnected) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        const style = getComputedStyle(element);
        if (style.visibility !== 'hidden' && style.opacity !== '0') state.sightings.push({ where, t: Math.round(performance.now()) });
      }
    }
  };
  const frame = () => {
    state.frames += 1;
    check('frame');
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const observer = new MutationObserver(() => requestAnimationFrame(() => check('mutation+frame')));
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * What the page looks like now. `clutterSelectors` are checked for visible elements.
 * @param {string[]} clutterSelectors
 */
export function pageState(clutterSelectors) {
  /** @param {Element} element */
  const visible = (element) => {
    if (!element.isConnected || element.getClientRects().length === 0) return false;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const notices = Array.from(document.querySelectorAll('.theme-notice'));
  /** @type {Record<string, number>} */
  const visibleClutter = {};
  /** @type {Record<string, number>} */
  const clutterPresent = {};
  for (const selector of clutterSelectors) {
    const all = Array.from(document.querySelectorAll(selector));
    clutterPresent[selector] = all.length;
    const shown = all.filter(visible).length;
    if (shown > 0) visibleClutter[selector] = shown;
  }
  // @ts-ignore set by installLicenseWatch when installed
  const watch = window.__bsLicenseWatch ?? null;
  return {
    noticeCount: notices.length,
    noticeVisible: notices.some(visible),
    hiddenCount: document.querySelectorAll('[data-broadsheet-hidden]').length,
    visibleClutter,
    clutterPresent,
    text: document.body ? document.body.innerText.replace(/[\s\u00a0]+/g, ' ').trim() : '',
    watch: watch ? { frames: watch.frames, checks: watch.checks, sightings: watch.sightings.slice(0, 20) } : null,
  };
}

/**
 * What the popup (or the popup page in a tab) shows. Runs inside the popup document.
 * Returns null while it is still loading or still adding the body.
 */
export function readPopup() {
  const root = document.querySelector('#app-root');
  const state = root?.getAttribute('data-state') ?? null;
  if (!root || state === 'loading') return null;
  // The popup adds the body's later blocks after its first frame (src/ui/first-screen.ts).
  if (document.querySelector('.bs-body[aria-busy="true"]')) return null;
  /** @param {string} selector */
  const text = (selector) => {
    const element = document.querySelector(selector);
    return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  };
  /** @param {string} selector */
  const texts = (selector) => Array.from(document.querySelectorAll(selector)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
  const source = document.querySelector('a.bs-source');
  return {
    state,
    rootText: ((root instanceof HTMLElement ? root.innerText : null) ?? root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    title: text('h1.bs-title'),
    category: text('.bs-category'),
    byline: text('.bs-byline'),
    date: text('time.bs-date'),
    dateline: text('.bs-dateline'),
    figures: document.querySelectorAll('figure.bs-figure').length,
    captions: texts('.bs-caption'),
    credits: texts('.bs-credit'),
    bodyText: (() => {
      const body = document.querySelector('.bs-body');
      return body ? (body.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    })(),
    source: source
      ? {
          href: source.getAttribute('href'),
          target: source.getAttribute('target'),
          rel: source.getAttribute('rel'),
          text: (source.textContent ?? '').replace(/\s+/g, ' ').trim(),
        }
      : null,
    tags: texts('.bs-tags li'),
  };
}
