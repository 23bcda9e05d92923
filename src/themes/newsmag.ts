import { defineTheme } from './define-theme';
import { newspaper } from './newspaper';

// Newsmag (tagDiv): Newspaper's sister theme with the same single-post markup (news-themes.md
// §3.1, H), so it takes the Newspaper rule's extraction and cleaning data whole and only
// recognises itself differently. Only the stylesheet path tells them apart: it is required, and
// this rule runs before Newspaper. The unrelated free "NewsMag" (MachoThemes) lives in
// /themes/newsmag/ (lower case; href values match case-sensitively) and has no td- markup: it
// matches neither rule.
export const newsmag = defineTheme({
  ...newspaper,
  id: 'newsmag',
  name: 'Newsmag',
  confidence: 'H',
  priority: 92,
  minSignals: 2,
  fingerprints: [
    { name: 'td-theme-css', selector: 'link#td-theme-css[href*="/themes/Newsmag"]', required: true },
    { name: 'td-outer-wrap', selector: 'div#td-outer-wrap' },
    { name: 'td-header', selector: '.td-header-wrap, .td-header-menu-wrap' },
    { name: 'td-scroll-up', selector: '.td-scroll-up' },
  ],
});
