import type { ThemeReading, ThemeRule } from './types';

// The generic WordPress base every news theme extends (news-themes.md §3.11, confidence H).
// It is NOT in THEMES: a plain WordPress blog is not recognised, so auto-clean never touches
// its layout. On recognised pages its selectors are the fallbacks after the theme's own:
// WordPress core title/byline/date markup, block and classic captions, and the body leftovers
// that plugins put inside the_content(). Yoast and Rank Math JSON-LD (`.yoast-schema-graph`,
// `.rank-math-schema`) are read by extract/jsonld.ts for every page, so no selector is needed.
/** The base's reading part, which every theme's reading part extends (popup, reader tab). */
export const wordpressReading: ThemeReading = {
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
};

/** The full base rule, which every theme's full rule extends: no clutter of its own. */
export const wordpress: ThemeRule = { ...wordpressReading, licenseNotices: [], clutter: {} };

/**
 * WordPress body classes of listing pages (home, blog index, archives, search, 404): on a
 * recognised theme page without the theme's single-post markup, these say "not an article"
 * even when excerpts are long and a category title is an h1.entry-title.
 */
export const WORDPRESS_LISTING_BODY = 'body.home, body.blog, body.archive, body.search, body.error404';
