import { extendReading, extendRule } from './extend';
import type { ThemeReading, ThemeRecognition, ThemeRule } from './types';
import { wordpress, wordpressReading } from './wordpress';

// Publisher (BetterStudio). news-themes.md §3.5: body container, post-header class and Better
// Ads wrappers H (scraper configs); asset path and sidebar classes M; title span, meta and
// inline related L. Defensive: two of five signals (Better Ads Manager can run on other
// themes, so its wrapper is only one vote).
/** What recognises the theme (its <link>, <script> and <body> parts are also the gate's evidence). */
export const publisherRecognition: ThemeRecognition = {
  id: 'publisher',
  priority: 70,
  minSignals: 2,
  fingerprints: [
    { name: 'publisher-assets', selector: 'link[href*="/themes/publisher/"], script[src*="/themes/publisher/"]' },
    { name: 'wp-theme-publisher', selector: 'body.wp-theme-publisher' },
    { name: 'single-post-content', selector: 'div.entry-content.single-post-content' },
    { name: 'betteradscontainer', selector: '.betteradscontainer' },
    { name: 'primary-sidebar-widget', selector: '.primary-sidebar-widget' },
  ],
};

/** What reading needs (detection, extraction): the popup and reader tab load this without the cleaning lists. */
export const publisherReading: ThemeReading = /* @__PURE__ */ extendReading(wordpressReading, {
  ...publisherRecognition,
  name: 'Publisher',
  confidence: 'L',
  extraction: {
    title: ['h1.single-post-title span.post-title'],
    category: ['.post-header .term-badges a'],
    byline: ['.post-header .post-author-name b'],
    published: ['.post-header time.post-published'],
    leadFigure: ['.post-header .single-featured'],
    leadCaption: ['figcaption'],
    body: ['div.entry-content.single-post-content'],
    bodyStrip: ['.betteradscontainer', '.bs-irp'],
    tags: ['.post-tags a[rel="tag"]'],
    source: [],
  },
});

/** The full rule: the reading part plus what cleaning removes (content script, clean()). */
export const publisher: ThemeRule = /* @__PURE__ */ extendRule(wordpress, publisherReading, {
  licenseNotices: [],
  clutter: {
    ads: ['.betteradscontainer'],
    related: ['.bs-irp', 'section.post-related'],
    share: ['.post-share'],
    comments: ['#comments'],
    sidebar: ['aside.sidebar-column-primary'],
    'back-to-top': ['.back-top'],
  },
});
