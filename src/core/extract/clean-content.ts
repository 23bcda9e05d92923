import { normalizeSpace } from '../text';
import { bylineName, isBylineLine } from './byline-words';
import { ELEMENT_NODE, leafBlocks, type LeafBlock } from './blocks';
import { hostOf, registrableDomain, resolveHttp } from './urls';
import { BOILERPLATE, classAndId, classWeight, HOVER_CARD } from './signals';
import { FURNITURE_TAGS, measure, tagName, type ElementStats, type PageStats } from './stats';

// Boilerplate removal inside the chosen content (on the detached clone): furniture and hidden
// parts, share/related/newsletter/ad/byline/caption boxes by their class words, Readability's
// conditional cleaning of link- and image-heavy boxes, the title repeated as a heading, and the
// short stock lines ("Read more", "Sign up", "By …") around the text. `strict: false` is the
// relaxed pass used when the strict one leaves too little.

export interface CleanOptions {
  title?: string;
  strict: boolean;
  /** The page address: links back to the same site tell related-story lists apart from sources. */
  pageUrl?: string;
}

/** Always boilerplate, even in the relaxed pass. */
const SURE_BOILERPLATE =
  /(?:^|[\s_-])(?:share|sharing|social|related|newsletter|comments?|advert|advertisement|ads?|sponsored(?: content)?$|sponsored by|outbrain|taboola|screen-reader-text|sr-only|visually-hidden)(?:$|[\s_-])/i;
/** Words that keep a box even when it also carries a boilerplate word ("entry-content meta-x"). */
const CONTENT_WORDS =
  /(?:^|[\s_-])(?:article-?body|articlebody|entry-content|post-content|post-body|story-body|body-text|article-content|article-text|content-body|rich-text)(?:$|[\s_-])/i;
/** Quoted posts embedded in the story (tweets, Instagram) are part of what it reports. */
const EMBED_WORDS = /(?:^|[\s_-])(?:embed|embedded|tweet|twitter-tweet|instagram-media|oembed)(?:$|[\s_-])/i;
const STOCK_LINE =
  /^(?:read (?:more|next|also|the full)|related(?: articles| stories| posts| coverage| content| links| reading)?:?$|related:|more (?:from|on|about) [^.]{0,60}:?$|more stories|see also|also read|you (?:may|might) (?:also )?like|recommended(?: for you| stories| articles| reading)?:?$|advertisement|sponsored(?: content)?$|sponsored by|follow (?:us|me)|sign up|subscribe|share (?:this|on)|click here|tags?:|filed under|continue reading|this article (?:was|is) (?:originally )?published|copyright|©|all rights reserved|supported by|view (?:author|all|more|comments)|email the author|get author rss|enlarge (?:image|this)|have a (?:news )?tip|get the latest .{0,40}(?:inbox|newsletter)|download (?:our|the) app|listen to (?:this|the) (?:article|story|podcast)|watch:|click to (?:share|email|print|expand)|adverts?$|advertisements?$|this (?:slideshow|video|content|embed) requires javascript|tell us what you think|comments?$|more:?$|see more:|don'?t miss|must see:|trending(?: now)?:?$|most (?:read|popular|viewed):?$|\[\/?[a-z_]+(?:\s[^\]]*)?\])/i;
const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'aside', 'span', 'form']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What cleaning took out that the article still wants: the byline line that opened the body. */
export interface CleanResult {
  byline?: string;
}

export function cleanContent(root: Element, options: CleanOptions): CleanResult {
  const page = measure(root, { skipUnlikely: false, skipFurniture: false });
  for (const element of page.skipped) detach(element);
  const rootText = page.stats.get(root)?.text ?? 0;
  const title = comparable(options.title ?? '');
  const removed = new Set<Element>();

  for (let index = 0; index < page.order.length; index += 1) {
    const element = page.order[index];
    const own = page.stats.get(element);
    if (element === root || !own) continue;
    // Skips the subtree of a removed element (its descendants follow it in document order).
    const remove = (target: Element): void => {
      detach(target);
      removed.add(target);
      index += own.descendants;
    };
    const tag = tagName(element);
    const words = classAndId(element);
    const share = rootText ? own.text / rootText : 0;

    if (words && tag !== 'a' && HOVER_CARD.test(words) && element.parentElement && HOVER_CARD.test(classAndId(element.parentElement))) {
      remove(element);
      continue;
    }
    // Furniture inside the content goes, unless it holds most of it (an unclosed <aside>).
    if (FURNITURE_TAGS.has(tag) && share < 0.5) {
      remove(element);
      continue;
    }
    const embed = !!words && EMBED_WORDS.test(words);
    // A figure's caption is read by the figure finder (caption and credit), not dropped as a "caption" box.
    if (isFigureCaption(element, tag)) continue;
    if (words && share < 0.5 && !CONTENT_WORDS.test(words) && !embed && (options.strict ? BOILERPLATE : SURE_BOILERPLATE).test(words)) {
      remove(element);
      continue;
    }
    if (HEADINGS.has(tag)) {
      const text = comparable(element.textContent ?? '');
      if (tag === 'h1' || (title && text === title) || (options.strict && classWeight(element) < 0)) remove(element);
      continue;
    }
    if (options.strict && !embed && CONDITIONAL.has(tag) && share < 0.5 && looksLikeClutter(element, tag, own)) {
      remove(element);
    }
  }
  const byline = removeStockLines(page, removed);
  if (options.strict && options.pageUrl) removeHeadlineLinks(root, options.pageUrl);
  return byline ? { byline } : {};
}

