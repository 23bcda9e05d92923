import type { ClutterKind } from '../core/types';

/** Human names for clutter kinds, for the popup summary and the options page. */
export const CLUTTER_LABELS: Record<ClutterKind, { name: string; description: string }> = {
  license: { name: 'License notices', description: 'Theme "license is not validated" bars. Always removed.' },
  ads: { name: 'Ads', description: 'Ad slots and sponsored blocks.' },
  share: { name: 'Share buttons', description: 'Share bars and follow-us boxes.' },
  related: { name: 'Related posts', description: '"Read next", "Check also" and related-post boxes.' },
  comments: { name: 'Comments', description: 'The comment section.' },
  sidebar: { name: 'Sidebars', description: 'Widget columns beside the article.' },
  sticky: { name: 'Sticky bars', description: 'Breaking-news tickers, reading-progress and notification bars.' },
  popups: { name: 'Pop-ups', description: 'Overlays, slide-in panels and ad-blocker nags.' },
  newsletter: { name: 'Newsletter boxes', description: 'Sign-up forms inside and after the article.' },
  cookie: { name: 'Cookie banners', description: 'Consent bars printed by the theme.' },
  'back-to-top': { name: 'Back-to-top buttons', description: 'Floating "back to top" links.' },
  navigation: { name: 'Site navigation', description: 'Menus and breadcrumbs. Off by default: you may still want to browse the site.' },
  'screen-reader': {
    name: 'Screen-reader text',
    description: 'Text hidden for sighted readers. Off by default: screen readers use it.',
  },
};
