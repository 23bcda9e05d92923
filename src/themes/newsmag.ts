import { defineTheme } from './define-theme';
import { newspaper } from './newspaper';

// Newsmag (tagDiv): Newspaper's sister theme with the same single-post markup (news-themes.md
// §3.1, H), so it takes the Newspaper rule's extraction and cleaning data whole and only
// recognises itself differently. Only the theme's name tells them apart (its stylesheet path, or
// tdThemeName in tagDiv's inline settings): it is required, and this rule runs before Newspaper.
// The unrelated free "NewsMag" (MachoThemes) lives in /themes/newsmag/ (lower case; href values
// match case-sensitively) and has no td- markup: it matches neither rule.
export const newsmag = defineTheme({
  ...newspaper,
  id: 'newsmag',
  name: 'Newsmag',
  confidence: 'H',
  priority: 92,
  minSignals: 2,
  fingerprints: [
    // The theme's name, in its asset path or in the settings object tagDiv prints inline
    // (`var tdThemeName="Newsmag"`), which a cache plugin that renames every asset leaves.
    {
      name: 'newsmag-name',
      // tagDiv's own asset ids (td-…): jsdom matches href substrings case-insensitively, and the
      // free MachoThemes NewsMag lives in /themes/newsmag/.
      selector: 'link#td-theme-css[href*="/themes/Newsmag"], link[id^="td-"][href*="/themes/Newsmag"], script[id^="td-"][src*="/themes/Newsmag"]',
      script: 'tdThemeName ?= ?["\']Newsmag["\']',
      required: true,
    },
    { name: 'td-outer-wrap', selector: 'body > div#td-outer-wrap, div#td-outer-wrap' },
    { name: 'td-body-layout', selector: 'body.td-full-layout, body.td-boxed-layout' },
    { name: 'td-header', selector: '.td-header-wrap, .td-header-menu-wrap' },
    { name: 'td-scroll-up', selector: '.td-scroll-up' },
  ],
});
