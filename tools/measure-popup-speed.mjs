#!/usr/bin/env node
// @ts-check
// `npm run measure:popup-speed`: toolbar click → article visible in the popup, in Chromium with
// the built extension (dist/chrome, or BROADSHEET_DIST/chrome), on tests/fixtures/jannah-seed.html.
// A benchmark that prints numbers (median, p95), not a test. Goal: median ≤ 100 ms.
//
// The click is `chrome.action.openPopup()` from the service worker while the page's tab is
// active (what a toolbar click does). t0 = Date.now() in the worker just before that call. The
// popup's own clock (performance.timeOrigin + startTime) dates everything after:
// - "painted": the article title's first paint as the browser reports it (Element Timing,
//   `elementtiming` on h1.bs-title): the moment it is on screen. This is the goal figure.
// - "rendered": the article is in the DOM (a mark in PopupApp's layout effect).
// - the steps between: the popup's load event (Chromium shows the bubble once it has fired) and
//   marks in popup/main.tsx and ui/page/read-page.ts.
// Each run reloads the page (a fresh content-script state) and closes the popup after.
//
// Two profiles, because Chromium opens the popup differently:
// - icon pinned in the toolbar (a real toolbar click): the popup opens at once;
// - icon not pinned (clicked from the Extensions menu): Chromium first slides the icon into the
//   toolbar and starts loading the popup only when that animation ends (PopOutAction in
//   extensions_toolbar_container.cc), ~260 ms the extension cannot change.
// - floor: the pinned profile with a popup that does nothing (one heading, the marks set at
//   once): what the browser alone costs on this machine right now, for comparison. Asked for
//   with pinned, the two are measured paired in one browser (as COMPARE below, the floor being
//   the other build), and the median of their differences is what the extension adds.
// - first: the pinned profile's first popup in a browser just started with a fresh profile, once
//   per browser (RUNS browsers): nothing warm yet (no code cache, the extension's process new).
//   What the first click after install costs; the goal is the usual click, not this one.
// MODES=pinned,floor,unpinned (the default; first too if named) picks; RUNS sets N per profile
// (default 20).
//
// COMPARE=<dir> (a BROADSHEET_DIST-style directory: <dir>/chrome) measures the pinned profile of
// two builds in ONE browser, both pinned, their popups taking turns on the same page load after
// load (A, B, then B, A, ...). On a shared machine the wall clock drifts by more than most
// changes are worth between two runs of this script minutes apart; paired in one browser, each
// difference is taken seconds apart. It prints both builds and the median of the differences,
// with its 95% interval (order statistics) and a sign test: on this kind of machine a few
// milliseconds need N ≥ 60 to show, and an interval that spans 0 shows nothing.
//
// PAGE=<file.html> measures another page instead of the seed (e.g. a large page of
// ../shared/corpus; the goal is the seed's). Its article title must be found for "painted".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { distDir, launchChromium, pinnedToolbarPreferences, sleep, startServer } from './harness.mjs';
import { formatMs as fmt, medianInterval, percentile, signTestP } from './bench/figures.mjs';

const RUNS = Number(process.env.RUNS ?? 20);
const COMPARE = process.env.COMPARE;
const PAGE = process.env.PAGE;
const PAGE_NAME = PAGE ? basename(dirname(resolve(PAGE))) + '/' + basename(PAGE) : 'jannah-seed';
const WARMUP = 2;
const MODES = (process.env.MODES ?? 'pinned,floor,unpinned').split(',');
/** @type {Record<string, string>} */
const MODE_LABELS = {
  floor: 'icon pinned, a popup that does nothing (floor)',
  first: 'icon pinned, first popup of a just-started browser (fresh profile, nothing warm)',
};

