// @ts-check
// Synthetic bad input for the content script and the popup, built from the seed fixture.
import { fixtureHtml } from './fixtures.mjs';

export const OWN_ERROR = 'fixture-own-error';

/** `<html><head></head></html>`: no body at all in the source. */
export const NO_BODY = '<html><head></head></html>';

export const FRAMESET = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Frames</title></head>
<frameset cols="50%,50%"><frame src="about:blank"><frame src="about:blank"></frameset>
</html>`;

/** An XML document (served as application/xml) that even carries a look-alike notice. */
export const XML_DOC = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Wire feed</title>
<div class="theme-notice">Jannah Theme License is not validated, Go to the theme options page</div>
<item><title>Vladimir Putin arrives in China</title><description>Russian President Vladimir Putin arrived in Beijing.</description></item>
</channel></rss>`;

/** The seed page without its url comment line. */
function seed() {
  return fixtureHtml('jannah-seed').replace(/^<!--[^\n]*-->\n/, '');
}

/**
 * A Jannah page of about `bytes` bytes: the seed with filler paragraphs and ad slots
 * interleaved through the article body (clutter spread over the whole parse).
 * @param {number} [bytes]
 */
export function bigJannah(bytes = 5 * 1024 * 1024) {
  const base = seed();
  const marker = '<div class="entry-content entry clearfix">';
  const at = base.indexOf(marker);
  if (at < 0) throw new Error('seed fixture lost its entry-content');
  const unit = (/** @type {number} */ i) =>
    `<p>Filler paragraph ${i}: harbour traffic, ferry timetables and port statistics for the quarter, reported in full so the page is long enough to stress the parser and the content script at once.</p>\n` +
    `<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">Advertisement ${i}</div>\n`;
  let filler = '';
  let i = 0;
  while (filler.length + base.length < bytes) filler += unit(i++);
  return { html: base.slice(0, at + marker.length) + '\n' + filler + base.slice(at + marker.length), ads: i + 0 };
}

/** The seed with inline scripts of its own that throw, before and after the license bar. */
export function throwingJannah() {
  return seed()
    .replace('</head>', `<script>throw new Error('${OWN_ERROR}: head script');</script>\n</head>`)
    .replace(
      '<div id="tie-wrapper">',
      `<script>
        // Page code that leans on the bar and on DOM prototypes, and fails.
        window.addEventListener('DOMContentLoaded', function () { throw new Error('${OWN_ERROR}: DOMContentLoaded'); });
        setTimeout(function () { null.boom(); }, 0);
        Element.prototype.remove = function () { throw new Error('${OWN_ERROR}: page patched remove'); };
        throw new Error('${OWN_ERROR}: body script');
      </script>
      <div id="tie-wrapper">`,
    );
}
