import { extendReading, extendRule } from './extend';
import { newspaper, newspaperReading } from './newspaper';
import type { ThemeReading, ThemeRecognition, ThemeRule } from './types';

// Newsmag (tagDiv): Newspaper's sister theme with the same single-post markup (news-themes.md
// §3.1, H), so it extends the Newspaper rule. Only the stylesheet path tells them apart: it is
// required, and this rule runs before Newspaper. The unrelated free "NewsMag" (MachoThemes)
// lives in /themes/newsmag/ (lower case; href values match case-sensitively) and has no td-
// markup: it matches neither rule.
/** What recognises the theme (its <link>, <script> and <body> parts are also the gate's evidence). */
export const newsmagRecognition: ThemeRecognition = {
  id: 'newsmag',
  priority: 92,
  minSignals: 2,
  fingerprints: [
    { name: 'td-theme-css', selector: 'link#td-theme-css[href*="/themes/Newsmag"]', required: true },
    { name: 'td-outer-wrap', selector: 'div#td-outer-wrap' },
    { name: 'td-header', selector: '.td-header-wrap, .td-header-menu-wrap' },
    { name: 'td-scroll-up', selector: '.td-scroll-up' },
  ],
};

/** What reading needs (detection, extraction): the popup and reader tab load this without the cleaning lists. */
export const newsmagReading: ThemeReading = /* @__PURE__ */ extendReading(newspaperReading, {
  ...newsmagRecognition,
  name: 'Newsmag',
  confidence: 'H',
  extraction: {},
});

/** The full rule: the reading part plus what cleaning removes (content script, clean()). */
export const newsmag: ThemeRule = /* @__PURE__ */ extendRule(newspaper, newsmagReading, {
  licenseNotices: [],
  clutter: {},
});
