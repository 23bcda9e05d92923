// @vitest-environment node
// Property: clean() never takes away a paragraph of the article. Random Jannah pages: an
// article body of random paragraphs with random clutter siblings at random places (inside the
// body, beside it, around the article), sometimes with the whole body wrapped in an element
// that carries a clutter class. In both modes every paragraph stays connected and visible.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
// In Node the sanitizer needs the jsdom window the library and CLI entries install.
import { installNodePurifier } from '../../src/lib/node-purifier';
import { clean } from '../../src/core/clean';
import { HIDDEN_ATTRIBUTE } from '../../src/core/undo-steps';

installNodePurifier();

const CLUTTER = [
  '<div class="stream-item stream-item-in-post"><a href="https://ads.example/c"><img src="https://ads.example/b.gif"></a></div>',
  '<div class="share-buttons"><a href="https://facebook.example/share">Share</a></div>',
  '<div id="related-posts"><h3>Related</h3><ul><li><a href="https://x.example/a">Other story about the harbour and its long history of storms</a></li></ul></div>',
  '<div id="inline-related-post"><p>Read also: another story entirely, with a paragraph long enough to look like prose to a reader mode.</p></div>',
  '<div id="check-also-box"><p>Check also</p></div>',
  '<div id="post-newsletter"><p>Subscribe to our newsletter for the daily briefing delivered to your inbox every morning.</p></div>',
  '<div id="comments"><p>Comment from a reader who writes long comments about everything in the article and more.</p></div>',
  '<aside class="sidebar"><p>Sidebar widget text</p></aside>',
  '<div class="tie-popup"><p>Popup</p></div>',
  '<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="screen-reader-text">Back to top button</span></a>',
  '<div class="theme-notice">Jannah Theme License is not validated, Go to the theme options page to validate the license.</div>',
  '<ins class="adsbygoogle" style="display:block"></ins>',
];
const WRAPPERS = ['stream-item', 'share-buttons', 'tie-popup', 'sidebar'];

const paragraph = fc
  .array(
    fc.constantFrom('harbour', 'ships', 'storm', 'minister', 'said', 'the', 'on', 'Monday', 'crews', 'channel', 'cleared', 'port', 'reopened', 'and', 'cargo'),
    { minLength: 12, maxLength: 40 },
  )
  .map((words) => words.join(' '));

const page = fc.record({
  paragraphs: fc.array(paragraph, { minLength: 3, maxLength: 12 }),
  inBody: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CLUTTER)), { maxLength: 8 }),
  beside: fc.array(fc.constantFrom(...CLUTTER), { maxLength: 4 }),
  around: fc.array(fc.constantFrom(...CLUTTER), { maxLength: 4 }),
  wrapper: fc.option(fc.constantFrom(...WRAPPERS), { nil: undefined }),
  mode: fc.constantFrom<'remove' | 'hide'>('remove', 'hide'),
});

function build(spec: { paragraphs: string[]; inBody: Array<[number, string]>; beside: string[]; around: string[]; wrapper?: string }): string {
  const body: string[] = spec.paragraphs.map((text, index) => `<p data-article-paragraph="${index}">${text}.</p>`);
  for (const [at, clutter] of spec.inBody) body.splice(at % (body.length + 1), 0, clutter);
  let content = `<div class="entry-content entry clearfix">${body.join('\n')}</div>`;
  if (spec.wrapper) content = `<div class="${spec.wrapper}">${content}</div>`;
  return `<!DOCTYPE html><html><head><title>t</title>
<link rel="stylesheet" id="tie-css-base-css" href="https://n.example/wp-content/themes/jannah/assets/css/base.min.css"></head>
<body id="tie-body" class="single single-post wp-theme-jannah"><div id="tie-container"><div id="tie-wrapper">
${spec.around.join('\n')}
<article id="the-post" class="container-wrapper post-content"><header class="entry-header-outer"><h1 class="post-title entry-title">Port reopens</h1></header>
${spec.beside.join('\n')}
${content}
</article>
${spec.around.join('\n')}
</div></div></body></html>`;
}

/** A paragraph is lost when it left the document or sits inside something we hid. */
function lost(doc: Document, count: number): number[] {
  const missing: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const element = doc.querySelector(`[data-article-paragraph="${index}"]`);
    if (!element || !element.isConnected || element.closest(`[${HIDDEN_ATTRIBUTE}]`)) missing.push(index);
  }
  return missing;
}

describe('robustness: clean keeps every article paragraph', () => {
  test('random Jannah bodies with random clutter, in remove and hide modes', () => {
    fc.assert(
      fc.property(page, (spec) => {
        const doc = new JSDOM(build(spec), { url: 'https://n.example/p/1' }).window.document;
        const report = clean(doc, { mode: spec.mode });
        expect(report.recognised).toBe(true);
        expect(lost(doc, spec.paragraphs.length)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 240_000);
});
