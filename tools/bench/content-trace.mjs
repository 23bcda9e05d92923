// The content script's cost as Chromium's own trace sees it, for tools/measure-content-cost.mjs.
// Per page: the thread time (CPU time of the renderer's main thread, so time the OS gave to other
// processes is not counted) of every trace event attributed to content.js: its evaluation
// (compile included: content scripts are compiled on the main thread, without a code cache) and
// every callback the browser makes into it. Tracing itself adds some overhead to both.

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'];
const SETTLE_MS = 500;

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
    /** @type {any[]} */
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(urlOf(`/${name}/source.html`), { waitUntil: 'load' }).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await cdp.send('Tracing.end');
    await complete;
    await page.close();
    const ours = events.filter((event) => event.ph === 'X' && isContentScript(event));
    const threadMs = (eventName) => ours.filter((event) => event.name === eventName).reduce((sum, event) => sum + (event.tdur ?? 0) / 1000, 0);
    const evaluate = threadMs('EvaluateScript');
    const compile = threadMs('v8.compile');
    const callbacks = threadMs('FunctionCall');
    rows.push({ name, total: evaluate + callbacks, compile, work: evaluate - compile + callbacks });
  }
  return rows;
}

function isContentScript(event) {
  const data = event.args?.data;
  const url = data?.url ?? event.args?.fileName ?? '';
  return typeof url === 'string' && url.startsWith('chrome-extension://') && url.endsWith('/content.js');
}
