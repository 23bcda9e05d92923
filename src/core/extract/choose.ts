import { classAndId } from './signals';
import { tagName, type PageStats } from './stats';
import { topCandidates } from './score';

// From scores to the article: the top candidate, moved up when its siblings-in-spirit (other
// high scorers) share an ancestor or its parent scores better, then joined by the siblings that
// look like more of the same article (DOM Distiller / Readability sibling merging).

const ALTERNATIVES = 5;
const MIN_SHARED = 3;

export interface Choice {
  top: Element;
  /** The top element and the siblings that belong with it, in document order. */
  parts: Element[];
}

export function chooseContent(page: PageStats, scores: Map<Element, number>, body: Element): Choice | null {
  const ranked = topCandidates(scores, ALTERNATIVES);
  if (!ranked.length) return null;
  let top = ranked[0].element;
  const topScore = ranked[0].score;
  const scoreOf = (element: Element): number => scores.get(element) ?? 0;

  // Several strong candidates under one ancestor: the article is that ancestor.
  const alternatives = ranked
    .slice(1)
    .filter((entry) => entry.score / topScore >= 0.75)
    .map((entry) => entry.element);
  if (alternatives.length >= MIN_SHARED) {
    for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
      const holding = alternatives.filter((alternative) => parent.contains(alternative)).length;
      if (holding >= MIN_SHARED) {
        top = parent;
        break;
      }
    }
  }

  // A parent scoring better than the candidate holds more of the article.
  let lastScore = scoreOf(top);
  const threshold = lastScore / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (!scores.has(parent)) continue;
    const parentScore = scoreOf(parent);
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  top = widenToProse(page, top, body);
  // An only child says nothing about its parent's other content: use the parent.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1 && page.stats.has(top.parentElement)) {
    top = top.parentElement;
  }

  return { top, parts: mergeSiblings(page, scores, top) };
}

/** What a character of link text costs against one of prose… */
const LINK_COST = 3;
/** …and one of other text (headings, labels, short lines). */
const OTHER_COST = 1;
/** A leaf block this long, mostly not links, is prose. */
const PROSE_MIN = 25;
/** Widening must raise the worth by this factor. */
const WIDEN_GAIN = 1.25;

/**
 * An article split into sibling sections or page-builder blocks scores block by block, and the
 * best block is only a part of it. Widens the candidate to the ancestor that holds the most prose
 * net of its links and other text: the article's other sections (with their headings) pay their
 * way, navigation, teasers and link lists do not.
 */
function widenToProse(page: PageStats, top: Element, body: Element): Element {
  const prose = proseByElement(page);
  const worth = (element: Element): number => {
    const own = page.stats.get(element);
    const text = prose.get(element) ?? 0;
    return own ? text - own.link * LINK_COST - Math.max(0, own.text - own.link - text) * OTHER_COST : 0;
  };
  let widest = top;
  let best = worth(top);
  for (let parent = top.parentElement; parent && parent !== body && page.stats.has(parent); parent = parent.parentElement) {
    const value = worth(parent);
    // A clear gain only: a few teaser excerpts around the article are not more of it.
    if (value > best + Math.abs(best) * (WIDEN_GAIN - 1)) [widest, best] = [parent, value];
  }
  return widest;
}

/**
 * Prose under each element: the text (outside links) of leaf blocks (elements with no block
 * below whose parent has some) that are mostly not links. One pass, children before parents.
 */
function proseByElement(page: PageStats): Map<Element, number> {
  const prose = new Map<Element, number>();
  for (let index = page.order.length - 1; index >= 0; index -= 1) {
    const element = page.order[index];
    const own = page.stats.get(element);
    const parent = element.parentElement;
    if (!own || !parent) continue;
    let value = prose.get(element) ?? 0;
    const leaf = !own.blockBelow && page.stats.get(parent)?.blockBelow;
    // A teaser card is a link around blocks: its lines are link text, though no <a> is inside
    // them; a teaser's excerpt is cut off with an ellipsis.
    if (leaf && own.text >= PROSE_MIN && own.link < own.text * 0.5 && !element.closest('a') && !isExcerpt(element)) {
      value = own.text - own.link;
      prose.set(element, value);
    }
    if (value) prose.set(parent, (prose.get(parent) ?? 0) + value);
  }
  return prose;
}

/** A teaser's excerpt: text cut off with an ellipsis ("…", "...", "[…]"). */
function isExcerpt(element: Element): boolean {
  const text = (element.textContent ?? '').trimEnd().replace(/\]$/, '');
  return text.endsWith('...') || text.endsWith('\u2026');
}

function mergeSiblings(page: PageStats, scores: Map<Element, number>, top: Element): Element[] {
  const parent = top.parentElement;
  if (!parent || tagName(parent) === 'body' || tagName(parent) === 'html') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const parts: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === top) {
      parts.push(sibling);
      continue;
    }
    const own = page.stats.get(sibling);
    if (!own || page.skipped.has(sibling)) continue;
    let bonus = 0;
    if (topClass && sibling.getAttribute('class') === topClass) bonus += topScore * 0.2;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold && !/comment|related|share|sidebar/i.test(classAndId(sibling))) {
      parts.push(sibling);
      continue;
    }
    const tag = tagName(sibling);
    if (tag !== 'p' && !(tag === 'div' && !own.blockBelow)) continue;
    const density = own.text ? own.link / own.text : 1;
    const text = sibling.textContent ?? '';
    if (own.text > 80 && density < 0.25) parts.push(sibling);
    else if (own.text > 0 && own.text <= 80 && density === 0 && /\.( |$)/.test(text)) parts.push(sibling);
  }
  return parts;
}
