#!/usr/bin/env node
// @ts-check
// `npm run measure:popup-work`: the popup's own main-thread work on the way to the article, read
// from Chromium's trace (the built extension, dist/chrome or BROADSHEET_DIST/chrome, icon pinned,
// tests/fixtures/jannah-seed.html). A benchmark that prints numbers, not a test; no goal.
//
// measure:popup-speed times click → painted on the wall clock, which on a shared machine moves
// with everything else running. This reports the same path as CPU time of the popup renderer's
// main thread (the trace's thread time: what the popup itself burnt, whatever the machine did
// meanwhile), phase by phase, so a change to the popup can be judged by its own cost:
// - start-up: parsing the popup's HTML, running popup-early.js, then popup.js (after load);
// - extract: the snapshot parsed (DOMParser) and the article extracted;
// - render: Preact, the body sanitized (from its markup tree, core/article-body) and attached;
// - layout: the tasks between the render and the next frame (Chromium lays the new article out
//   there to size the bubble to its content, and runs events such as a failed image's);
// - frame: the first frame after the render (style, layout, paint: the article on screen);
// - raster: that frame's tiles, on the raster threads.
// Tracing slows the browser a little. Thread time moves less with the machine than the wall
// clock, but it moves (a busy host runs every thread slower: one build gave 28–41 ms in all
// within an hour), so compare builds interleaved (A, B, A, B), several runs each.
// RUNS sets N (default 10). DETAIL=<phase> also lists the trace events inside that phase by name.
import { distDir, launchChromium, pinnedToolbarPreferences, sleep, startServer } from './harness.mjs';
import { formatMs as fmt, percentile } from './bench/figures.mjs';

const RUNS = Number(process.env.RUNS ?? 10);
const WARMUP = 2;
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'cc', 'disabled-by-default-devtools.timeline.frame'];
const PHASES = ['start-up', 'extract', 'render', 'layout', 'frame', 'raster'];
const DETAIL = process.env.DETAIL;
if (DETAIL && !PHASES.includes(DETAIL)) throw new Error(`DETAIL must be one of ${PHASES.join(', ')}`);
/** @type {Map<string, number>} trace event name → wall ms, summed over the runs (DETAIL) */
const detail = new Map();

const dist = distDir('chrome');
const server = await startServer();
const session = await launchChromium({ dist, preferences: pinnedToolbarPreferences(dist) });
try {
  await session.waitForRegistration();
  const page = await session.newPage();
  /** @type {Record<string, number[]>} */
  const threadMs = Object.fromEntries(PHASES.map((phase) => [phase, []]));
  /** @type {Record<string, number[]>} */
  const wallMs = Object.fromEntries(PHASES.map((phase) => [phase, []]));
  for (let run = 0; run < WARMUP + RUNS; run++) {
    await page.goto(server.url('/jannah-seed.html'), { waitUntil: 'load' });
    await page.bringToFront();
    await sleep(150);
    const events = await traced(session, async () => {
      const popup = await session.openToolbarPopup(page);
      await popup.waitFor(() => performance.getEntriesByName('broadsheet:article-rendered').length > 0);
      await sleep(300);
      await popup.close();
    });
    if (run < WARMUP) continue;
    const { work: phases, bounds } = popupPhases(events);
    if (DETAIL) addDetail(detail, events, bounds[DETAIL]);
    for (const phase of PHASES) {
      threadMs[phase].push(phases[phase].thread);
      wallMs[phase].push(phases[phase].wall);
    }
  }
  const line = (/** @type {string} */ label, /** @type {number[]} */ thread, /** @type {number[]} */ wall) =>
    `  ${label.padEnd(44)} thread ${fmt(percentile(thread, 50)).padStart(9)}   wall ${fmt(percentile(wall, 50)).padStart(9)}\n`;
  const total = (/** @type {Record<string, number[]>} */ by) => by.extract.map((_, run) => PHASES.reduce((sum, phase) => sum + by[phase][run], 0));
  process.stdout.write(
    `popup main-thread work, jannah-seed, Chromium (${process.env.BROADSHEET_DIST ?? 'dist'}/chrome), traced, N=${RUNS} (medians)\n` +
      line('start-up (HTML, popup-early.js, popup.js)', threadMs['start-up'], wallMs['start-up']) +
      line('extract (DOMParser, extract)', threadMs.extract, wallMs.extract) +
      line('render (Preact, sanitized body)', threadMs.render, wallMs.render) +
      line('layout (tasks until the frame)', threadMs.layout, wallMs.layout) +
      line('frame (style, layout, paint)', threadMs.frame, wallMs.frame) +
      line('raster (raster threads)', threadMs.raster, wallMs.raster) +
      line('all of the above', total(threadMs), total(wallMs)),
  );
  if (DETAIL) process.stdout.write(detailReport(detail, RUNS));
} finally {
  await session.close();
  await server.close();
}

