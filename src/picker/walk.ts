// Moving the picker's target through the page: wider (the parent), narrower (back down the way
// it came, else the largest child), and to the neighbours. Only elements with a box on screen are
// offered; <html>, <head> and <body> never are (a rule for them would take the whole page).

/** Whether the picker may offer this element. */
export function pickable(element: Element | null | undefined, ignore?: Element): boolean {
  if (!element || !element.isConnected || element === ignore) return false;
  const document = element.ownerDocument;
  if (element === document.documentElement || element === document.body || element === document.head) return false;
  if (ignore?.contains(element) || !document.body?.contains(element)) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

export class TargetWalk {
  /** The way down: the elements ArrowUp left, innermost last. */
  private trail: Element[] = [];

  constructor(
    public current: Element,
    private readonly ignore?: Element,
  ) {}

  /** A new target from the pointer: the way down starts again. */
  set(element: Element): void {
    if (element === this.current) return;
    this.current = element;
    this.trail = [];
  }

  wider(): boolean {
    let parent = this.current.parentElement;
    while (parent && !pickable(parent, this.ignore) && parent !== parent.ownerDocument.body) parent = parent.parentElement;
    if (!parent || !pickable(parent, this.ignore)) return false;
    this.trail.push(this.current);
    this.current = parent;
    return true;
  }

  narrower(): boolean {
    let next = this.trail.pop();
    while (next && !(this.current.contains(next) && pickable(next, this.ignore))) next = this.trail.pop();
    next ??= largestChild(this.current, this.ignore) ?? undefined;
    if (!next) return false;
    this.current = next;
    return true;
  }

  /** The next (or previous) neighbour with a box; the way down starts again. */
  sibling(forward: boolean): boolean {
    let next = forward ? this.current.nextElementSibling : this.current.previousElementSibling;
    while (next && !pickable(next, this.ignore)) next = forward ? next.nextElementSibling : next.previousElementSibling;
    if (!next) return false;
    this.set(next);
    return true;
  }
}

/** The child with the largest box on screen. */
export function largestChild(element: Element, ignore?: Element): Element | null {
  let best: Element | null = null;
  let bestArea = 0;
  for (const child of Array.from(element.children)) {
    if (!pickable(child, ignore)) continue;
    const box = child.getBoundingClientRect();
    if (box.width * box.height > bestArea) {
      best = child;
      bestArea = box.width * box.height;
    }
  }
  return best;
}

/** Where keyboard users start: the page's article or main region, else the largest part of <body>. */
export function startElement(document: Document, ignore?: Element): Element | null {
  for (const selector of ['article', 'main', '[role="main"]']) {
    const found = Array.from(document.querySelectorAll(selector)).find((element) => pickable(element, ignore));
    if (found) return found;
  }
  return document.body ? largestChild(document.body, ignore) : null;
}

/**
 * The innermost element under a point, from the browser's hit: its children are asked by their
 * boxes, so a child the page made `pointer-events: none` (which hit-testing skips) can still be
 * picked. The last child in order is taken where boxes overlap (it paints on top, as a rule).
 */
export function deepestAt(hit: Element, x: number, y: number, ignore?: Element): Element {
  let element = hit;
  for (let depth = 0; depth < 64; depth += 1) {
    const children = Array.from(element.children).reverse();
    const inside = children.find((child) => {
      if (!pickable(child, ignore)) return false;
      const box = child.getBoundingClientRect();
      return x >= box.left && x < box.right && y >= box.top && y < box.bottom;
    });
    if (!inside) return element;
    element = inside;
  }
  return element;
}
