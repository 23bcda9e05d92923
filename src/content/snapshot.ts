import type { CleanReport } from '../core/types';
import { HIDDEN_STYLE } from '../core/extract/signals';
import { SCRIPT_TEXT_LIMIT } from '../core/recognise';
import type { PageSnapshot } from '../shared/messages';
import { THEMES } from '../themes';

// The live page as the popup needs it: its markup after auto-clean, lighter for the popup to
// parse, with the same article in it.
// - Without the text of scripts and style sheets. That text is code, never article, and it is
//   about half of a news page, which the popup would otherwise receive, parse and throw away;
//   copying without it costs less than serialising it whole (docs/performance.md). Script and
//   style elements stay, empty (a script's src is evidence of WordPress and of the theme);
//   JSON-LD keeps its text (extraction reads it), and so does the start of an inline script a
//   theme fingerprint recognises the theme by (`var tdThemeName="Newsmag"`), which is all that
//   tells some themes apart once a cache plugin renamed their assets.
// - Without style attributes. The popup's CSP (style-src 'self') has Chromium report every style
//   attribute the popup parses as a violation, each at a cost, and every item auto-clean hid
//   carries one. Extraction reads a style attribute only to tell whether an element is hidden;
//   the copy says so with `hidden`.
// Serialising writes nothing anywhere: the popup parses the string inertly (DOMParser) and
// builds markup from it only through core/sanitize.

const CODE = 'script:not([type="application/ld+json" i]), style';

export function takeSnapshot(document: Document, cleanReport: CleanReport | null): PageSnapshot {
  const root = document.documentElement;
  const isHtml = root !== null && root.namespaceURI === 'http://www.w3.org/1999/xhtml';
  return {
    url: document.location?.href ?? '',
    html: isHtml ? markupToRead(root) : '',
    cleanReport,
  };
}

let settingsPatterns: RegExp[] | undefined;

/** The start of an inline script that a theme's `script` fingerprint matches, or ''. */
function themeEvidenceIn(element: Element): string {
  if (element.localName !== 'script' || element.hasAttribute('src')) return '';
  settingsPatterns ??= THEMES.flatMap((rule) => rule.fingerprints.flatMap((fingerprint) => (fingerprint.script ? [new RegExp(fingerprint.script)] : [])));
  const start = (element.textContent ?? '').slice(0, SCRIPT_TEXT_LIMIT);
  return settingsPatterns.some((pattern) => pattern.test(start)) ? start : '';
}

/**
 * `root`'s outerHTML, lightened as above. Done on a copy in an inert document: the page is not
 * touched, and in a document without a window nothing in the copy loads and none of the page's
 * code runs (a copy made in the page itself would construct the page's custom elements). If
 * making the copy fails, the page's own markup, whole.
 */
function markupToRead(root: Element): string {
  try {
    const inert = root.ownerDocument.implementation.createHTMLDocument('');
    const copy = inert.importNode(root, true);
    // One walk for both: the code elements and the styled ones.
    for (const element of copy.querySelectorAll(`${CODE}, [style]`)) {
      if (element.matches(CODE)) element.textContent = themeEvidenceIn(element);
      const style = element.getAttribute('style');
      if (style === null) continue;
      if (HIDDEN_STYLE.test(style)) element.setAttribute('hidden', '');
      element.removeAttribute('style');
    }
    return copy.outerHTML;
  } catch {
    return root.outerHTML;
  }
}