const server = await startServer();
const pagePath = PAGE ? server.route('/measured-page.html', { body: readFileSync(PAGE) }) : server.url('/jannah-seed.html');
try {
  // Pinned and floor together are measured paired, in one browser: what the extension adds is
  // then a difference taken seconds apart, not two runs minutes apart on a drifting machine.
  const floorPaired = !COMPARE && MODES.includes('pinned') && MODES.includes('floor');
  for (const mode of MODES) {
    if (mode === 'floor' && floorPaired) continue;
    if (mode === 'floor') {
      const times = await withFloor((floor) => measure(true, floor));
      process.stdout.write(report('floor', times));
    } else if (mode === 'pinned' && (COMPARE || floorPaired)) {
      const [mine, theirs] = COMPARE
        ? await measurePaired([distDir('chrome'), join(resolve(COMPARE), 'chrome')])
        : await withFloor((floor) => measurePaired([distDir('chrome'), floor]));
      const partner = COMPARE
        ? { name: COMPARE, report: report('pinned', theirs, { build: `${COMPARE}/chrome, paired with the build below` }) }
        : {
            name: "the floor (what the extension adds to the browser's own cost)",
            report: report('floor', theirs),
            floorMedian: percentile(theirs.painted, 50),
          };
      process.stdout.write(
        partner.report + report('pinned', mine, { floorMedian: partner.floorMedian }) + pairedReport(mine.painted, theirs.painted, partner.name),
      );
    } else if (mode === 'first') {
      process.stdout.write(report(mode, await measureFirstOpens(distDir('chrome'))));
    } else if (mode === 'pinned' || mode === 'unpinned') {
      process.stdout.write(report(mode, await measure(mode === 'pinned', distDir('chrome'))));
    } else {
      throw new Error(`unknown mode ${mode}`);
    }
  }
} finally {
  await server.close();
}

/**
 * @param {boolean} pinned
 * @param {string} dist
 * @returns {Promise<Record<string, number[]>>}
 */
async function measure(pinned, dist) {
  const session = await launchChromium({
    dist,
    preferences: pinned ? pinnedToolbarPreferences(dist) : undefined,
  });
  try {
    await ready(session, pinned);
    const page = await session.newPage();
    const times = noTimes();
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const sample = await popupOnce(session, page);
      if (run >= WARMUP) record(times, sample);
    }
    return times;
  } finally {
    await session.close();
  }
}

/**
 * The first popup of each of RUNS freshly started browsers (fresh profiles), over the page
 * loaded once.
 * @param {string} dist
 * @returns {Promise<Record<string, number[]>>}
 */
async function measureFirstOpens(dist) {
  const times = noTimes();
  for (let run = 0; run < RUNS; run++) {
    const session = await launchChromium({ dist, preferences: pinnedToolbarPreferences(dist) });
    try {
      await ready(session, true);
      record(times, await popupOnce(session, await session.newPage()));
    } finally {
      await session.close();
    }
  }
  return times;
}

/**
 * Both builds pinned in one browser; per run, each one's popup over a fresh load of the page,
 * the order alternating.
 * @param {string[]} dists
 * @returns {Promise<Record<string, number[]>[]>}
 */
async function measurePaired(dists) {
  const session = await launchChromium({
    dist: dists[0],
    alsoLoad: dists.slice(1),
    preferences: pinnedToolbarPreferences(...dists),
  });
  try {
    const sessions = [session, ...dists.slice(1).map((dist) => session.sibling(dist))];
    for (const each of sessions) await ready(each, true);
    const page = await session.newPage();
    const times = sessions.map(noTimes);
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const order = run % 2 === 0 ? sessions.keys() : [...sessions.keys()].reverse();
      for (const index of order) {
        const sample = await popupOnce(sessions[index], page);
        if (run >= WARMUP) record(times[index], sample);
      }
    }
    return times;
  } finally {
    await session.close();
  }
}

/**
 * @param {import('./harness.mjs').ChromiumSession} session
 * @param {boolean} pinned
 */
