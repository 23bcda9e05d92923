// @ts-check
// The content script's cost as Chromium's own trace sees it, for tools/measure-content-cost.mjs.
// Per page: the thread time (CPU time of the renderer's main thread, so time the OS gave to other
// processes is not counted) of every trace event attributed to content.js: its evaluation
// (compile included: content scripts are compiled on the main thread, without a code cache) and
// every callback the browser makes into it. Tracing itself adds some overhead to both.

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'];
const SETTLE_MS = 500;

/**
 * The fields of a Chromium trace event read here (durations in microseconds).
 * @typedef {{ ph?: string, name?: string, tdur?: number, args?: { data?: { url?: unknown }, fileName?: unknown } }} TraceEvent
 */

/**
 * @param {import('../harness.mjs').ChromiumSession} session
 * @param {(path: string) => string} urlOf
 * @param {string[]} pages
 */
export async function traceContentScript(session, urlOf, pages) {
  const rows = [];
  for (const name of pages) {
    const page = await session.newPage();
    const cdp = await session.ctx.newCDPSession(page);
    /** @type {TraceEvent[]} */
    const events = [];
    // Playwright types the events as string maps; they are JSON trace events with numbers and objects.
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (value))));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(urlOf(`/${name}/source.html`), { waitUntil: 'load' }).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await cdp.send('Tracing.end');
    await complete;
    await page.close();
    const ours = events.filter((event) => event.ph === 'X' && isContentScript(event));
    const threadMs = (/** @type {string} */ eventName) =>
      ours.filter((event) => event.name === eventName).reduce((sum, event) => sum + (event.tdur ?? 0) / 1000, 0);
    const evaluate = threadMs('EvaluateScript');
    const compile = threadMs('v8.compile');
    const callbacks = threadMs('FunctionCall');
    rows.push({ name, total: evaluate + callbacks, compile, work: evaluate - compile + callbacks });
  }
  return rows;
}

/** @param {TraceEvent} event */
function isContentScript(event) {
  const data = event.args?.data;
  const url = data?.url ?? event.args?.fileName ?? '';
  return typeof url === 'string' && url.startsWith('chrome-extension://') && url.endsWith('/content.js');
}
