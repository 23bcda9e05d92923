import type { ClutterMatch } from '../core/clean';
import { HIDDEN_ATTRIBUTE } from '../core/undo-steps';
import type { ClutterKind } from '../core/types';
import { outermost } from './added-roots';

// Finds clutter on the live page in slices: a walk over the elements of queued subtrees, in
// document order, that can stop at any element and resume in a later task. A querySelectorAll
// cannot be cut short (one per selector over a 20 MB page blocked the main thread for over a
// second), a walk can. Each element is tested once against all clutter selectors joined; only
// a matching element is tested selector by selector, to name its kind as clean() does.

export interface Sweeper {
  /** Queues subtrees to search (each root included); nested and detached ones are dropped. */
  add(roots: readonly Element[]): void;
  /**
   * Walks until `deadline` (performance.now()) or until `maxMatches` were found (hiding them
   * costs time too: the caller hides, then asks again); returns the matches found.
   */
  next(deadline: number, maxMatches?: number): ClutterMatch[];
  /** Subtrees are still queued or half walked. */
  readonly pending: boolean;
  /** Elements looked at so far. */
  readonly visited: number;
}

/** Elements tested between two looks at the clock. */
const CLOCK_EVERY = 32;

export function createSweeper(document: Document, selectorsByKind: ReadonlyArray<[ClutterKind, string[]]>, protectedNodes: () => readonly Element[]): Sweeper {
  const kinds = selectorsByKind
    .map(([kind, selectors]) => [kind, selectors.filter((selector) => isValid(document, selector))] as [ClutterKind, string[]])
    .filter(([, selectors]) => selectors.length > 0);
  const any = kinds.flatMap(([, selectors]) => selectors).join(', ');
  const queue: Element[] = [];
  let head = 0; // queue[head] is the next root to walk
  let walker: TreeWalker | null = null;
  let current: Element | null = null;
  let visited = 0;

  /** Moves to the next queued root that is still in the page. */
  const nextRoot = (): Element | null => {
    while (head < queue.length) {
      const root = queue[head];
      head += 1;
      if (head === queue.length) {
        queue.length = 0;
        head = 0;
      }
      if (!root.isConnected) continue;
      walker = document.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
      return root;
    }
    walker = null;
    return null;
  };

  /** The element after `element`'s subtree within the current root, or null. */
  const afterSubtree = (active: TreeWalker): Element | null => {
    for (;;) {
      const sibling = active.nextSibling();
      if (sibling) return sibling as Element;
      if (!active.parentNode()) return null;
    }
  };

  return {
    add(roots) {
      // Nested roots are dropped within one batch only: comparing with everything queued
      // before would make a long page quadratic. Across batches the parser adds siblings.
      if (any) for (const root of outermost(roots)) queue.push(root);
    },
    next(deadline, maxMatches = Number.POSITIVE_INFINITY) {
      const found: ClutterMatch[] = [];
      let tested = 0;
      for (;;) {
        if (!current) current = nextRoot();
        if (!current || !walker) break;
        const element: Element = current;
        const active: TreeWalker = walker;
        visited += 1;
        tested += 1;
        let skip = element.hasAttribute(HIDDEN_ATTRIBUTE);
        if (!skip && element.matches(any)) {
          const match = nameMatch(element, kinds);
          if (match) found.push(match);
          // Its descendants go with it, unless it holds the article: then it stays, and the
          // search goes on inside it.
          skip = match !== null && !protectedNodes().some((node) => element === node || element.contains(node));
        }
        active.currentNode = element;
        current = skip ? afterSubtree(active) : (active.nextNode() as Element | null);
        if (found.length >= maxMatches) break;
        if (tested % CLOCK_EVERY === 0 && performance.now() >= deadline) break;
      }
      return found;
    },
    get pending() {
      return current !== null || head < queue.length;
    },
    get visited() {
      return visited;
    },
  };
}

/** The first kind and selector, in rule order, that match: the same naming as clean(). */
function nameMatch(element: Element, kinds: ReadonlyArray<[ClutterKind, string[]]>): ClutterMatch | null {
  for (const [kind, selectors] of kinds) {
    for (const selector of selectors) {
      if (element.matches(selector)) return { element, kind, selector };
    }
  }
  return null;
}

/** One invalid selector would make the joined list throw for every element. */
function isValid(document: Document, selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
