#!/usr/bin/env node
// `npm run measure:popup-speed`: toolbar click → article visible in the popup, in Chromium with
// the built extension (dist/chrome, or BROADSHEET_DIST/chrome), on tests/fixtures/jannah-seed.html.
// A benchmark that prints numbers (median, p95), not a test. Goal: median ≤ 100 ms.
//
// The click is `chrome.action.openPopup()` from the service worker while the page's tab is
// active (what a toolbar click does). t0 = Date.now() in the worker just before that call; the
// popup marks `broadsheet:article-visible` in the first animation frame after it rendered the
// article (PopupApp), and performance.timeOrigin + mark.startTime is that moment on the same
// clock. Each run reloads the page (a fresh content-script state) and closes the popup after.
import { launchChromium, sleep } from '../tests/browser/harness/chromium.mjs';
import { startServer } from '../tests/browser/harness/server.mjs';

const RUNS = Number(process.env.RUNS ?? 20);
const WARMUP = 2;

const server = await startServer();
const session = await launchChromium();
try {
  await session.waitForRegistration();
  const page = await session.newPage();
  const url = server.url('/jannah-seed.html');
  /** @type {{ total: number[], open: number[], scripts: number[], article: number[] }} */
  const times = { total: [], open: [], scripts: [], article: [] };
  for (let run = 0; run < WARMUP + RUNS; run++) {
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    await sleep(150); // auto-clean settles after load
    const popup = await openPopupTimed(page);
    const seen = await popup.target.waitFor(() => {
      const mark = performance.getEntriesByName('broadsheet:article-visible')[0];
      if (!mark) return null;
      const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
      return { origin: performance.timeOrigin, visible: mark.startTime, domReady: nav.domContentLoadedEventEnd };
    });
    await popup.target.close();
    await sleep(100);
    if (run < WARMUP) continue;
    times.total.push(seen.origin + seen.visible - popup.clickedAt);
    times.open.push(seen.origin - popup.clickedAt);
    times.scripts.push(seen.domReady);
    times.article.push(seen.visible - seen.domReady);
  }
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const line = (label, values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
    return `  ${label.padEnd(56)} median ${fmt(pct(50)).padStart(9)}   p95 ${fmt(pct(95)).padStart(9)}\n`;
  };
  const median = [...times.total].sort((a, b) => a - b)[Math.ceil(times.total.length / 2) - 1];
  process.stdout.write(
    `popup speed, jannah-seed, Chromium (${process.env.BROADSHEET_DIST ?? 'dist'}/chrome), N=${times.total.length}\n` +
      line('toolbar click → article visible', times.total) +
      line('  click → popup document starts (browser)', times.open) +
      line('  document start → scripts run (DOMContentLoaded)', times.scripts) +
      line('  scripts → article visible (snapshot, extract, render)', times.article) +
      `  goal: median ≤ 100 ms → ${median <= 100 ? 'met' : 'NOT met'}\n`,
  );
} finally {
  await session.close();
  await server.close();
}

/**
 * openToolbarPopup, with the click time taken inside the worker right before openPopup().
 * @param {import('playwright-core').Page} page
 */
async function openPopupTimed(page) {
  // Patch openPopup in the worker once: record Date.now() just before the real call.
  await session.evalWorker(() => {
    const action = /** @type {any} */ (chrome.action);
    if (!action.__timed) {
      const open = action.openPopup.bind(action);
      action.openPopup = (...args) => {
        /** @type {any} */ (globalThis).__clickedAt = Date.now();
        return open(...args);
      };
      action.__timed = true;
    }
  });
  const target = await session.openToolbarPopup(page);
  const clickedAt = await session.evalWorker(() => /** @type {any} */ (globalThis).__clickedAt);
  return { target, clickedAt };
}
