import { normalizeSpace } from '../text';

// A small block model over a DOM subtree, shared by the html serializer, the text walk and
// the dateline/caption/source scans. It reads nodes only through standard DOM properties
// that jsdom, linkedom and browsers all implement (no innerText, no layout).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'picture',
  'video',
  'audio',
  'iframe',
]);

export function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toLowerCase() : '';
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isBlock(node: Node): boolean {
  return BLOCK_TAGS.has(tagOf(node));
}

/** The children as an array, read through firstChild/nextSibling (no NodeList built and copied). */
export function childNodesOf(node: Node): Node[] {
  const children: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

function hasBlockChild(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && isBlock(child)) return true;
  }
  return false;
}

export interface LeafBlock {
  element: Element;
  /** Whitespace-collapsed text; empty for figures. */
  text: string;
  figure: boolean;
}

/**
 * Blocks without block children, in reading order, plus the given figure holders as single
 * blocks. Inline text that sits loose beside blocks is not reported (it has no element).
 */
export function leafBlocks(root: Element, figureHolders: ReadonlySet<Element>): LeafBlock[] {
  const out: LeafBlock[] = [];
  // Elements that hold a figure somewhere below: one climb per figure, not a scan per block.
  const holdsFigure = new Set<Element>();
  for (const holder of figureHolders) {
    for (let parent = holder.parentElement; parent && !holdsFigure.has(parent); parent = parent.parentElement) holdsFigure.add(parent);
  }
  const visit = (element: Element): void => {
    for (const child of childNodesOf(element)) {
      if (!isElement(child)) continue;
      if (figureHolders.has(child)) {
        out.push({ element: child, text: '', figure: true });
      } else if (isBlock(child) && !hasBlockChild(child) && !holdsFigure.has(child)) {
        const text = normalizeSpace(child.textContent);
        if (text) out.push({ element: child, text, figure: false });
      } else {
        visit(child);
      }
    }
  };
  visit(root);
  return out;
}

/** Remove an element from its (detached) tree. */
export function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}
