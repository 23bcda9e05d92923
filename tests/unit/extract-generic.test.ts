// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/core/extract';

// The generic engine's rules, one page each: what it keeps and what it takes out. The full
// realistic pages are the tests/fixtures/generic-*.html fixtures; these isolate single rules.

const LONG = 'The regional council approved the plan after a long debate, and officials said work would begin next spring, weeks ahead of schedule.';

function page(body: string, head = '<meta property="og:type" content="article">'): Document {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Plan approved</title>${head}</head><body>${body}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

function textOf(body: string): string {
  return extract(page(body), { url: 'https://news.example/2024/plan' })?.text ?? '';
}

const PARAGRAPHS = (count: number, prefix = 'P'): string => Array.from({ length: count }, (_, index) => `<p>${prefix}${index + 1}. ${LONG}</p>`).join('');

describe('generic engine', () => {
  test('picks the prose container over link-heavy navigation and sidebars', () => {
    const text = textOf(
      `<div class="menu">${Array.from({ length: 12 }, (_, i) => `<a href="/s${i}">Section number ${i} with a long name</a>`).join(' ')}</div>` +
        `<div class="story">${PARAGRAPHS(5)}</div>` +
        `<div class="rail"><p><a href="/x">A teaser headline for another story that is quite long indeed</a></p></div>`,
    );
    expect(text.split('\n\n')).toHaveLength(5);
    expect(text).not.toContain('Section number');
    expect(text).not.toContain('teaser');
  });

  test('merges sibling paragraphs that belong to the article', () => {
    const text = textOf(`<div><div class="body">${PARAGRAPHS(4)}</div><p>After. ${LONG}</p></div>`);
    expect(text).toContain('After.');
    expect(text.split('\n\n')).toHaveLength(5);
  });

  test('removes share, newsletter, related boxes and stock lines inside the content', () => {
    const text = textOf(
      `<article>${PARAGRAPHS(2)}<div class="share-tools"><a href="https://x.example/share">Share</a></div>` +
        `<div class="newsletter"><p>Get our newsletter every morning in your inbox, free.</p></div>` +
        `<aside class="related"><a href="/a">Related story</a></aside>${PARAGRAPHS(2, 'Q')}<p>Read more: the plan in full</p>` +
        `<p>Advertisement</p></article>`,
    );
    expect(text.split('\n\n')).toEqual(expect.arrayContaining([expect.stringMatching(/^P1\./), expect.stringMatching(/^Q2\./)]));
    for (const gone of ['Share', 'newsletter', 'Related story', 'Read more', 'Advertisement']) expect(text).not.toContain(gone);
  });

  test('removes runs of teaser links back to the same site but keeps links to other sites', () => {
    const text = textOf(
      `<article>${PARAGRAPHS(3)}<h4>More:</h4>` +
        `<ul><li><a href="https://news.example/2024/other-one">Another story about the council budget</a></li></ul>` +
        `<ul><li><a href="https://news.example/2024/other-two">A second story about roads in the region</a></li></ul>` +
        `<ul><li><a href="https://shop.example/deal">Get it at the shop for $20</a></li></ul>${PARAGRAPHS(1, 'Z')}</article>`,
    );
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('A second story');
    expect(text).not.toContain('More:');
    expect(text).toContain('Get it at the shop for $20');
  });

  test('keeps embedded posts and drops hover cards inside sentences', () => {
    const text = textOf(
      `<article>${PARAGRAPHS(3)}<div class="social-media-embed"><blockquote class="twitter-tweet"><p>We are on it, says the account.</p></blockquote></div>` +
        `<p>Said <span class="rollover-people"><a href="/people/ann">Ann Lee</a><span class="rollover-people-block"><a href="/people/ann/articles">Latest from Ann Lee</a></span></span> on Monday, ${LONG}</p></article>`,
    );
    expect(text).toContain('We are on it, says the account.');
    expect(text).toContain('Said Ann Lee on Monday');
    expect(text).not.toContain('Latest from');
  });

  test('blocks never glue words together, and the repeated title and a leading byline go', () => {
    const text = textOf(
      `<article><h1>Plan approved</h1><p class="x">By Dana Roe</p>${PARAGRAPHS(3)}<div>interview</div><div>Mr Smith said ${LONG}</div></article>`,
    );
    expect(text).toContain('interview\n\nMr Smith');
    expect(text).not.toContain('Plan approved');
    expect(text).not.toContain('By Dana Roe');
  });

  test('a page without article signals is an article when it holds a run of prose', () => {
    // Old layouts have no og:type, JSON-LD or <article>: the prose decides.
    const long = Array.from({ length: 4 }, (_, index) => `<p>${index + 1}. ${LONG} ${LONG}</p>`).join('');
    const document = page(`<div id="main">${long}</div>`, '');
    expect(extract(document, { url: 'https://blog.example/post' })?.text.split('\n\n')).toHaveLength(4);
    // Two short paragraphs of prose in a row are a short article.
    expect(extract(page(`<div id="main"><p>${LONG}</p><p>${LONG}</p></div>`, ''), { url: 'https://blog.example/post' })).not.toBeNull();
    // One line of it, with nothing that says article, is not.
    expect(extract(page(`<div id="main"><p>${LONG}</p></div>`, ''), { url: 'https://blog.example/post' })).toBeNull();
  });

  test('relaxes when the strict pass finds too little (content inside an "unlikely" box)', () => {
    const text = textOf(`<div class="sidebar-layout-main">${PARAGRAPHS(4)}</div><div class="footer-links"><a href="/a">About</a></div>`);
    expect(text.split('\n\n')).toHaveLength(4);
  });
  test('widens to the whole article when it is split into sections, without the teasers beside it', () => {
    // A page-builder article: each section is a heading and a text block under plain wrappers;
    // the longest block scores best and its weak wrappers stop the climb, but the article is all of them.
    const section = (title: string, count: number, prefix: string): string =>
      `<section class="band"><div class="inner"><h2>${title}</h2><div class="rich-text">${PARAGRAPHS(count, prefix)}</div></div></section>`;
    const teasers = Array.from(
      { length: 3 },
      (_, i) =>
        `<div class="card"><h3><a href="/2024/story-${i}">Another story about the council and its plans number ${i}</a></h3><p>A short excerpt of that story.</p></div>`,
    ).join('');
    const text = textOf(
      `<div class="layout"><div class="stack">${section('Why it matters', 2, 'A')}${section('How it works', 4, 'B')}${section('What comes next', 2, 'C')}</div>` +
        `<div class="latest">${teasers}</div></div>`,
    );
    for (const kept of ['A1.', 'B4.', 'C2.', 'How it works', 'What comes next']) expect(text).toContain(kept);
    expect(text).not.toContain('Another story');
  });
  test('does not widen over a box of teaser excerpts cut off with an ellipsis', () => {
    const excerpt =
      'The coach said on Sunday that he would wait and see how the season goes for the team this year and the next one after that before he makes any call on his own future at the club...';
    const cards = Array.from({ length: 4 }, (_, i) => `<div class="card"><p>${excerpt}</p><a href="/s${i}">Read More</a></div>`).join('');
    const text = textOf(
      `<div class="layout"><div class="story"><div class="article-body">${PARAGRAPHS(3)}</div></div><div class="more-in"><h3>More in Sports</h3>${cards}</div></div>`,
    );
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).not.toContain('The coach said');
  });
});

