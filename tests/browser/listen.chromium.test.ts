// Listen in the reader tab (Chromium, the built extension), with a scripted stand-in for
// speechSynthesis installed before the page's scripts (harness/speech-stand-in.mjs): what is
// spoken, in which order and language, how the controls move through it, what is highlighted,
// and that closing the tab silences it. Screenshots go to artifacts/screenshots/listen/.
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ui/listen/sentences';
import { bigJannah } from './harness/bad-pages.mjs';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { expectedArticle, normalizeSpace, paragraphsOf } from './harness/fixtures.mjs';
import { ROOT } from './harness/paths.mjs';
import { screenshotPath } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';
import { ARABIC_VOICE, ENGLISH_VOICES, installSpeechStandIn, type StandInVoice } from './harness/speech-stand-in.mjs';

const READER_PATH = 'src/reader/index.html';
/** Copies a screenshot into docs/ for the README (only when asked: docs/ is in git). */
function toDocs(file: string, name: string): void {
  if (process.env.BROADSHEET_DOCS_SCREENSHOTS === '1') copyFileSync(file, resolve(ROOT, 'docs', name));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
let session: ChromiumSession;
let defaults: Record<string, any>;

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium({ viewport: { width: 1100, height: 860 } });
  await session.waitForRegistration();
  defaults = (await session.readSettings()) as Record<string, any>;
});

const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => (page.isClosed() ? undefined : page.close())));
  await session.writeSettings(defaults);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface Spoken {
  type: string;
  text?: string;
  lang?: string;
  rate?: number;
  voice?: string | null;
}

/** The reader tab for a fixture, with the stand-in speaking for `ms` per utterance (0: the test ends each). */
let opens = 0;
async function openReader(fixture: string, voices: StandInVoice[], ms: number, browser = session): Promise<Page> {
  const source = await browser.newPage();
  opened.push(source);
  // A query of its own, so the source tab is told apart from any other open on the fixture.
  await source.goto(server.url(`/${fixture}.html?listen=${++opens}`), { waitUntil: 'load' });
  const tabId = await browser.tabIdOf(source);
  const page = await browser.newPage();
  opened.push(page);
  await page.addInitScript(installSpeechStandIn, { voices, ms });
  await page.goto(browser.extensionUrl(`${READER_PATH}?tab=${tabId}`));
  await page.waitForSelector('#app-root[data-state="article"] #listen', { timeout: 15_000 });
  return page;
}

const log = (page: Page) => page.evaluate(() => (window as any).__speech.log as Spoken[]);
const spoken = async (page: Page) => (await log(page)).filter((entry) => entry.type === 'speak');
const finish = (page: Page) => page.evaluate(() => (window as any).__speech.finish() as boolean);
const status = (page: Page) => page.locator('#listen').getAttribute('data-status');
const reading = (page: Page) =>
  page.evaluate(() => {
    const marked = [...document.querySelectorAll('.bs-listen-reading')];
    return marked.map((element) => ({ tag: element.tagName, text: element.textContent?.replace(/\s+/g, ' ').trim() ?? '' }));
  });

