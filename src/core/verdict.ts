import { weightedLength } from './extract/script-weight';

// Is this page an article? Decided from what extraction found on it, not from modern metadata:
// old news layouts (tables, no JSON-LD, no og:type, no <article>) and pages in any script are
// articles when they hold prose. A page is refused when its body text is too short to be an
// article, when the body found is a list of teasers (a home, section, search or archive page),
// or when the page declares another kind (a product, a video, a profile, a listing) and nothing
// strong says article, unless the text is long enough to be one anyway (a video page with the
// story written out).

/** Body text, in Latin-equivalent characters, that makes an article without other evidence. */
export const SHORTEST_ARTICLE = 200;
/** With the page's own article evidence (og:type, JSON-LD, articleBody…), any body text will do. */
export const SHORTEST_WITH_EVIDENCE = 1;
/** Under a headline that agrees with the page's title, one sentence of prose is a post. */
export const SHORTEST_UNDER_HEADLINE = 40;
/** On a page that declares another kind, the text it takes to be read as an article anyway. */
export const SHORTEST_DESPITE_KIND = 1000;
/** A container whose text is mostly teasers (a linked heading and its excerpt), three or more, is a listing. */
const TEASERS = 3;
const TEASER_SHARE = 0.6;

export interface VerdictInput {
  /** Names of the page's article evidence (page-signals.ts). */
  articleSignals: readonly string[];
  /** Whether some of that evidence is strong (og:type, JSON-LD, articleBody, published time). */
  strongEvidence: boolean;
  /** Names of the page's evidence of another kind. */
  otherKinds: readonly string[];
  /** Whether the page's evidence of another kind is only how it is built (an app's mount point). */
  otherKindsWeak: boolean;
  /** Whether a heading agreeing with the page's title stands at or above the text (headline.ts). */
  headline: boolean;
  /** The body text extraction produced. */
  text: string;
  /** How much of the chosen container is teasers. */
  teasers: TeaserFigures;
}

export interface Verdict {
  isArticle: boolean;
  /** Why, as a signal name ("content:prose", "content:teasers", "kind:og:type", …). */
  reason: string;
}

export function judgeArticle(input: VerdictInput): Verdict {
  if (!input.text) return { isArticle: false, reason: 'content:empty' };
  const length = longestProseRun(input.text);
  // A list of stories, unless the page says it is one story (a listicle: "The 12 best trails").
  if (input.teasers.count >= TEASERS && input.teasers.share >= TEASER_SHARE && !input.strongEvidence) return { isArticle: false, reason: 'content:teasers' };
  // A headline above the text outweighs a mount point, never a declared kind (a product's <h1> is its title too).
  const otherKind = !input.strongEvidence && input.otherKinds.length > 0 && !(input.otherKindsWeak && input.headline);
  const shortest = otherKind
    ? SHORTEST_DESPITE_KIND
    : input.articleSignals.length
      ? SHORTEST_WITH_EVIDENCE
      : input.headline
        ? SHORTEST_UNDER_HEADLINE
        : SHORTEST_ARTICLE;
  if (shortest > SHORTEST_WITH_EVIDENCE && length < shortest) return { isArticle: false, reason: otherKind ? `kind:${input.otherKinds[0]}` : 'content:short' };
  return { isArticle: true, reason: 'content:prose' };
}

/** Sentences end here, in the scripts news is written in (Latin, CJK, Arabic, Urdu, Devanagari). */
const SENTENCE_END = /[.!?\u2026\u3002\uff01\uff1f\u061f\u06d4\u0964]["'\u201d\u2019\u00bb)\]]*(?:\s|$)/u;
const SHORTEST_PROSE_BLOCK = 40;

/**
 * The longest run of consecutive prose blocks of a text (blocks separated by blank lines), in
 * Latin-equivalent characters: a paragraph of prose is a block with a sentence in it, not a label,
 * a date or a menu entry.
 */
export function longestProseRun(text: string): number {
  let best = 0;
  let run = 0;
  for (const block of text.split(/\n\n+/)) {
    const length = weightedLength(block);
    // A short sentence ("We are thrilled.") continues a run of prose; it does not start one.
    if (SENTENCE_END.test(block) && (length >= SHORTEST_PROSE_BLOCK || run > 0)) {
      run += length;
      best = Math.max(best, run);
    } else {
      run = 0;
    }
  }
  return best;
}

export interface TeaserFigures {
  /** Teasers: a heading that links to another page, with what belongs to it. */
  count: number;
  /** Their share of the container's text. */
  share: number;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** A teaser is a linked heading and the small box around it (its excerpt, date, image). */
const TEASER_BOX = 600;

/** The teasers of a container (a list of stories rather than one story). */
export function measureTeasers(container: Element): TeaserFigures {
  const total = weightedLength(container.textContent ?? '');
  if (!total) return { count: 0, share: 0 };
  const boxes = new Set<Element>();
  for (const tag of HEADINGS) {
    for (const heading of Array.from(container.getElementsByTagName(tag))) {
      if (isLinked(heading, container)) boxes.add(teaserBox(heading, container));
    }
  }
  // A box inside another box is the same teaser.
  const outer = [...boxes].filter((box) => ![...boxes].some((other) => other !== box && other.contains(box)));
  const inTeasers = outer.reduce((sum, box) => sum + weightedLength(box.textContent ?? ''), 0);
  return { count: outer.length, share: inTeasers / total };
}

function isLinked(heading: Element, container: Element): boolean {
  const text = (heading.textContent ?? '').trim().length;
  if (!text) return false;
  const wrapping = heading.parentElement?.closest('a[href]');
  if (wrapping && container.contains(wrapping)) return true;
  let linked = 0;
  for (const anchor of Array.from(heading.getElementsByTagName('a'))) {
    if (anchor.hasAttribute('href')) linked += (anchor.textContent ?? '').trim().length;
  }
  return linked >= text * 0.6;
}

/** The largest ancestor of the heading, inside the container, that is still one teaser's size. */
function teaserBox(heading: Element, container: Element): Element {
  let box = heading;
  for (let parent = heading.parentElement; parent && parent !== container; parent = parent.parentElement) {
    if (weightedLength(parent.textContent ?? '') > TEASER_BOX) break;
    box = parent;
  }
  return box;
}