describe('class names say what a region is', () => {
  test('a BEM modifier is a variant, not the region: sections "--Ads" that carry ads between them are the story', () => {
    const sections = Array.from(
      { length: 3 },
      (_, index) =>
        `<section class="Report__Section Report__Section--Ads"><h2>Part ${index + 1}</h2><div class="cf">${PARAGRAPHS(2, `S${index + 1}P`)}</div></section>`,
    ).join('<div class="ad-slot">Advertisement</div>');
    const text = textOf(`<article class="Report">${sections}</article>`);
    for (const part of ['S1P1.', 'S2P2.', 'S3P1.']) expect(text).toContain(part);
  });

  test('a story shown in a modal view is still the story (news sites open articles over the front page)', () => {
    const text = textOf(
      `<div class="front">${PARAGRAPHS(4, 'F')}</div><div id="render-target-modal" class="render-target-modal"><div class="news Mx(a)--modalCentered"><article>${PARAGRAPHS(6)}</article></div></div>`,
    );
    expect(text).toContain('P6.');
    expect(text).not.toContain('F1.');
  });

  test('an overlay (an old-browser warning laid over the page) is not the article', () => {
    const warning = `<div id="IE-overlay"><div class="wrapper"><p>Dear visitor, your browser is out of date and no longer supported. ${LONG}</p><p>Please update your browser. ${LONG}</p><p>${LONG}</p></div></div>`;
    const text = textOf(`${warning}<main><section class="news">${PARAGRAPHS(4)}</section></main>`);
    expect(text).toContain('P4.');
    expect(text).not.toContain('browser');
  });
});
