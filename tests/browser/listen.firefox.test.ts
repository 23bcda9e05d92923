// Listen in the reader tab in Firefox ESR (dist/firefox as a temporary add-on), with the same
// scripted speechSynthesis stand-in as the Chromium test. Firefox runs no WebDriver BiDi preload
// script (evaluateOnNewDocument) in moz-extension pages (checked: it does on http pages), so the
// stand-in is installed once the page is up and the control is rendered again (read captions
// switched on and off): the control takes the page's speechSynthesis at each render.
// the Arabic article is read in order, sentence by sentence, with lang "ar" and the Arabic
// voice; next, pause and the highlight follow.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ui/listen/sentences';
import { launchFirefox, type FirefoxSession } from './harness/firefox.mjs';
import { expectedArticle, normalizeSpace, paragraphsOf } from './harness/fixtures.mjs';
import { ARABIC_VOICE, ENGLISH_VOICES, installSpeechStandIn, type StandInVoice } from './harness/speech-stand-in.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

let server: FixtureServer;
let firefox: FirefoxSession;
let extensionPage: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
  extensionPage = await firefox.openExtensionPage('src/options/index.html');
  await firefox.waitForRegistration(extensionPage);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

interface Spoken {
  type: string;
  text?: string;
  lang?: string;
  voice?: string | null;
}

let opens = 0;
async function openReader(fixture: string, voices: StandInVoice[], ms: number): Promise<Page> {
  const source = await firefox.browser.newPage();
  const url = server.url(`/${fixture}.html?listen-firefox=${++opens}`);
  await source.goto(url, { waitUntil: 'load' });
  const tabs = (await extensionPage.evaluate(
    // @ts-ignore the WebExtension global on moz-extension pages
    () => browser.tabs.query({}).then((all: Array<{ id: number; url?: string }>) => all.map((t) => ({ id: t.id, url: t.url }))),
  )) as Array<{ id: number; url?: string }>;
  const tabId = tabs.find((t) => t.url === url)!.id;
  const page = await firefox.openExtensionPage(`src/reader/index.html?tab=${tabId}`);
  await until(page, () => document.querySelector('#app-root[data-state="article"] #listen') !== null, 'the article and Listen');
  await page.evaluate(installSpeechStandIn, { voices, ms });
  for (const checked of [true, false]) {
    await page.evaluate(() => (document.querySelector('#listen-captions') as HTMLInputElement).click());
    await until(
      page,
      checked
        ? () => (document.querySelector('#listen-captions') as HTMLInputElement).checked
        : () => !(document.querySelector('#listen-captions') as HTMLInputElement).checked,
      'the setting shown',
    );
  }
  await until(
    page,
    () => (document.querySelector('#listen-voice') as HTMLSelectElement | null)?.value?.startsWith('stand-in:') === true,
    'the stand-in voices',
  );
  return page;
}

async function until(page: Page, check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(check).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The highlighted text once it is `want` (the highlight follows the utterance's start event a render later), or what it is after the wait. */
async function readingOnce(page: Page, want: string[], timeoutMs = 5_000): Promise<Array<string | undefined>> {
  const deadline = Date.now() + timeoutMs;
  let now = await reading(page);
  while (JSON.stringify(now) !== JSON.stringify(want) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    now = await reading(page);
  }
  return now;
}

const spoken = (page: Page) => page.evaluate(() => (window as any).__speech.spoken() as Spoken[]);
const reading = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.bs-listen-reading')].map((element) => element.textContent?.replace(/\s+/g, ' ').trim()));

describe('Listen in the reader tab (Firefox)', () => {
  it('reads the Arabic article in order, sentence by sentence, with an Arabic voice and lang', async () => {
    const article = expectedArticle('jannah-rtl-arabic')!;
    const expected = [String(article.title), String(article.byline ?? ''), ...paragraphsOf(article)]
      .map(normalizeSpace)
      .filter(Boolean)
      .flatMap((block) => splitSentences(block).map((sentence) => sentence.text));
    const page = await openReader('jannah-rtl-arabic', [...ENGLISH_VOICES, ARABIC_VOICE], 10);
    await page.click('#listen-play');
    await until(page, () => document.querySelector('#listen')?.getAttribute('data-status') === 'playing', 'playing');
    await until(page, () => document.querySelector('#listen')?.getAttribute('data-status') === 'idle', 'the end of the article');
    const all = await spoken(page);
    expect(all.map((entry) => normalizeSpace(entry.text ?? ''))).toEqual(expected);
    expect(new Set(all.map((entry) => `${entry.lang}|${entry.voice}`))).toEqual(new Set([`ar|${ARABIC_VOICE.name}`]));
    await page.close();
  });

  it('next and pause move the voice, and the highlight is the paragraph spoken', async () => {
    const paragraphs = paragraphsOf(expectedArticle('jannah-rtl-arabic')!);
    const page = await openReader('jannah-rtl-arabic', [ARABIC_VOICE], 0);
    await page.click('#listen-play');
    await until(page, () => (window as any).__speech.spoken().length === 1, 'the title');
    await page.evaluate(() => (window as any).__speech.finish());
    await page.evaluate(() => (window as any).__speech.finish());
    await until(page, () => (window as any).__speech.spoken().length === 3, 'the first paragraph');
    expect(await readingOnce(page, [paragraphs[0]])).toEqual([paragraphs[0]]);
    await page.click('#listen-next');
    await until(page, () => (window as any).__speech.spoken().length === 4, 'the next paragraph');
    expect(await readingOnce(page, [paragraphs[1]])).toEqual([paragraphs[1]]);
    expect(paragraphs[1].startsWith((await spoken(page))[3].text!)).toBe(true);
    await page.click('#listen-play');
    await until(page, () => document.querySelector('#listen')?.getAttribute('data-status') === 'paused', 'paused');
    await new Promise((done) => setTimeout(done, 200));
    expect(await spoken(page)).toHaveLength(4);
    await page.click('#listen-stop');
    expect(await readingOnce(page, [])).toEqual([]);
    await page.close();
  });
});
