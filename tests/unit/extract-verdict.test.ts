// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { extract } from '../../src/core/extract';
import { longestProseRun } from '../../src/core/verdict';

// "Is this page an article?" is decided from the content found, not from modern metadata. One
// small realistic page per rule, in linkedom (the parser the library meets most in Node).

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;
const read = (html: string, url = 'http://www.example-gazette.com/news/2008/04/story.html') => extract(linkedom(html), { url });

const STORY = [
  'The county board voted 5-2 on Tuesday to close the Elm Street bridge for repairs, a decision that will send about 9,000 cars a day onto detours through the town centre.',
  'Engineers told the board that the 1931 span had lost a third of its load capacity since the last inspection, and that the state would not fund temporary supports.',
  'Shop owners on Main Street said the detour would bring them customers, but residents of the side streets asked for speed bumps before the closure begins in June.',
];

describe('old news layouts are articles', () => {
  test('a table layout with <font> text, no JSON-LD, no og:type and no <article>', () => {
    const html = `<html><head><title>Bridge to close for repairs - Example Gazette</title></head>
<body bgcolor="#ffffff"><table width="760"><tr><td colspan="2"><img src="/img/masthead.gif" alt="Example Gazette"></td></tr>
<tr><td width="160" valign="top"><a href="/">Home</a><br><a href="/news/">News</a><br><a href="/sports/">Sports</a><br><a href="/obits/">Obituaries</a></td>
<td valign="top"><font face="Arial" size="4"><b>Bridge to close for repairs</b></font><br><font size="2">By Pat Miller, Staff Writer</font>
${STORY.map((line) => `<p><font face="Arial" size="2">${line}</font></p>`).join('\n')}</td></tr>
<tr><td colspan="2"><font size="1">Copyright 2008 Example Gazette. All rights reserved.</font></td></tr></table></body></html>`;
    const text = read(html)?.text ?? '';
    for (const line of STORY) expect(text).toContain(line);
    expect(text).not.toContain('Copyright');
  });

  test('a page whose paragraphs are separated by <br><br> inside one cell', () => {
    const html = `<html><head><title>Bridge to close</title></head><body><table><tr><td class="nav"><a href="/">Home</a> | <a href="/news">News</a></td></tr>
<tr><td class="story">${STORY.join('<br><br>\n')}</td></tr></table></body></html>`;
    expect(read(html)?.text).toContain(STORY[1]);
  });

  test('a malformed page with a second <html> and <body>, as linkedom keeps it', () => {
    // The first, empty <body> is document.body there; the story sits in the second one.
    const html = `<!DOCTYPE HTML><html lang="en"><!--[if IE 8]><html class="ie8"><![endif]--><!--[if !IE]><!--><html class=""><!--<![endif]-->
<head><title>Bridge to close</title><script>var x = 1;</script><body class="article"><div id="page"><h1>Bridge to close</h1>${STORY.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`;
    const document = linkedom(html);
    expect(document.body?.textContent ?? '').not.toContain('county board');
    expect(extract(document, { url: 'http://www.example-gazette.com/x' })?.text).toBe(STORY.join('\n\n'));
  });

  test('a page without an <html> tag, whose <body> linkedom puts beside the first element', () => {
    const html = `<meta name="verify-v1" content="x" />\n<div align="center"><a href="/">Ad</a></div>\n<title>Bridge</title>\n<body class="blue"><div id="content">${STORY.map((line) => `<p>${line}</p>`).join('')}</div></body>`;
    expect(read(html)?.text).toBe(STORY.join('\n\n'));
  });

  test('a page that starts with <head> (no <html>), whose scripts hold more text than its story', () => {
    // linkedom makes <head> the document element and puts <body> beside it.
    const script = `<script>window.dataLayer = ${JSON.stringify(Array.from({ length: 200 }, (_, index) => ({ event: 'view', slot: index })))};</script>`;
    const html = `<!DOCTYPE html><head><title>Bridge to close</title>${script}</head><body class="single-post"><div id="page"><h1>Bridge to close</h1>${STORY.map((line) => `<p>${line}</p>`).join('')}</div></body>`;
    const document = linkedom(html);
    expect(document.documentElement.localName).toBe('head');
    expect(extract(document, { url: 'http://www.example-gazette.com/x' })?.text).toBe(STORY.join('\n\n'));
  });

  test('an unclosed <aside> that swallows the page does not hide the article', () => {
    const html = `<html><head><title>Lessons</title></head><body><aside class="announcement-banner"><a href="/signup">Join us</a>
<main><article class="blog-post">${STORY.map((line) => `<p>${line}</p>`).join('')}</article></main></body></html>`;
    expect(read(html)?.text).toBe(STORY.join('\n\n'));
  });
});

