import type { ThemeRule } from './types';

// The generic WordPress base under every news theme (news-themes.md §3.11, confidence H); the
// registry (index.ts) puts its lists after each theme's own. It is NOT in THEMES: a plain
// WordPress blog is not recognised, so auto-clean never touches its layout. On recognised
// pages its selectors are the fallbacks after the theme's own: WordPress core title/byline/date
// markup, block and classic captions, and the body leftovers that plugins put inside
// the_content(). Yoast and Rank Math JSON-LD (`.yoast-schema-graph`,
// `.rank-math-schema`) are read by extract/jsonld.ts for every page, so no selector is needed.
export const wordpress: ThemeRule = {
  id: 'wordpress',
  name: 'WordPress',
  priority: 0,
  confidence: 'H',
  minSignals: 99,
  fingerprints: [],
  extraction: {
    title: ['h1.entry-title', 'h1.wp-block-post-title'],
    // Classic themes' core markup, then the block editor's (every block theme since WordPress 5.9).
    category: ['.cat-links a[rel~="category"]', '.wp-block-post-terms.taxonomy-category a'],
    byline: ['.byline .author a.url', '.entry-meta .author a', '.wp-block-post-author__name', '.wp-block-post-author-name'],
    published: ['time.entry-date.published[datetime]', 'time.entry-date[datetime]', '.wp-block-post-date time[datetime]'],
    leadFigure: ['.post-thumbnail', 'figure.wp-block-post-featured-image'],
    // Block editor (figcaption.wp-element-caption), HTML5 caption shortcode, pre-HTML5 <p> caption.
    leadCaption: ['figcaption', '.wp-caption-text'],
    leadCaptionAfter: [],
    body: ['article .entry-content'],
    bodyStrip: [
      // Plugins that print inside the_content(): ads, share, related posts.
      'div.code-block',
      'ins.adsbygoogle',
      'div[id^="div-gpt-ad-"]',
      '.sharedaddy',
      '#jp-relatedposts',
      '.addtoany_share_save_container',
      '.a2a_kit',
      '.yarpp-related',
      '.crp_related',
      '#ez-toc-container',
      '.screen-reader-text',
      'script',
      'style',
      'noscript',
    ],
    tags: ['.tags-links a[rel="tag"]', '.wp-block-post-terms.taxonomy-post_tag a'],
    source: [],
  },
  // No license bar and no clutter of its own: plugins' clutter is plugins.ts's, on any theme.
  licenseNotices: [],
  clutter: {},
};

/**
 * WordPress body classes of listing pages (home, blog index, archives, search, 404): on a
 * recognised theme page without the theme's single-post markup, these say "not an article"
 * even when excerpts are long and a category title is an h1.entry-title.
 */
export const WORDPRESS_LISTING_BODY = 'body.home, body.blog, body.archive, body.search, body.error404';
