import { defineTheme } from './define-theme';

// Jannah (TieLabs), 5.x–7.x, post layouts 1–8. Markup facts: shared/reference/news-themes.md §1
// (confidence H unless noted). The license bar is hard-coded English, so the text test holds in
// every language. Layouts 3–8 print the head (and 6–7 the featured area) before #content, outside
// article#the-post, so title/meta/figure selectors search the whole document. The meta wrapper
// is div.single-post-meta in 7.x and div#single-post-meta in 5.x/6.x.
export const jannah = defineTheme({
  id: 'jannah',
  name: 'Jannah',
  confidence: 'H',
  priority: 100,
  minSignals: 2,
  fingerprints: [
    { name: 'body#tie-body', selector: 'body#tie-body' },
    { name: 'tie-container', selector: '#tie-container, #tie-wrapper' },
    { name: 'tie-css', selector: 'link[id^="tie-css-"], link[href*="/themes/jannah/assets/"]' },
    { name: 'tie-scripts', selector: 'script#tie-scripts-js, script#tie-scripts-js-extra, script[src*="/themes/jannah/assets/js/"]' },
    { name: 'wp-theme-jannah', selector: 'body.wp-theme-jannah' },
    { name: 'tie-schema-json', selector: 'script#tie-schema-json' },
    { name: 'jannah-image', selector: 'img[class*="attachment-jannah-image-"]' },
    { name: 'tie-license-link', selector: '.theme-notice a[href*="tielabs.com/buy/jannah"]' },
  ],
  extraction: {
    title: ['.entry-header-outer h1.post-title.entry-title', 'h1.post-title.entry-title'],
    category: ['.entry-header-outer .post-cat-wrap a.post-cat', '.post-cat-wrap a.post-cat'],
    byline: [
      '.entry-header .single-post-meta .meta-author a.author-name',
      '.entry-header #single-post-meta .meta-author a.author-name',
      '.entry-header .meta-author .author-name',
    ],
    published: ['.entry-header .single-post-meta span.date', '.entry-header #single-post-meta span.date'],
    // Layouts 6–7 print the featured area in div.fullwidth-featured-area-wrapper before #content.
    leadFigure: ['figure.single-featured-image', '.featured-area figure'],
    leadCaption: ['figcaption.single-caption-text', 'figcaption'],
    body: ['article#the-post .entry-content.entry', 'article#the-post .entry-content', '.entry-content.entry'],
    bodyStrip: [
      '.stream-item',
      '.post-bottom-meta',
      '.multiple-post-pages',
      '.post-shortlink',
      '#inline-related-post',
      // An editorial summary box repeating the article; the reader shows the article itself.
      '#story-highlights',
      '.share-buttons',
    ],
    tags: ['.post-bottom-tags .tagcloud a[rel="tag"]', '.post-bottom-tags a'],
    source: ['#post-bottom-source', '#post-bottom-via'],
  },
  licenseNotices: [
    {
      selector: 'div.theme-notice',
      textStartsWith: ['Jannah Theme License is not validated'],
    },
  ],
  clutter: {
    ads: [
      '.stream-item',
      '#background-stream-cover',
      '.side-stream',
      '#side-stream-container',
      '#tie-popup-adblock',
      'ins.adsbygoogle',
      'div[id^="div-gpt-ad-"]',
    ],
    share: ['.share-buttons', '.mobile-share-buttons-spacer', '.fly-text-share', '.follow-us-post-section'],
    related: ['#read-next-block', '#related-posts', '#inline-related-post', '#check-also-box', '.prev-next-post-nav', 'iframe.tie-infinte-post-iframe'],
    newsletter: ['#post-newsletter', '#mc_embed_signup'],
    comments: ['#comments', '.compact-comments'],
    sidebar: ['aside.sidebar'],
    sticky: ['#reading-position-indicator', '#header-notification-bar', '.breaking'],
    popups: ['.tie-popup', 'aside.side-aside', '#autocomplete-suggestions'],
    'back-to-top': ['#go-to-top', 'a.go-to-top-button'],
  },
});