describe('text in scripts without spaces is measured in characters of weight', () => {
  const CHINESE = [
    '北京时间周二，国务院常务会议审议通过了关于加快城市更新的指导意见，要求各地在三年内完成老旧小区改造任务。',
    '会议指出，城市更新要坚持以人民为中心，优先解决群众反映强烈的停车难、加装电梯和管网老化等问题。',
  ];

  test('a Chinese story of two paragraphs, with no metadata at all, is an article', () => {
    const html = `<html><head><meta charset="utf-8"><title>国务院部署城市更新</title></head><body><div class="nav"><a href="/">首页</a><a href="/news">新闻</a></div>
<div class="content">${CHINESE.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`;
    expect(read(html, 'http://news.example.cn/2008/0415/1.html')?.text).toBe(CHINESE.join('\n\n'));
  });

  test('a Chinese paragraph weighs about what its English translation does', () => {
    expect(longestProseRun(CHINESE[0])).toBeGreaterThan(120);
    expect(longestProseRun(CHINESE.join('\n\n'))).toBeGreaterThan(200);
  });
});

describe('what a page shows of itself makes it an article', () => {
  test('a short blog post under a headline that says what <title> says', () => {
    const post = 'Dear all, we would love to invite you to the studio sale on Saturday morning.';
    const html = `<html><head><title>Little gifts for friends - Pat's Sketchbook</title></head><body><div id="header"><h1><a href="/">Pat's Sketchbook</a></h1></div>
<div class="main"><div class="post"><h3 class="post-title">Little gifts for friends</h3><div class="post-body"><p>${post}</p></div></div></div>
<div class="sidebar"><h2>Archive</h2><ul><li><a href="/2012/10/">October</a></li><li><a href="/2012/09/">September</a></li></ul></div></body></html>`;
    expect(read(html)?.text).toBe(post);
  });

  test('the same short text under a heading that names something else is not enough', () => {
    const post = 'Dear all, we would love to invite you to the studio sale on Saturday morning.';
    const html = `<html><head><title>Pat's Sketchbook</title></head><body><div class="main"><h3>Opening hours</h3><div class="post-body"><p>${post}</p></div></div></body></html>`;
    expect(read(html)).toBeNull();
    expect(detect(linkedom(html)).signals).toContain('content:short');
  });

  test('a short sentence between paragraphs continues the run of prose', () => {
    const blocks = [
      'The signup pages for the first destinations of our tour go live today.',
      'We are so thrilled.',
      'Here are the places we will visit this year.',
    ];
    expect(longestProseRun(blocks.join('\n\n'))).toBe(blocks.join('').length);
    // A label without a sentence in it still ends the run.
    expect(longestProseRun([blocks[0], 'Bahrain', blocks[2]].join('\n\n'))).toBe(blocks[0].length);
  });

  test('a listicle that declares itself an article: its linked headings are the story', () => {
    const items = Array.from(
      { length: 5 },
      (_, index) => `<h2><a href="https://trails.example.org/trail-${index}">${index + 1}. Bayou trail number ${index}</a></h2><p>${STORY[index % 3]}</p>`,
    ).join('');
    const html = `<html><head><title>The five best bike trails</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-01T08:00:00Z"></head>
<body><main><h1>The five best bike trails</h1><div class="entry">${items}</div></main></body></html>`;
    expect(read(html)?.text).toContain(STORY[2]);
  });

  test('a server-rendered application page with its headline above the text', () => {
    const html = `<html><head><title>Which mower suits which lawn? | Example Mowers</title></head><body><div id="__next"><header><a href="/">Example Mowers</a></header>
<main><h1>Which mower suits which lawn?</h1><div class="_2lLT"><span>17.05.2021</span></div><div class="_1sJR"><p>${STORY[0]}</p><p>${STORY[1]}</p></div></main></div></body></html>`;
    expect(read(html)?.text).toBe(`${STORY[0]}\n\n${STORY[1]}`);
  });

  test('a saved page whose article sits in a segment React streams in hidden (id S:0)', () => {
    const html = `<html><head><title>Interpretability at scale</title></head><body><div id="__next"><template id="B:0"></template><p>Loading…</p></div>
<div hidden id="S:0"><main><article><h1>Interpretability at scale</h1>${STORY.map((line) => `<p>${line}</p>`).join('')}</article></main></div>
<script>$RC("B:0","S:0")</script></body></html>`;
    expect(read(html)?.text).toBe(STORY.join('\n\n'));
  });
});

