import { defineTheme } from './define-theme';

// Newspaper (tagDiv). news-themes.md §3.1: classic single template (td_module_single_base) H;
// Cloud Library "tdb" templates (v9+) M for title/content, L for the other tdb_* blocks, which
// is why each tdb selector comes after its classic twin. Newsmag shares this markup.
export const newspaper = defineTheme({
  id: 'newspaper',
  name: 'Newspaper',
  confidence: 'H',
  priority: 90,
  minSignals: 2,
  fingerprints: [
    // Capital N: the folder of tagDiv's theme (and its -child); href values match case-sensitively.
    { name: 'td-theme-css', selector: 'link#td-theme-css[href*="/themes/Newspaper"]' },
    // Also asked of each child of <body> by the content script's gate (theme-evidence.ts).
    { name: 'td-outer-wrap', selector: 'body > div#td-outer-wrap, div#td-outer-wrap' },
    // Body classes and the tagDiv settings object survive cache plugins that rename every asset.
    { name: 'td-body-layout', selector: 'body.td-full-layout, body.td-boxed-layout' },
    { name: 'td-theme-name', selector: '', script: 'tdThemeName ?= ?["\']Newspaper["\']' },
    { name: 'td-header', selector: '.td-header-wrap, .td-header-template-wrap, .td-header-menu-wrap' },
    { name: 'td-scroll-up', selector: '.td-scroll-up' },
    { name: 'td-mobile-nav', selector: '#td-mobile-nav, .td-menu-background' },
  ],
  extraction: {
    title: ['header.td-post-title h1.entry-title', '.tdb_title h1.tdb-title-text'],
    category: ['ul.td-category li.entry-category a', '.tdb_single_categories a.tdb-entry-category'],
    byline: ['.td-post-author-name a', '.tdb_single_author a.tdb-author-name'],
    published: ['span.td-post-date time.entry-date', '.tdb_single_date time.entry-date'],
    leadFigure: ['div.td-post-featured-image', '.tdb_single_featured_image'],
    leadCaption: ['figcaption.wp-caption-text'],
    body: ['div.td-post-content', '.tdb_single_content .tdb-block-inner'],
    // The featured image is the first child of td-post-content; it is read as the lead figure.
    bodyStrip: ['div.td-post-featured-image', '.td-a-rec'],
    tags: ['ul.td-tags li a', '.tdb_single_tags a'],
    source: ['div.td-post-source-via'],
  },
  licenseNotices: [],
  clutter: {
    ads: ['.td-a-rec'],
    share: ['.td-post-sharing'],
    related: ['.td_block_related_posts', '.td-post-next-prev'],
    comments: ['#comments'],
    sidebar: ['.td-main-sidebar'],
    popups: ['#td-mobile-nav', '.td-search-background'],
    'back-to-top': ['.td-scroll-up'],
    navigation: ['.td-crumb-container'],
  },
});
