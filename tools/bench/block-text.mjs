// @ts-check
// Text of an element with block boundaries as newlines (textContent alone glues "interviewMr"):
// how the bench reads Readability's output fairly.

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'td',
  'th',
  'ul',
  'br',
  'caption',
  'summary',
]);

/** @param {Node} element an element (or Readability's serialized content node) */
export function blockText(element) {
  let out = '';
  const walk = (/** @type {Node} */ node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue;
      else if (child.nodeType === 1) {
        const tag = /** @type {Element} */ (child);
        const block = BLOCKS.has(tag.localName ?? tag.tagName.toLowerCase());
        if (block) out += '\n';
        walk(child);
        if (block) out += '\n';
      }
    }
  };
  walk(element);
  return out
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