/**
 * DETAIL=<phase>: the trace events on the popup's main thread (raster: any of its threads)
 * inside that phase, by name, wall time summed (nested events counted inside their parents too).
 * @param {Map<string, number>} into
 * @param {any[]} events
 * @param {{ from: number, to: number, pid: number, tid: number | null }} phase
 */
function addDetail(into, events, phase) {
  for (const event of events) {
    if (event.ph !== 'X' || event.pid !== phase.pid || (phase.tid !== null && event.tid !== phase.tid)) continue;
    if (event.name === 'ThreadControllerImpl::RunTask') continue;
    if (event.ts < phase.from || event.ts >= phase.to) continue;
    into.set(event.name, (into.get(event.name) ?? 0) + event.dur / 1000);
  }
}

/** @param {Map<string, number>} detail @param {number} runs */
function detailReport(detail, runs) {
  const top = [...detail.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
  return (
    `  in ${DETAIL}, trace events by name (mean wall time per run, nested included):\n` +
    top.map(([name, ms]) => `    ${fmt(ms / runs).padStart(9)}  ${name}\n`).join('')
  );
}

/**
 * Runs `work` with Chromium tracing on; returns the trace events.
 * @param {import('./harness.mjs').ChromiumSession} session
 * @param {() => Promise<void>} work
 */
async function traced(session, work) {
  const cdp = await /** @type {import('playwright-core').Browser} */ (session.ctx.browser()).newBrowserCDPSession();
  /** @type {any[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

/**
 * The popup's phases in one trace: thread and wall milliseconds of the main thread's top-level
 * tasks (raster: the raster threads' tasks) between the marks that bound each phase.
 * @param {any[]} events
 */
function popupPhases(events) {
  const parse = events.find((event) => event.name === 'ParseHTML' && JSON.stringify(event.args ?? {}).includes('/src/popup/index.html'));
  if (!parse) throw new Error('no popup document in the trace');
  const { pid, tid } = parse;
  const onMain = (/** @type {any} */ event) => event.pid === pid && event.tid === tid;
  const mark = (/** @type {string} */ name) => {
    const found = events.find((event) => onMain(event) && event.name === name);
    if (!found) throw new Error(`no ${name} in the popup's trace`);
    return found.ts;
  };
  const load = mark('MarkLoad');
  const started = mark('broadsheet:popup-start');
  const snapshot = mark('broadsheet:snapshot');
  const extracted = mark('broadsheet:extracted');
  const rendered = mark('broadsheet:article-rendered');
  const tasks = events.filter((event) => onMain(event) && event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask');
  const frame = tasks.find(
    (task) =>
      task.ts >= rendered &&
      events.some((event) => onMain(event) && event.name === 'ProxyMain::BeginMainFrame' && event.ts >= task.ts && event.ts < task.ts + task.dur),
  );
  if (!frame) throw new Error('no frame after the render');
  // Tasks that started in [from, to); a task that spans a mark counts as the part on each side.
  const slice = (/** @type {any[]} */ list, /** @type {number} */ from, /** @type {number} */ to) => {
    let thread = 0;
    let wall = 0;
    for (const task of list) {
      const start = Math.max(task.ts, from);
      const end = Math.min(task.ts + task.dur, to);
      if (end <= start) continue;
      const share = (end - start) / task.dur;
      wall += (end - start) / 1000;
      thread += ((task.tdur ?? task.dur) * share) / 1000;
    }
    return { thread, wall };
  };
  // popup.js runs after load (src/popup/index.html): start-up ends with load or with its task.
  const startTask = tasks.find((task) => task.ts <= started && started < task.ts + task.dur);
  const startupEnd = Math.max(load, startTask ? startTask.ts + startTask.dur : started);
  const frameEnd = frame.ts + frame.dur;
  const raster = events.filter(
    (event) => event.pid === pid && event.ph === 'X' && event.name === 'RasterTask' && event.ts >= frameEnd && event.ts < frameEnd + 50_000,
  );
  // Each phase: its time range, and the tasks it counts (the main thread's, the frame's, the
  // raster threads'; tid null: any thread of the popup's process, for DETAIL).
  // The snapshot waits for load and the bubble's first (empty) frame, which no phase counts.
  const phase = (/** @type {number} */ from, /** @type {number} */ to, list = tasks, onThread = tid) => ({ from, to, pid, tid: onThread, list });
  /** @type {Record<string, ReturnType<typeof phase>>} phase name (PHASES) → its range and tasks */
  const bounds = {
    'start-up': phase(parse.ts, startupEnd),
    extract: phase(snapshot, extracted),
    render: phase(extracted, rendered),
    layout: phase(rendered, frame.ts),
    frame: phase(frame.ts, frameEnd, [frame]),
    raster: phase(frameEnd, frameEnd + 50_000, raster, null),
  };
  const work = Object.fromEntries(Object.entries(bounds).map(([name, { list, from, to }]) => [name, slice(list, from, to)]));
  return { work, bounds };
}
