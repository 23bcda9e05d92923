// The default export is both a purifier for the global window (made when the module loads)
// and the factory for other windows.
import defaultPurifier, { type DOMPurify } from 'dompurify';

// The one place where untrusted HTML becomes markup or DOM. Everything else treats page
// content as text. DOMPurify needs a real DOM: in a browser that is the current window; in
// Node the page may come from linkedom, where DOMPurify reports isSupported=false and would
// return its input unchanged. So we never use an unsupported window: we fall back to a window
// installed for Node (node-purifier.ts, a jsdom window; the library and CLI entries load it)
// and, failing that, to escaped text. Fail closed, never pass HTML through.

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'datetime',
  'cite',
  'lang',
  'dir',
  'start',
  'reversed',
  'type',
  'media',
  'class',
];

// URL attributes are checked on their DECODED value (getAttribute undoes entities), after
// DOMPurify's own scheme check. Allowlist, not blocklist: "  javascript:", "JaVaScRiPt:",
// "java&#9;script:", "\x01javascript:", data:text/html and relative URLs all fail it.
const SAFE_URL = /^(?:https?:|#)/i;
const SAFE_IMAGE_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;
const URL_ATTRIBUTES = ['href', 'src', 'cite'];
/** DOMPurify's first gate for URI attributes (it strips whitespace before testing). */
const ALLOWED_URI_REGEXP = /^(?:https?:|#|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i;
/** Class names the extension's own pages style; page content may not borrow them (UI spoofing). */
const OWN_CLASS_PREFIX = /^bs-/i;

type Purifier = DOMPurify;
const purifiers = new WeakMap<object, Purifier>();
/** Per purifier, its window's DOMImplementation: makes inert documents to build markup trees in (nothing there loads or runs). */
const implementations = new WeakMap<Purifier, DOMImplementation>();
let fallbackPurifierMade: Purifier | null | undefined;

function configure(purifier: Purifier): Purifier {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (typeof element.getAttribute !== 'function') return;
    // Nothing below applies to an element without attributes (most of an article's elements).
    if (typeof element.hasAttributes === 'function' && !element.hasAttributes()) return;
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const trimmed = value.trim();
      const isImageData = name === 'src' && element.tagName === 'IMG' && SAFE_IMAGE_DATA_URL.test(trimmed);
      if (!SAFE_URL.test(trimmed) && !isImageData) element.removeAttribute(name);
    }
    if (element.hasAttribute('srcset') && !isHttpSrcset(element.getAttribute('srcset') ?? '')) {
      element.removeAttribute('srcset');
    }
    if (element.hasAttribute('class')) {
      const kept = (element.getAttribute('class') ?? '').split(/\s+/).filter((name) => name && !OWN_CLASS_PREFIX.test(name));
      if (kept.length > 0) element.setAttribute('class', kept.join(' '));
      else element.removeAttribute('class');
    }
    if (element.tagName === 'A') {
      if (element.hasAttribute('href')) {
        element.setAttribute('rel', 'noopener noreferrer');
        element.setAttribute('target', '_blank');
      }
    }
  });
  return purifier;
}

/** Every candidate of a srcset is an http(s) URL (a data: candidate fails: its commas split it). */
function isHttpSrcset(srcset: string): boolean {
  const candidates = srcset.split(',').map((candidate) => candidate.trim());
  return candidates.every((candidate) => candidate === '' || /^https?:\/\/[^\s]+(?:\s+\d+(?:\.\d+)?[wx])?$/i.test(candidate));
}

function purifierFor(window: (Window & typeof globalThis) | null | undefined): Purifier | null {
  if (!window) return null;
  const cached = purifiers.get(window);
  if (cached) return cached;
  try {
    // The global window's purifier already exists: a second one for the same window would cost
    // the popup part of its render (docs/performance.md).
    const purifier = window === globalThis && defaultPurifier.isSupported ? defaultPurifier : defaultPurifier(window);
    if (!purifier.isSupported) return null;
    configure(purifier);
    purifiers.set(window, purifier);
    if (typeof window.document?.implementation?.createHTMLDocument === 'function') implementations.set(purifier, window.document.implementation);
    return purifier;
  } catch {
    return null;
  }
}

/**
 * Where there is no usable window (Node): the window node-purifier.ts installs, made on first
 * use. Kept out of this module so the extension's bundles do not carry Node-only code.
 */
let fallbackWindow: (() => (Window & typeof globalThis) | null) | undefined;

export function installFallbackWindow(make: () => (Window & typeof globalThis) | null): void {
  fallbackWindow = make;
  fallbackPurifierMade = undefined;
}

function fallbackPurifier(): Purifier | null {
  if (fallbackPurifierMade === undefined) {
    try {
      fallbackPurifierMade = purifierFor(fallbackWindow?.());
    } catch {
      fallbackPurifierMade = null;
    }
  }
  return fallbackPurifierMade;
}

function pickPurifier(): Purifier | null {
  const ownWindow = typeof window !== 'undefined' ? window : undefined;
  return purifierFor(ownWindow) ?? fallbackPurifier();
}

