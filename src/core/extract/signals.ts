import { classNameOf } from '../query';

// Class/id vocabulary of content and boilerplate, shared by scoring and cleaning. Words only:
// no page ids or hosts. Matched against "class id" of one element.

/** Regions that are almost never the article (skipped while scoring unless they look like content). */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|overlay|yom-remote|newsletter|subscribe|promo|outbrain|taboola|cookie|consent|paywall|signup|share|sharing|author-bio|byline/i;
/** Words that rescue an otherwise unlikely region. */
export const MAYBE = /and|article|body|column|content|main|shadow|story|entry|post-?text/i;

export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text/i;
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|social|byline|author|caption|credit|breadcrumb|taboola|recommend|more-stories|read-?more|also|trending|popular|signup|toolbar|print|disclaimer/i;

/**
 * Boilerplate inside the chosen content: removed from the clone whatever its size, unless it
 * holds most of the content (a body wrapper that happens to carry such a class).
 */
export const BOILERPLATE =
  /(?:^|[\s_-])(?:share|sharing|social|related|newsletter|subscribe|subscription|signup|sign-up|promo|advert|ads?|ad-slot|adslot|advertisement|sponsor(?:ed)?|byline|author|caption|credit|breadcrumbs?|tags?|tag-?list|comments?|disqus|recommend(?:ed|ations)?|more-stories|read-?more|also-read|see-also|trending|popular|outbrain|taboola|toolbar|print|post-meta|entry-meta|article-meta|meta|timestamp|dateline|published|updated|hidden|visually-hidden|sr-only|screen-reader-text|nav|navigation|pagination|footer|header|sidebar|widget|rating|paywall|inline-cta|cta)(?:$|[\s_-])/i;

/** Hover cards: the popup inside an inline "name" wrapper (the wrapper and its link stay). */
export const HOVER_CARD = /rollover|tooltip|popover|hover-?card/i;

export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * The element's class names without BEM modifiers: "TestReport__Section--Ads" is a section (that
 * carries ads), "teaser--related" a teaser. The block and element names say what it is.
 */
function blockClasses(element: Element): string {
  const className = classNameOf(element);
  return className.includes('--') ? className.replace(/(\w)--[\w-]*/g, '$1') : className;
}

export function classAndId(element: Element): string {
  const className = blockClasses(element);
  const id = element.getAttribute('id') ?? '';
  return className || id ? `${className} ${id}` : '';
}

/** Readability-style class weight: +25 for content words, -25 for boilerplate words. */
export function classWeight(element: Element): number {
  let weight = 0;
  const className = blockClasses(element);
  const id = element.getAttribute('id');
  if (className) {
    if (NEGATIVE.test(className)) weight -= 25;
    if (POSITIVE.test(className)) weight += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) weight -= 25;
    if (POSITIVE.test(id)) weight += 25;
  }
  return weight;
}

/**
 * A segment React streams in hidden, for its script to move into place ("S:0", "S:1", …). In a
 * saved page the script never ran, yet the segment is what the page shows: often the article.
 */
export const STREAMED_SEGMENT = '[hidden][id^="S:"]';

export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return !(element.getAttribute('id') ?? '').startsWith('S:');
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return element.getAttribute('aria-hidden') === 'true' && !element.querySelector('img');
}