async function ready(session, pinned) {
  await session.waitForRegistration();
  const onToolbar = (await session.evalWorker(() => chrome.action.getUserSettings())).isOnToolbar;
  if (onToolbar !== pinned) throw new Error(`expected the icon ${pinned ? 'pinned' : 'not pinned'}, isOnToolbar=${onToolbar}`);
}

/** @returns {Record<string, number[]>} */
function noTimes() {
  return { painted: [], rendered: [], open: [], loaded: [], start: [], snapshot: [], extracted: [], render: [], paint: [] };
}

/**
 * One toolbar click over a fresh load of the page: the popup's timings and the click's time.
 * @param {import('./harness.mjs').ChromiumSession} session
 * @param {import('playwright-core').Page} page
 */
async function popupOnce(session, page) {
  await page.goto(pagePath, { waitUntil: 'load' });
  await page.bringToFront();
  await sleep(150); // auto-clean settles after load
  const popup = await openPopupTimed(session, page);
  const seen = await popup.target.waitFor(readTimings);
  await popup.target.close();
  await sleep(100);
  return { seen, clickedAt: popup.clickedAt };
}

/**
 * @param {Record<string, number[]>} times
 * @param {Awaited<ReturnType<typeof popupOnce>>} sample
 */
function record(times, { seen, clickedAt }) {
  const at = (/** @type {number} */ startTime) => seen.origin + startTime - clickedAt;
  times.painted.push(at(seen.painted));
  times.rendered.push(at(seen.rendered));
  times.open.push(at(0));
  times.loaded.push(seen.loaded);
  times.start.push(seen.start);
  times.snapshot.push(seen.snapshot - seen.start);
  times.extracted.push(seen.extracted - seen.snapshot);
  times.render.push(seen.rendered - seen.extracted);
  times.paint.push(seen.painted - seen.rendered);
}

/**
 * The paired figure: this build's click → painted minus the other's, run by run.
 * @param {number[]} mine
 * @param {number[]} theirs
 * @param {string} other what `theirs` is
 */
function pairedReport(mine, theirs, other) {
  const differences = mine.map((value, run) => value - theirs[run]);
  const faster = differences.filter((difference) => difference < 0).length;
  const interval = medianInterval(differences);
  const p = signTestP(differences);
  return (
    `paired (same browser, same page loads): this build − ${other}, click → painted, median of ${differences.length} ` +
    `differences ${fmt(percentile(differences, 50))} (p25 ${fmt(percentile(differences, 25))}, p75 ${fmt(percentile(differences, 75))}); ` +
    `this build faster in ${faster} of ${differences.length}\n` +
    `  95% interval of that median: ${interval ? `${fmt(interval[0])} … ${fmt(interval[1])}` : 'too few runs'}; ` +
    `sign test p = ${p.toPrecision(2)}` +
    (interval && interval[0] <= 0 && interval[1] >= 0 ? ' (no difference this run can show)\n' : '\n')
  );
}

/**
 * @param {string} mode
 * @param {Record<string, number[]>} times
 * @param {{ build?: string, floorMedian?: number }} [about] which build, when not this one; the
 *   floor's median click → painted, when measured alongside
 */