describe('pages of other kinds are not articles', () => {
  test('a list of teasers (a section front): linked headlines with short excerpts', () => {
    const teasers = Array.from(
      { length: 5 },
      (_, index) =>
        `<div class="item"><h3><a href="/news/2008/04/story-${index}.html">Council story number ${index} makes the news today</a></h3><p>${STORY[index % 3]} <span class="date">April 15, 2008</span></p></div>`,
    ).join('');
    const html = `<html><head><title>Local news</title></head><body><div id="main">${teasers}</div></body></html>`;
    expect(read(html)).toBeNull();
    expect(detect(linkedom(html)).signals).toContain('content:teasers');
  });

  test('an article with a related-stories box in its container is still an article', () => {
    const related = Array.from({ length: 4 }, (_, index) => `<li><h4><a href="/news/other-${index}.html">Another headline number ${index}</a></h4></li>`).join(
      '',
    );
    const html = `<html><head><title>Bridge</title></head><body><div id="main">${STORY.map((line) => `<p>${line}</p>`).join('')}<ul class="more">${related}</ul></div></body></html>`;
    expect(read(html)?.text).toContain(STORY[2]);
  });

  test('a product page (og:type product) with a short description', () => {
    const html = `<html><head><title>Kettle</title><meta property="og:type" content="product"></head><body><main><h1 class="entry-title">Stovetop kettle</h1><p>${STORY[0]}</p><p>${STORY[1]}</p><button>Add to cart</button></main></body></html>`;
    expect(read(html)).toBeNull();
    expect(detect(linkedom(html)).signals).toContain('kind:og:type');
  });

  test('a video page that writes the story out is read as an article anyway', () => {
    const long = Array.from({ length: 3 }, () => STORY.map((line) => `<p>${line}</p>`).join('')).join('');
    const html = `<html><head><title>Bridge video</title><meta property="og:type" content="video"></head><body><main><video src="/v.mp4"></video>${long}</main></body></html>`;
    expect(read(html)?.text).toContain(STORY[0]);
  });

  test('a sign-in page: the prose sits beside a password form', () => {
    const html = `<html><head><title>Sign in</title></head><body><main><h1>Sign in</h1><form><input type="email"><input type="password"><button>Sign in</button></form><p>${STORY[0]}</p><p>${STORY[1]}</p></main></body></html>`;
    expect(read(html)).toBeNull();
    expect(detect(linkedom(html)).signals).toContain('kind:sign-in-form');
  });

  test('a rendered web application (its mount point) with a few cards of text', () => {
    const html = `<html><head><title>Board</title></head><body><div id="root"><div class="card"><p>${STORY[0]}</p></div><div class="card"><p>${STORY[1]}</p></div></div></body></html>`;
    expect(read(html)).toBeNull();
  });

  test('one line of text with nothing that says article', () => {
    const html = `<html><head><title>Hello</title></head><body><div><p>${STORY[0]}</p></div></body></html>`;
    expect(read(html)).toBeNull();
    expect(detect(linkedom(html)).signals).toContain('content:short');
  });

  test('detect() and extract() make the same decision', () => {
    const pages = [
      `<html><head><title>a</title></head><body><p>${STORY[0]}</p></body></html>`,
      `<html><head><title>b</title></head><body>${STORY.map((line) => `<p>${line}</p>`).join('')}</body></html>`,
      `<html><head><title>c</title><meta property="og:type" content="article"></head><body><p>${STORY[0]}</p></body></html>`,
    ];
    for (const html of pages) expect(detect(linkedom(html)).isArticle).toBe(read(html) !== null);
  });
});
