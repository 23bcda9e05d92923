// The hostile corpus (tests/fixtures/hostile/) in real Chromium with the built extension: a
// sample covering every vector kind and every slot (tests/fixtures/hostile/sample.mjs; the
// whole corpus runs under jsdom and linkedom in tests/unit/security-corpus.test.ts, and here
// with HOSTILE_FULL=1). For every (vector, slot) page run:
// - the popup page over that tab shows the article and NO vector executes there: the canary
//   (top.__pwned, alert/confirm/prompt/print stubs, dialogs) stays unset, no CSP violation is
//   reported (nothing executable even reached the DOM), the rendered body is inert, and the
//   popup requests nothing but the article's own http(s) images (never exfil.example);
// - cleaning never makes the page's own DOM more dangerous: the script-bearing constructs of
//   the page with the extension are a subset of those of the same page without it.
// Control: without the extension, live vectors DO run in the page (the canary works).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, POPUP_PATH, POPUP_SETTLED, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { FIXTURES } from './harness/paths.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';
import { addedConstructs, dangerIn, scriptBearing } from '../fixtures/hostile/inert.mjs';
import { browserSample } from '../fixtures/hostile/sample.mjs';

interface Entry {
  file: string;
  vector: string;
  kind: string;
  slot: string;
}

const CORPUS: Entry[] = JSON.parse(readFileSync(join(FIXTURES, 'hostile', 'corpus.json'), 'utf8'));
/** Pages whose screenshots we keep for people to look at. */
const SHOTS = new Set(['img-onerror--title.html', 'text-escaped-markup--title.html', 'ui-spoof-classes--body.html', 'css-style-element--body.html']);
/** Vectors the control test expects to run in a page without the extension. */
const CONTROL = ['img-onerror--body.html', 'inline-script--body.html'];
const RUN = process.env.HOSTILE_FULL ? CORPUS : browserSample(CORPUS, [...SHOTS, ...CONTROL]);

let server: FixtureServer;
let session: ChromiumSession;
let plain: ChromiumSession;
const results: Array<{ entry: Entry; livesInPage: boolean; cleaned: boolean; inertParseReports: number }> = [];

beforeAll(async () => {
  server = await startServer();
  [session, plain] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  await session.waitForRegistration();
});

afterAll(async () => {
  // The table for the report: which vectors are live in the page itself, and whether
  // auto-clean still ran on the page (clobbering may stop it; it must then leave the page alone).
  const lines = results.map(
    ({ entry, livesInPage, cleaned, inertParseReports }) =>
      `${entry.kind} | ${entry.vector} | ${entry.slot} | runs in page without extension: ${livesInPage ? 'yes' : 'no'} | auto-clean hid clutter: ${cleaned ? 'yes' : 'no'} | CSP reports from inert parsing: ${inertParseReports}`,
  );
  console.info(`hostile corpus, ${results.length} pages:\n${lines.join('\n')}`);
  await Promise.all([session?.close(), plain?.close()]);
  await server?.close();
});

/** Installed before any popup script: the canary and its tripwires. */
function installCanary() {
  const trips: string[] = [];
  Object.defineProperty(window, '__trips', { value: trips });
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      trips.push(`${name}(${args.map(String).join(',')})`);
    };
  }
  // CSP reports come in two sorts. Parsing the hostile snapshot inertly (DOMParser, DOMPurify)
  // makes Chromium check inline style/handler attributes and <base> against the popup's policy
  // and report them at the document, though nothing there can ever run: counted, not failed.
  // A violation at an element of the popup's own DOM, or any blocked script, means something
  // executable reached the rendered page: a trip.
  const inertParseReports: string[] = [];
  Object.defineProperty(window, '__inertParseReports', { value: inertParseReports });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const text = `CSP ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`;
      const atRenderedElement = event.target instanceof Element && event.target.isConnected;
      const scriptLoad = /^script-src(?:-elem)?$/.test(event.violatedDirective) || event.violatedDirective === 'default-src';
      if (atRenderedElement || scriptLoad) trips.push(text);
      else inertParseReports.push(text);
    },
    true,
  );
  (window as unknown as { __canaryInstalled: boolean }).__canaryInstalled = true;
}

async function pageConstructs(page: Page): Promise<string[]> {
  // A page may clobber document.querySelectorAll (<img name="querySelectorAll">): use the prototype's.
  const fn = scriptBearing.toString().replace('doc.querySelectorAll(', 'Document.prototype.querySelectorAll.call(doc, ');
  return page.evaluate(`(${fn})(document)`) as Promise<string[]>;
}

async function openPage(target: ChromiumSession, file: string): Promise<Page> {
  const page = await target.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  await page.goto(server.url(`/hostile/${file}`), { waitUntil: 'load' });
  return page;
}

