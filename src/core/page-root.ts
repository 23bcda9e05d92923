// Where a page's content lives. In a browser, always <body>. Parsers that do not follow the
// HTML5 tree-building rules (linkedom) build other trees from malformed pages: a second
// <html>/<body> or blocks after </body> as further children of <html> (document.body is then
// an empty first <body>), or, on a page without an <html> tag, the first element as the
// document element and <body> beside it. The walkers skip <head>, <script> and <style> by tag,
// so a whole <html> is a safe root.

const HEAD_LIKE = new Set(['head', 'script', 'style', 'link', 'meta', 'noscript', 'template', 'title']);

export function contentRoot(document: Document): Element | null {
  const html = document.documentElement;
  const body = document.body;
  if (html && body && body.parentNode === html && tagOf(html) === 'html' && onlyHeadBeside(html, body)) return body;
  // A malformed page: the candidate that holds the most text.
  const candidates: Element[] = Array.from(document.getElementsByTagName('body'));
  if (html) candidates.push(html);
  let best: Element | null = body ?? null;
  let most = best ? textLength(best) : -1;
  for (const candidate of candidates) {
    const length = textLength(candidate);
    if (length > most) {
      best = candidate;
      most = length;
    }
  }
  return best;
}

function onlyHeadBeside(html: Element, body: Element): boolean {
  for (let child = html.firstElementChild; child; child = child.nextElementSibling) {
    if (child !== body && !HEAD_LIKE.has(tagOf(child))) return false;
  }
  return true;
}

function tagOf(element: Element): string {
  return (element.localName || element.tagName || '').toLowerCase();
}

/** The text a reader would see: scripts and style sheets hold text too (often most of a <head>). */
function textLength(element: Element): number {
  let length = (element.textContent ?? '').length;
  for (const tag of NOT_SHOWN) {
    for (const hidden of Array.from(element.getElementsByTagName(tag))) length -= (hidden.textContent ?? '').length;
  }
  return length;
}

const NOT_SHOWN = ['script', 'style', 'noscript', 'template'];
