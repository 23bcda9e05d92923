import { classWeight } from './signals';
import { tagName, type PageStats } from './stats';

// Content scoring in the spirit of Readability: every paragraph-like block gives points for its
// length and commas to its parent (full), grandparent (half) and further ancestors (less);
// containers start from their tag and class/id words; the final score is discounted by link
// density. Reads the numbers measured by stats.ts, so it is linear in the page size.

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** Divs/sections without block children are paragraphs in disguise. */
const LOOSE_TEXT_TAGS = new Set(['div', 'section', 'span', 'font', 'li']);
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;

export interface Scored {
  element: Element;
  score: number;
}

export function scoreCandidates(page: PageStats): Map<Element, number> {
  const raw = new Map<Element, number>();
  const initial = (element: Element): number => {
    let score = classWeight(element);
    switch (tagName(element)) {
      case 'div':
      case 'article':
      case 'main':
        score += 5;
        break;
      case 'pre':
      case 'td':
      case 'blockquote':
        score += 3;
        break;
      case 'address':
      case 'ol':
      case 'ul':
      case 'dl':
      case 'dd':
      case 'dt':
      case 'li':
      case 'form':
        score -= 3;
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'th':
        score -= 5;
        break;
    }
    if (element.getAttribute('itemprop') === 'articleBody') score += 25;
    return score;
  };
  for (const element of page.order) {
    const tag = tagName(element);
    const own = page.stats.get(element);
    if (!own) continue;
    const isParagraph = PARAGRAPH_TAGS.has(tag) || (LOOSE_TEXT_TAGS.has(tag) && !own.blockBelow);
    if (!isParagraph || own.text < MIN_PARAGRAPH) continue;
    // A paragraph inside a paragraph-like block is counted by the outer one only.
    const parentTag = element.parentElement ? tagName(element.parentElement) : '';
    if (LOOSE_TEXT_TAGS.has(tag) && !PARAGRAPH_TAGS.has(tag) && parentTag === 'p') continue;
    const points = 1 + own.commas + Math.min(Math.floor(own.text / 100), 3);
    let ancestor = element.parentElement;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level += 1, ancestor = ancestor.parentElement) {
      if (!page.stats.has(ancestor)) break;
      if (!raw.has(ancestor)) raw.set(ancestor, initial(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(ancestor, (raw.get(ancestor) ?? 0) + points / divider);
    }
  }
  const scores = new Map<Element, number>();
  for (const [element, score] of raw) {
    const own = page.stats.get(element);
    const density = own && own.text ? own.link / own.text : 0;
    scores.set(element, score * (1 - density));
  }
  return scores;
}

export function topCandidates(scores: Map<Element, number>, count: number): Scored[] {
  const top: Scored[] = [];
  for (const [element, score] of scores) {
    if (top.length < count || score > top[top.length - 1].score) {
      top.push({ element, score });
      top.sort((a, b) => b.score - a.score);
      if (top.length > count) top.pop();
    }
  }
  return top;
}