// The allowlists decide; the forbid lists only restate the rules so a later edit to the
// allowlists cannot quietly let these in.
const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  FORBID_TAGS: [
    'style',
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'svg',
    'math',
    'meta',
    'base',
    'link',
    'noscript',
    'template',
    'area',
    'map',
  ],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'xlink:href', 'id', 'name', 'ping', 'background', 'poster'],
  KEEP_CONTENT: true,
};

/** Untrusted HTML in, safe HTML string out. Falls back to escaped text when no sanitizer can run. */
export function sanitizeHtml(html: string): string {
  const purifier = pickPurifier();
  if (!purifier) return escapedParagraphs(html);
  return String(purifier.sanitize(html, { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false }));
}

/** Markup given as data, never parsed: text, or an element with attributes and children. */
export type MarkupNode = string | MarkupElement;

export interface MarkupElement {
  tag: string;
  attributes?: Readonly<Record<string, string>>;
  children: MarkupNode[];
}

/**
 * A markup tree with untrusted text and attribute values in, safe HTML out: the same gate as
 * sanitizeHtml without a string parse. The tree is built in an inert document (text stays
 * text) and DOMPurify sanitizes it in place with the same configuration before it is
 * serialised. Falls back to the string path, then to escaped text.
 */
export function sanitizeMarkup(nodes: readonly MarkupNode[]): string {
  if (!nodes.length) return '';
  try {
    const root = purifiedMarkup(nodes);
    if (root) {
      const html = root.innerHTML;
      // ...so let that iterator hold an empty root, not the article (a synchronous run over many
      // pages would otherwise keep every article's tree alive until it ends).
      root.textContent = '';
      return html;
    }
  } catch {
    // the string path below
  }
  return sanitizeHtml(markupToHtml(nodes));
}

/**
 * A markup tree in, a safe DocumentFragment out (of an inert document, like
 * sanitizeToFragment's): the same single pass as sanitizeMarkup, without serialising the result
 * to parse it again. Null only when no sanitizer can run here.
 */
export function sanitizeMarkupToFragment(nodes: readonly MarkupNode[]): DocumentFragment | null {
  try {
    const root = purifiedMarkup(nodes);
    if (root) {
      const fragment = root.ownerDocument.createDocumentFragment();
      fragment.append(...Array.from(root.childNodes));
      return fragment;
    }
  } catch {
    // the string path below
  }
  return sanitizeToFragment(markupToHtml(nodes));
}

/** The tree built in an inert document and sanitized there in place; null when this window cannot. */
function purifiedMarkup(nodes: readonly MarkupNode[]): Element | null {
  const purifier = pickPurifier();
  const implementation = purifier ? implementations.get(purifier) : undefined;
  if (!purifier || !implementation) return null;
  // A document per call, like DOMPurify's own string path: jsdom keeps every NodeIterator made
  // on a document (DOMPurify makes one per call) reachable until the current job ends, and
  // visits them all on each removal from that document.
  const inert = implementation.createHTMLDocument('');
  const root = inert.createElement('div');
  appendMarkup(root, nodes, inert);
  purifier.sanitize(root, { ...PURIFY_CONFIG, IN_PLACE: true });
  return root;
}

// The text a parser would have made of the escaped markup: no NUL in text, NUL in attribute
// values replaced, line breaks normalised. Keeps both paths' output identical.
function parsedText(value: string): string {
  return /[\0\r]/.test(value) ? value.replace(/\r\n?/g, '\n').replace(/\0/g, '') : value;
}

function parsedAttribute(value: string): string {
  return /[\0\r]/.test(value) ? value.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd') : value;
}

function appendMarkup(parent: Element, nodes: readonly MarkupNode[], document: Document): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      const text = parsedText(node);
      if (text) parent.appendChild(document.createTextNode(text));
      continue;
    }
    const element = document.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attributes ?? {})) element.setAttribute(name, parsedAttribute(value));
    appendMarkup(element, node.children, document);
    parent.appendChild(element);
  }
}

const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr', 'source', 'col']);

/** The tree as an HTML string (text and attribute values escaped), for the string path. */
export function markupToHtml(nodes: readonly MarkupNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeHtml(node);
      continue;
    }
    const attributes = Object.entries(node.attributes ?? {})
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    out += VOID_TAGS.has(node.tag) ? `<${node.tag}${attributes}>` : `<${node.tag}${attributes}>${markupToHtml(node.children)}</${node.tag}>`;
  }
  return out;
}

/**
 * Untrusted HTML in, a safe DocumentFragment out: owned by the current document in a browser,
 * by a jsdom document in Node. Null only when no sanitizer can run here.
 */
export function sanitizeToFragment(html: string): DocumentFragment | null {
  const purifier = pickPurifier();
  if (!purifier) return null;
  return purifier.sanitize(html, { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapedParagraphs(html: string): string {
  const blocks = html
    .split(/<\/(?:p|div|h[1-6]|li|figure|blockquote|tr)>/i)
    .map(stripTags)
    .filter(Boolean);
  return blocks.map((block) => `<p>${escapeHtml(block)}</p>`).join('');
}

/** http(s) URLs only; anything else becomes undefined. */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