async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 600)}`);
    await sleep(30);
  }
}

/**
 * The highlight becomes `want`: it follows an utterance's start event a render later than the
 * stand-in records the utterance, so it is polled, then compared (a clear diff on failure).
 */
async function expectReading(page: Page, want: unknown): Promise<void> {
  const now = await waitFor(
    () => reading(page),
    (value) => JSON.stringify(value) === JSON.stringify(want),
    'the highlight',
    5_000,
  ).catch(() => reading(page));
  expect(now).toEqual(want);
}

/** What Listen should say for an expected Article: its title, byline and body, sentence by sentence. */
function expectedUtterances(fixture: string): string[] {
  const article = expectedArticle(fixture)!;
  const blocks = [String(article.title), String(article.byline ?? ''), ...paragraphsOf(article)].map(normalizeSpace).filter(Boolean);
  return blocks.flatMap((block) => splitSentences(block).map((sentence) => sentence.text));
}

describe('Listen in the reader tab (Chromium)', () => {
  it('Play speaks the title, the byline and each paragraph in order, sentence by sentence, in the article language', async () => {
    const page = await openReader('jannah-seed', ENGLISH_VOICES, 15);
    await page.click('#listen-play');
    await waitFor(
      () => status(page),
      (value) => value === 'playing',
      'playing',
    );
    const expected = expectedUtterances('jannah-seed');
    const done = await waitFor(
      () => spoken(page),
      (all) => all.length >= expected.length,
      `${expected.length} utterances`,
      60_000,
    );
    await waitFor(
      () => status(page),
      (value) => value === 'idle',
      'the end of the article',
    );
    expect(done.map((entry) => normalizeSpace(entry.text ?? ''))).toEqual(expected);
    // One utterance per sentence, each with the article's language, the default local voice, speed 1.
    expect(new Set(done.map((entry) => `${entry.lang}|${entry.voice}|${entry.rate}`))).toEqual(new Set(['en-US|Stand-in English (US)|1']));
    expect(expected.length).toBeGreaterThan(20);
    // Captions and the source line are not read by default.
    expect(done.some((entry) => /Reuters|News Source/.test(entry.text ?? ''))).toBe(false);
    await expectReading(page, []);
  });

  it('pause, resume, next and previous move through paragraphs, and the highlight follows the voice', async () => {
    const page = await openReader('jannah-seed', ENGLISH_VOICES, 0);
    const paragraphs = paragraphsOf(expectedArticle('jannah-seed')!);
    await page.click('#listen-play');
    await waitFor(
      () => spoken(page),
      (all) => all.length === 1,
      'the title',
    );
    await expectReading(page, [{ tag: 'H1', text: expectedArticle('jannah-seed')!.title }]);

    await finish(page); // title
    await finish(page); // byline
    const first = await waitFor(
      () => spoken(page),
      (all) => all.length === 3,
      'the first paragraph',
    );
    expect(paragraphs[0].startsWith(first[2].text!)).toBe(true);
    await expectReading(page, [{ tag: 'P', text: paragraphs[0] }]);

    await page.click('#listen-next');
    const next = await waitFor(
      () => spoken(page),
      (all) => all.length === 4,
      'the next paragraph',
    );
    expect(paragraphs[1].startsWith(next[3].text!)).toBe(true);
    await expectReading(page, [{ tag: 'P', text: paragraphs[1] }]);

    await page.click('#listen-previous');
    const back = await waitFor(
      () => spoken(page),
      (all) => all.length === 5,
      'the previous paragraph',
    );
    expect(back[4].text).toBe(first[2].text);
    await expectReading(page, [{ tag: 'P', text: paragraphs[0] }]);

    // Pause silences the voice and speaks nothing more; Play resumes the same sentence.
    await page.click('#listen-play');
    expect(await status(page)).toBe('paused');
    expect((await log(page)).at(-1)).toEqual({ type: 'cancel' });
    await sleep(200);
    expect(await spoken(page)).toHaveLength(5);
    await expectReading(page, [{ tag: 'P', text: paragraphs[0] }]);
    await page.click('#listen-play');
    const resumed = await waitFor(
      () => spoken(page),
      (all) => all.length === 6,
      'resume',
    );
    expect(resumed[5].text).toBe(first[2].text);

    // Space toggles play when no control has focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    expect(await status(page)).toBe('paused');
    await page.keyboard.press('Space');
    await waitFor(
      () => spoken(page),
      (all) => all.length === 7,
      'Space resumes',
    );

    await page.click('#listen-stop');
    expect(await status(page)).toBe('idle');
    await expectReading(page, []);
  });

  it('starts from any paragraph: the play button beside the one under the pointer, or the caret and Space', async () => {
    const paragraphs = paragraphsOf(expectedArticle('jannah-seed')!);
    const page = await openReader('jannah-seed', ENGLISH_VOICES, 0);
    const third = page.locator('.bs-body p', { hasText: paragraphs[2].slice(0, 40) });
    await third.hover();
    const beside = await page.evaluate(() => {
      const button = document.querySelector('#listen-from-here') as HTMLButtonElement;
      return { hidden: button.hidden, label: button.getAttribute('aria-label') };
    });
    expect(beside).toEqual({ hidden: false, label: 'Read from here' });
    await page.click('#listen-from-here');
    const [first] = await waitFor(
      () => spoken(page),
      (all) => all.length === 1,
      'the third paragraph',
    );
    expect(paragraphs[2].startsWith(first.text!)).toBe(true);
    await expectReading(page, [{ tag: 'P', text: paragraphs[2] }]);
    await page.click('#listen-stop');

    // From the keyboard: the caret in the second paragraph, then Space.
    await page.evaluate(
      (start) => {
        const paragraph = [...document.querySelectorAll('.bs-body p')].find((p) => p.textContent!.replace(/\s+/g, ' ').trim().startsWith(start))!;
        getSelection()!.collapse(paragraph.firstChild, 3);
        (document.activeElement as HTMLElement | null)?.blur();
      },
      paragraphs[1].slice(0, 30),
    );
    await page.keyboard.press('Space');
    const again = await waitFor(
      () => spoken(page),
      (all) => all.length === 2,
      'the second paragraph',
    );
    expect(paragraphs[1].startsWith(again[1].text!)).toBe(true);
  });

  it('speed and voice are remembered for the language', async () => {
    const page = await openReader('jannah-seed', ENGLISH_VOICES, 0);
    await page.selectOption('#listen-rate', '1.5');
    const options = await page.locator('#listen-voice option').allTextContents();
    expect(options).toEqual([
      'Stand-in English (UK)',
      'Stand-in English (US)',
      expect.stringMatching(/^Stand-in Cloud English \(sends the text to its vendor\)$/),
    ]);
    await page.selectOption('#listen-voice', 'stand-in:Stand-in English (UK)');
    await waitFor(
      async () => ((await session.readSettings()) as any).listen.languages.en,
      (value) => value?.voice === 'stand-in:Stand-in English (UK)',
      'the saved choice',
    );
    expect(((await session.readSettings()) as any).listen.languages.en).toEqual({ rate: 1.5, voice: 'stand-in:Stand-in English (UK)' });
    await page.click('#listen-play');
    const [first] = await waitFor(
      () => spoken(page),
      (all) => all.length === 1,
      'the title',
    );
    expect(first).toMatchObject({ rate: 1.5, voice: 'Stand-in English (UK)', lang: 'en-US' });
  });

  it('closing the tab silences the voice', async () => {
    const listener = await session.newPage();
    opened.push(listener);
    await listener.goto(session.extensionUrl(`${READER_PATH}?listener`));
    await listener.evaluate(() => {
      const heard: unknown[] = [];
      (window as any).__heard = heard;
      new BroadcastChannel('broadsheet-speech-test').onmessage = (event) => heard.push(event.data);
    });
    const page = await openReader('jannah-seed', ENGLISH_VOICES, 0);
    await page.click('#listen-play');
    await waitFor(
      () => spoken(page),
      (all) => all.length === 1,
      'the title',
    );
    await page.close({ runBeforeUnload: true });
    const heard = await waitFor(
      () => listener.evaluate(() => (window as any).__heard as Spoken[]),
      (entries) => entries.some((entry) => entry.type === 'cancel'),
      'a cancel after the tab closed',
    );
    expect(heard.map((entry) => entry.type)).toEqual(['speak', 'cancel']);
  });

  it('an Arabic article is read with an Arabic voice, and says so when there is none', async () => {
    const expected = expectedArticle('jannah-rtl-arabic')!;
    const withArabic = await openReader('jannah-rtl-arabic', [...ENGLISH_VOICES, ARABIC_VOICE], 0);
    await withArabic.click('#listen-play');
    const [title] = await waitFor(
      () => spoken(withArabic),
      (all) => all.length === 1,
      'the Arabic title',
    );
    expect(title).toMatchObject({ type: 'speak', text: normalizeSpace(expected.title), lang: expected.lang, rate: 1, voice: ARABIC_VOICE.name });
    await withArabic.click('#listen-stop');

    const englishOnly = await openReader('jannah-rtl-arabic', ENGLISH_VOICES, 0);
    await expect(englishOnly.locator('#listen-message').textContent()).resolves.toBe('No voice for Arabic on this device.');
    expect(await englishOnly.locator('#listen-play').isDisabled()).toBe(true);
    await englishOnly.keyboard.press('Space');
    await sleep(100);
    expect(await spoken(englishOnly)).toEqual([]);
  });

  it('screenshots: the reader while listening, light and dark, and Arabic', async () => {
    for (const [name, fixture, theme, voices] of [
      ['light', 'jannah-seed', 'light', ENGLISH_VOICES],
      ['dark', 'jannah-seed', 'dark', ENGLISH_VOICES],
      ['arabic', 'jannah-rtl-arabic', 'sepia', [ARABIC_VOICE]],
    ] as const) {
      await session.writeSettings({ ...defaults, reader: { ...defaults.reader, theme } });
      const page = await openReader(fixture, [...voices], 0);
      await page.click('#listen-play');
      for (let i = 0; i < 3; i++) await finish(page);
      await waitFor(
        () => reading(page),
        (marked) => marked[0]?.tag === 'P',
        'a highlighted paragraph',
      );
      await page.click('#listen-next');
      await sleep(700); // the smooth scroll
      await page.hover('.bs-listen-reading'); // shows "Read from here" beside it
      const file = screenshotPath(`listen/reader-${name}`);
      await page.screenshot({ path: file });
      if (name !== 'arabic') toDocs(file, `listen-${name}.png`);
      expect(await reading(page)).toHaveLength(1);
    }
  });

  it('a 20,000-word article starts speaking within 300 ms of Play', async () => {
    server.route('/listen-long.html', { body: bigJannah(420 * 1024).html });
    const page = await openReader('listen-long', ENGLISH_VOICES, 0);
    const words = await page.evaluate(() => document.querySelector('.bs-body')!.textContent!.split(/\s+/).filter(Boolean).length);
    expect(words).toBeGreaterThan(20_000);
    const delay = await page.evaluate(async () => {
      const log = (window as any).__speech.log as Array<{ type: string; at: number }>;
      const started = performance.now();
      (document.querySelector('#listen-play') as HTMLButtonElement).click();
      while (!log.some((entry) => entry.type === 'speak')) await new Promise((done) => setTimeout(done, 1));
      return log.find((entry) => entry.type === 'speak')!.at - started;
    });
    console.info(`Listen: ${words} words, first utterance ${delay.toFixed(1)} ms after Play`);
    expect(delay).toBeLessThan(300);
  });

  it('axe finds no violations while listening, in every theme', async () => {
    for (const theme of ['light', 'dark', 'sepia']) {
      await session.writeSettings({ ...defaults, reader: { ...defaults.reader, theme } });
      const page = await openReader('jannah-seed', ENGLISH_VOICES, 0);
      await page.click('#listen-play');
      for (let i = 0; i < 3; i++) await finish(page);
      await waitFor(
        () => reading(page),
        (marked) => marked[0]?.tag === 'P',
        'a highlighted paragraph',
      );
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(
        async () => (await (window as any).axe.run(document)).violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>,
      );
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        theme,
      ).toEqual([]);
    }
  });
});

describe('Listen with the browser in Arabic (Chromium --lang=ar)', () => {
  let arabic: ChromiumSession;
  beforeAll(async () => {
    arabic = await launchChromium({ viewport: { width: 1100, height: 860 }, args: ['--lang=ar'] });
    await arabic.waitForRegistration();
  });
  afterAll(async () => {
    await arabic?.close();
  });

  it('mirrors the control: Arabic labels, laid out right to left, media buttons in player order', async () => {
    const page = await openReader('jannah-rtl-arabic', [ARABIC_VOICE], 0, arabic);
    await page.click('#listen-play');
    for (let i = 0; i < 2; i++) await finish(page);
    await waitFor(
      () => reading(page),
      (marked) => marked[0]?.tag === 'P',
      'a highlighted paragraph',
    );
    const ui = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        dir: getComputedStyle(document.querySelector('#listen')!).direction,
        pause: document.querySelector('#listen-play')!.getAttribute('aria-label'),
        speedLeftOfTransport: box('#listen-rate').right <= box('#listen-previous').left,
        previousLeftOfNext: box('#listen-previous').left < box('#listen-next').left,
      };
    });
    expect(ui).toEqual({ dir: 'rtl', pause: 'إيقاف مؤقت (مسافة)', speedLeftOfTransport: true, previousLeftOfNext: true });
    await sleep(700);
    const file = screenshotPath('listen/reader-arabic-ui');
    await page.screenshot({ path: file });
    toDocs(file, 'listen-arabic.png');
  });
});