function report(mode, times, { build = `${process.env.BROADSHEET_DIST ?? 'dist'}/chrome`, floorMedian } = {}) {
  const median = (/** @type {number[]} */ values) => percentile(values, 50);
  const line = (/** @type {string} */ label, /** @type {number[]} */ values) =>
    `  ${label.padEnd(60)} median ${fmt(median(values)).padStart(9)}   p95 ${fmt(percentile(values, 95)).padStart(9)}\n`;
  const goal = median(times.painted) <= 100 ? 'met' : 'NOT met';
  const interval = medianInterval(times.painted);
  const within = interval ? ` (the median's 95% interval: ${fmt(interval[0])} … ${fmt(interval[1])})` : '';
  // On a busy host the browser alone can take longer than the goal: no popup could meet it then.
  const floorNote =
    floorMedian !== undefined && floorMedian > 100 ? `  (the browser alone took ${fmt(floorMedian)} in this run: this host cannot show the goal now)\n` : '';
  return (
    `popup speed, ${PAGE_NAME}, Chromium (${build}), ${MODE_LABELS[mode] ?? `icon ${mode}`}, N=${times.painted.length}\n` +
    line('toolbar click → article painted (on screen)', times.painted) +
    line('toolbar click → article rendered (in the DOM)', times.rendered) +
    line('  click → popup document starts (browser)', times.open) +
    line('  document start → loaded (Chromium then shows the bubble)', times.loaded) +
    line('  document start → popup script runs', times.start) +
    line('  script → snapshot in hand (waits for load, first frame)', times.snapshot) +
    line('  snapshot → article extracted (DOMParser, extract)', times.extracted) +
    line('  extracted → article rendered (Preact, sanitized body)', times.render) +
    line('  rendered → painted (frame, raster, presentation)', times.paint) +
    (mode === 'floor'
      ? '  (the browser alone: no goal)\n'
      : mode === 'first'
        ? '  (the first click after install: no goal)\n'
        : PAGE
          ? "  (the goal is the seed's)\n"
          : `  goal: median click → painted ≤ 100 ms → ${goal}${within}\n${floorNote}`)
  );
}

/** Runs in the popup: its marks and the title's paint, or null until the title was painted. */
async function readTimings() {
  const mark = (/** @type {string} */ name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
  const rendered = mark('broadsheet:article-rendered');
  if (rendered === undefined) return null;
  // Element Timing entries are not in the performance timeline: only a buffered observer sees them.
  /** @type {any} */
  const title = await new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries().find((entry) => /** @type {any} */ (entry).identifier === 'bs-article-title'));
    });
    observer.observe({ type: 'element', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(undefined);
    }, 50);
  });
  if (!title) return null;
  return {
    origin: performance.timeOrigin,
    loaded: /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0])?.loadEventStart ?? NaN,
    start: mark('broadsheet:popup-start') ?? NaN,
    snapshot: mark('broadsheet:snapshot') ?? NaN,
    extracted: mark('broadsheet:extracted') ?? NaN,
    rendered,
    painted: title.renderTime || title.loadTime,
  };
}

/**
 * openToolbarPopup, with the click time taken inside the worker right before openPopup().
 * @param {import('./harness.mjs').ChromiumSession} session
 * @param {import('playwright-core').Page} page
 */
async function openPopupTimed(session, page) {
  // Patch openPopup in the worker once: record Date.now() just before the real call.
  await session.evalWorker(() => {
    const action = /** @type {any} */ (chrome.action);
    if (!action.__timed) {
      const open = action.openPopup.bind(action);
      action.openPopup = (/** @type {unknown[]} */ ...args) => {
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

/**
 * Runs `work` over a floor copy of the build (floorDist) and removes the copy after.
 * @template T
 * @param {(floor: string) => Promise<T>} work
 */
async function withFloor(work) {
  const floor = floorDist(distDir('chrome'));
  try {
    return await work(floor);
  } finally {
    rmSync(dirname(floor), { recursive: true, force: true });
  }
}

/** A copy of the built extension whose popup does nothing but show a heading and set the marks. */
function floorDist(/** @type {string} */ dist) {
  const copy = join(mkdtempSync(join(tmpdir(), 'broadsheet-floor-')), 'chrome');
  cpSync(dist, copy, { recursive: true });
  writeFileSync(
    join(copy, 'src/popup/index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head>' +
      '<body style="width:540px;height:600px;margin:0"><h1 elementtiming="bs-article-title">Nothing here</h1>' +
      '<script src="/floor.js"></script></body></html>',
  );
  writeFileSync(
    join(copy, 'floor.js'),
    "for (const name of ['popup-start', 'snapshot', 'extracted', 'article-rendered']) performance.mark('broadsheet:' + name);",
  );
  return copy;
}