/**
 * Teasers for other stories on the same site: blocks that are nothing but a link back to this
 * site, in runs of two or more (a "More:" list) or shouted in capitals (an inline promo). Links
 * to other sites (sources, shops) and single links between paragraphs stay.
 */
function removeHeadlineLinks(root: Element, pageUrl: string): void {
  const host = hostOf(pageUrl);
  if (!host) return;
  const site = registrableDomain(host);
  const page = pageUrl.replace(/#.*$/, '');
  const blocks = leafBlocks(root, new Set());
  const teaser = blocks.map((block) => isSiteLinkOnly(block, site, page));
  blocks.forEach((block, index) => {
    if (!teaser[index]) return;
    const shouting = block.text === block.text.toUpperCase() && /\p{Lu}{3}/u.test(block.text);
    if (teaser[index - 1] || teaser[index + 1] || shouting) detach(block.element);
  });
}

function isSiteLinkOnly(block: LeafBlock, site: string, page: string): boolean {
  if (block.text.length > 200) return false;
  const length = block.text.replace(/\s+/g, '').length;
  if (!length) return false;
  let linked = 0;
  for (const anchor of Array.from(block.element.getElementsByTagName('a'))) {
    const href = anchor.getAttribute('href');
    if (href === null) continue;
    const url = resolveHttp(href, page);
    const host = hostOf(url);
    if (!url || !host || url.replace(/#.*$/, '') === page || registrableDomain(host) !== site) continue;
    linked += normalizeSpace(anchor.textContent).replace(/\s+/g, '').length;
  }
  return linked >= length * 0.9;
}

/** Readability's conditional cleaning: boxes with few commas and much link, image or form. */
function looksLikeClutter(element: Element, tag: string, own: ElementStats): boolean {
  const weight = classWeight(element);
  if (weight < 0 && own.text < 1000) return true;
  if (own.commas >= 10) return false;
  const isList = tag === 'ul' || tag === 'ol' || tag === 'dl';
  const density = own.text ? own.link / own.text : 0;
  // Link lists of three or more items are related/navigation lists; a one- or two-link list
  // between paragraphs ("Get it on …") is part of the text.
  if (isList) return density > 0.5 && own.li >= 3;
  if (tag === 'span') return false;
  if (tag === 'table') return density > 0.5 || own.input > 0;
  if (own.img > 1 && own.p / own.img < 0.5 && own.text < 200) return true;
  if (own.li > own.p && own.li > 3 && density > 0.3) return true;
  if (own.input > Math.floor(own.p / 3)) return true;
  if (weight < 25 && density > 0.2 && own.text < 600) return true;
  if (weight >= 25 && density > 0.5) return true;
  if ((own.embed === 1 && own.text < 75) || own.embed > 1) return own.text < 200;
  return false;
}

const STOCK_LINE_TAGS = new Set(['p', 'div', 'li', 'span', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b']);

/**
 * Short stock lines: a leading byline, and "Read more…"/"Sign up…"-style lines anywhere. Reads
 * the measured elements still in the content, in document order (one pass over the list the
 * cleaning loop already has, instead of a query that walks the content again).
 */
function removeStockLines(page: PageStats, removed: ReadonlySet<Element>): string | undefined {
  const { order, stats } = page;
  let leading = true;
  let byline: string | undefined;
  for (let index = 1; index < order.length; index += 1) {
    const block = order[index];
    if (removed.has(block)) {
      index += stats.get(block)?.descendants ?? 0;
      continue;
    }
    const tag = tagName(block);
    if (!STOCK_LINE_TAGS.has(tag)) continue;
    const isBox = tag === 'p' || tag === 'div' || tag === 'li' || HEADINGS.has(tag);
    // Measured long boxes are never stock lines: skip their textContent (quadratic on deep pages).
    if ((stats.get(block)?.text ?? 0) > 1000) {
      if (isBox) leading = false;
      continue;
    }
    const text = normalizeSpace(block.textContent);
    if (!text) continue;
    if (text.length < 120 && STOCK_LINE.test(text) && (isBox || isWholeBlock(block))) {
      detach(block);
      continue;
    }
    if (leading && text.length < 80 && isBylineLine(text) && (isBox || isWholeBlock(block))) {
      byline ??= bylineName(text);
      detach(block);
      continue;
    }
    if (isBox && text.length > 100) leading = false;
  }
  return byline;
}

function isFigureCaption(element: Element, tag: string): boolean {
  if (tag !== 'figcaption' && !/(?:^|\s)wp-caption-text(?:\s|$)/.test(element.getAttribute('class') ?? '')) return false;
  const box = element.closest('figure, .wp-caption');
  return !!box && box.getElementsByTagName('img').length > 0;
}

/** An inline element that is the whole text of its parent block. */
function isWholeBlock(element: Element): boolean {
  const parent = element.parentElement;
  return !!parent && normalizeSpace(parent.textContent) === normalizeSpace(element.textContent) && parent.children.length === 1;
}

function comparable(text: string): string {
  return normalizeSpace(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '');
}

function detach(node: Node): void {
  if (node.nodeType === ELEMENT_NODE || node.parentNode) node.parentNode?.removeChild(node);
}
