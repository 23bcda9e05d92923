// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
// @ts-ignore jsdom ships no type declarations in this repo
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/core/extract';
import { isCreditLike, splitCaptionCredit } from '../../src/core/extract/credit';
import { datelinePrefix, isDatelineText } from '../../src/core/extract/dateline';
import { registrableDomain } from '../../src/core/extract/urls';
import { countWords, readingMinutes } from '../../src/core/extract/words';

describe('credit vs caption', () => {
  test.each([
    'Gavriil Grigorov/Pool/Sputnik/Reuters/File',
    'Zhou Chengfeng/VCG/Getty Images',
    'REUTERS/Jonas Brandt',
    'Photo: Heiko Weber/Bloomberg',
    'AFP',
    'U.S. Navy/Handout via Reuters',
  ])('credit: %s', (line) => expect(isCreditLike(line)).toBe(true));

  test.each([
    'Russian President Vladimir Putin’s convoy passes Tiananmen Square in Beijing on Wednesday.',
    'Hong Kong',
    'The file was sent to Reuters. It was later published.',
    'Beijing criticized the United States, accusing it of making baseless accusations.',
  ])('not a credit: %s', (line) => expect(isCreditLike(line)).toBe(false));

  test('splits credit and caption lines, and trailing credits', () => {
    expect(splitCaptionCredit(['Lam Yik/Bloomberg/Getty Images', 'A ticket hall at the main terminal.'])).toEqual({
      caption: 'A ticket hall at the main terminal.',
      credit: 'Lam Yik/Bloomberg/Getty Images',
    });
    expect(splitCaptionCredit(['Protesters march in Paris on Saturday. (AP Photo/Jane Doe)'])).toEqual({
      caption: 'Protesters march in Paris on Saturday.',
      credit: 'AP Photo/Jane Doe',
    });
    expect(splitCaptionCredit(['A quiet street in Kyiv.'])).toEqual({ caption: 'A quiet street in Kyiv.' });
  });
});

describe('datelines', () => {
  test.each(['Hong Kong', 'Rio de Janeiro', 'القاهرة', 'WASHINGTON'])('dateline: %s', (line) => expect(isDatelineText(line)).toBe(true));
  test.each(['Key points:', 'the end', 'May 16, 2024', 'Read the full story here.', 'One Two Three Four Five'])('not a dateline: %s', (line) =>
    expect(isDatelineText(line)).toBe(false),
  );
  test('prefixes', () => {
    expect(datelinePrefix('FRANKFURT (Reuters) — The ECB kept rates.')?.dateline).toBe('FRANKFURT');
    expect(datelinePrefix('KYIV, Ukraine (AP) — Russian forces pressed on.')?.dateline).toBe('KYIV, Ukraine');
    expect(datelinePrefix('Hong Kong (CNN) — Putin arrived.')?.dateline).toBe('Hong Kong');
    expect(datelinePrefix('The Fed — and the ECB — held rates.')).toBeUndefined();
  });
});

describe('small helpers', () => {
  test('registrable domains', () => {
    expect(registrableDomain('amp.cnn.com')).toBe('cnn.com');
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('aljazeera.net')).toBe('aljazeera.net');
    // Country registries that register one level down, named or not in any list.
    expect(registrableDomain('www.smh.com.au')).toBe('smh.com.au');
    expect(registrableDomain('mainichi.ne.jp')).toBe('mainichi.ne.jp');
    expect(registrableDomain('news.thairath.co.th')).toBe('thairath.co.th');
    // A generic label under a generic top-level domain is a site's own name.
    expect(registrableDomain('edition.news.com')).toBe('news.com');
    expect(registrableDomain('cdn.go.com')).toBe('go.com');
  });
  test('words and minutes', () => {
    expect(countWords('Putin’s no-holds-barred U.S. visit – $2 billion')).toBe(6);
    expect(countWords('وصل وزير الخارجية Antony Blinken')).toBe(5);
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(231))).toBe(2);
  });
  test('Chinese and Japanese: a character counts as a word, read at 500 characters a minute', () => {
    expect(countWords('北京时间周二，国务院发布了新规定。')).toBe(15);
    expect(countWords('東京都は新しい計画を発表した GDP 2%')).toBe(16);
    expect(readingMinutes('中'.repeat(500))).toBe(1);
    expect(readingMinutes('中'.repeat(501))).toBe(2);
  });
});

const GENERIC_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Council approves new bike lanes | Town Crier</title>
<meta property="og:site_name" content="Town Crier"><meta property="article:published_time" content="2024-02-01T10:00:00Z">
<meta name="author" content="Sam Reporter"></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Council approves new bike lanes</h1><p class="byline">By Sam Reporter</p>
<div class="entry-content">
<p>The town council voted on Tuesday to build four kilometres of protected bike lanes along the high street and the station road.</p>
<p>Work starts in spring. Shop owners asked for <a href="javascript:alert(1)">loading bays</a> and <a href="/plans">published plans</a> before construction begins.</p>
<p><img src="/img/lanes.jpg" alt="A bike lane"></p>
<p>Photo: Town Crier/File</p>
<p>The scheme is paid for by a regional transport grant and is expected to be finished before the end of the year.</p>
</div></article></main>
<aside><p>Most read: a very long sidebar teaser that should never become part of the article body at all.</p></aside>
</body></html>`;

describe('generic fallback', () => {
  test('a page no theme knows still extracts, links stay http(s)', () => {
    const document = new JSDOM(GENERIC_PAGE, { url: 'https://town.example/news/bike-lanes' }).window.document as Document;
    const article = extract(document);
    expect(article).not.toBeNull();
    expect(article?.theme).toBeUndefined();
    expect(article?.title).toBe('Council approves new bike lanes');
    expect(article?.byline).toBe('Sam Reporter');
    expect(article?.siteName).toBe('Town Crier');
    expect(article?.figures).toEqual([{ src: 'https://town.example/img/lanes.jpg', alt: 'A bike lane', credit: 'Town Crier/File' }]);
    expect(article?.text.split('\n\n')).toHaveLength(3);
    expect(article?.text).not.toContain('Most read');
    expect(article?.html).not.toContain('javascript');
    expect(article?.html).toContain('<a href="https://town.example/plans"');
    expect(extract(document, { generic: false })).toBeNull();
  });

  test('same result under linkedom', () => {
    const fromJsdom = extract(new JSDOM(GENERIC_PAGE).window.document as Document, { url: 'https://town.example/news/bike-lanes' });
    const fromLinkedom = extract(parseHTML(GENERIC_PAGE).document as unknown as Document, { url: 'https://town.example/news/bike-lanes' });
    expect(fromLinkedom).toEqual(fromJsdom);
  });
});