describe('hostile corpus in Chromium', () => {
  it('has at least 40 vectors', () => {
    expect(new Set(CORPUS.map((e) => e.vector)).size).toBeGreaterThanOrEqual(40);
  });

  it('the sample covers every vector kind and every slot of the corpus', () => {
    expect(new Set(RUN.map((e) => e.kind))).toEqual(new Set(CORPUS.map((e) => e.kind)));
    expect(new Set(RUN.map((e) => e.slot))).toEqual(new Set(CORPUS.map((e) => e.slot)));
  });

  for (const entry of RUN) {
    it(`${entry.vector} in ${entry.slot}: nothing runs in the popup; cleaning adds nothing dangerous to the page`, async () => {
      const [rawPage, page] = await Promise.all([openPage(plain, entry.file), openPage(session, entry.file)]);
      try {
        await sleep(500); // auto-clean's frame sweeps and the settle after load
        const before = await pageConstructs(rawPage);
        const livesInPage = await rawPage.evaluate(
          () => (window as unknown as { __pwned?: unknown }).__pwned !== undefined && typeof (window as unknown as { __pwned?: unknown }).__pwned === 'string',
        );
        await rawPage.close();
        const result = { entry, livesInPage, cleaned: false, inertParseReports: 0 };
        results.push(result);

        // The page's own DOM: nothing added or changed by cleaning.
        const after = await pageConstructs(page);
        expect(addedConstructs(before, after), 'constructs the extension added to the page').toEqual([]);
        result.cleaned = await page.evaluate(() => Document.prototype.querySelectorAll.call(document, '[data-broadsheet-hidden]').length > 0);

        // The popup over this tab.
        const tabId = await session.tabIdOf(page);
        const popup = await session.newPage();
        const requests: Array<{ url: string; type: string }> = [];
        const dialogs: string[] = [];
        popup.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
        popup.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss().catch(() => {});
        });
        await popup.addInitScript(installCanary);
        await popup.goto(session.extensionUrl(`${POPUP_PATH}?tab=${tabId}`));
        await popup.waitForSelector(POPUP_SETTLED, { timeout: 20_000 });
        await sleep(400); // let images fail and anything that would fire, fire
        const seen = (await popup.evaluate(`(() => ({
          canary: window.__canaryInstalled === true,
          pwned: window.__pwned === undefined ? null : String(window.__pwned),
          trips: window.__trips.slice(),
          inertParseReports: window.__inertParseReports.length,
          state: document.querySelector('#app-root').getAttribute('data-state'),
          title: document.querySelector('h1.bs-title')?.textContent ?? null,
          titleChildren: document.querySelector('h1.bs-title')?.children.length ?? null,
          bodyDanger: (${dangerIn.toString()})(document.querySelector('.bs-body') ?? document.createElement('div')),
          scripts: Array.from(document.scripts).map((s) => s.src),
          handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => e.localName + '[' + a.name + ']')),
          images: Array.from(document.querySelectorAll('img')).map((i) => i.src),
        }))()`)) as {
          canary: boolean;
          pwned: string | null;
          trips: string[];
          inertParseReports: number;
          state: string;
          title: string | null;
          titleChildren: number | null;
          bodyDanger: string[];
          scripts: string[];
          handlers: string[];
          images: string[];
        };
        result.inertParseReports = seen.inertParseReports;
        if (SHOTS.has(entry.file)) saveScreenshot(`hostile/${entry.file.replace(/\.html$/, '')}`, await popup.screenshot());
        await popup.close();

        expect(seen.canary, 'the canary was installed before the popup ran').toBe(true);
        expect(seen.state).toBe('article');
        expect(seen.pwned, 'top.__pwned in the popup').toBeNull();
        expect(seen.trips, 'alert/confirm/prompt/print calls and CSP violations in the popup').toEqual([]);
        expect(dialogs).toEqual([]);
        expect(seen.titleChildren, 'the title is text').toBe(0);
        expect(seen.bodyDanger).toEqual([]);
        expect(seen.handlers).toEqual([]);
        const extensionOrigin = session.extensionUrl('');
        for (const src of seen.scripts) expect(src.startsWith(extensionOrigin), `script ${src}`).toBe(true);
        // Network: the extension's own files, and the article's own http(s) images, nothing else.
        const foreign = requests.filter((r) => !r.url.startsWith(extensionOrigin) && !r.url.startsWith('data:'));
        for (const request of foreign) {
          expect(request.url, 'never the exfiltration host').not.toContain('exfil.example');
          expect(request.type, `${request.url} is an image`).toBe('image');
          expect(request.url).toMatch(/^https?:\/\//);
          expect(seen.images, `${request.url} is an image of the article`).toContain(request.url);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('control: script injected into the popup DOM does not run, and the detectors see it (CSP)', async () => {
    const page = await openPage(session, 'img-onerror--body.html');
    const popup = await session.newPage();
    try {
      await popup.addInitScript(installCanary);
      await popup.goto(session.extensionUrl(`${POPUP_PATH}?tab=${await session.tabIdOf(page)}`));
      await popup.waitForSelector(POPUP_SETTLED, { timeout: 20_000 });
      const seen = await popup.evaluate(async () => {
        // What a sanitizer failure would put in the popup: an inline handler, an inline script,
        // a javascript: link that gets clicked.
        const img = document.createElement('img');
        img.setAttribute('src', 'x');
        img.setAttribute('onerror', "top.__pwned='injected-onerror'");
        const script = document.createElement('script');
        script.textContent = "top.__pwned='injected-script'";
        const link = document.createElement('a');
        link.setAttribute('href', "javascript:top.__pwned='injected-link'");
        document.body.append(img, script, link);
        link.click();
        await new Promise((done) => setTimeout(done, 500));
        const w = window as unknown as { __pwned?: string; __trips: string[] };
        return { pwned: w.__pwned ?? null, trips: w.__trips.slice() };
      });
      expect(seen.pwned, 'CSP stops all three').toBeNull();
      expect(
        seen.trips.some((t) => t.startsWith('CSP script-src-attr')),
        seen.trips.join('\n'),
      ).toBe(true);
      expect(
        seen.trips.some((t) => t.startsWith('CSP script-src-elem')),
        seen.trips.join('\n'),
      ).toBe(true);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('control: live vectors do run in a page without the extension (the canary can trip)', () => {
    const live = results.filter((r) => r.livesInPage).map((r) => `${r.entry.vector}--${r.entry.slot}`);
    expect(live).toContain('img-onerror--body');
    expect(live).toContain('inline-script--body');
  });
});
