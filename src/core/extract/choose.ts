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
  const alternatives = ranked.slice(1).filter((entry) => entry.score / topScore >= 0.75).map((entry) => entry.element);
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
  // An only child says nothing about its parent's other content: use the parent.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1 && page.stats.has(top.parentElement)) {
    top = top.parentElement;
  }

  return { top, parts: mergeSiblings(page, scores, top) };
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
