import type { Figure } from '../types';
import type { MarkupElement, MarkupNode } from '../sanitize';
import { childNodesOf, isBlock, isElement, tagOf, TEXT_NODE } from './blocks';
import { resolveHttp } from './urls';

// Body markup from the prepared (detached, stripped) body, as data: a tree of a fixed set of
// tags and plain text that sanitizeMarkup (the only gate to markup) builds and sanitizes
// without parsing a string. This step makes the output stable across parsers, sanitizing makes
// it safe. Top-level blocks are separated by "\n"; whitespace inside blocks is collapsed.

/** Figure holders in the body → the figure to render there (undefined: drop the element). */
export type FigureMap = ReadonlyMap<Element, Figure | undefined>;

const INLINE_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'code',
  'q',
  'cite',
  'abbr',
  'kbd',
  'del',
  'ins',
  'var',
  'dfn',
  'samp',
]);
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'img',
  'picture',
  'source',
  'link',
  'meta',
  'head',
  'title',
]);
export const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'dd', 'figcaption', 'summary', 'caption', 'address']);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr']);

export function bodyMarkup(root: Element, figures: FigureMap, base: string | undefined): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const block of new Writer(figures, base).blocks(root)) {
    if (out.length) out.push('\n');
    out.push(block);
  }
  return out;
}

export function figureMarkup(figure: Figure): MarkupElement {
  const caption: MarkupNode[] = [];
  if (figure.caption) caption.push(figure.caption);
  if (figure.credit) {
    if (caption.length) caption.push(' ');
    caption.push(element('small', [figure.credit], { class: 'credit' }));
  }
  const img = element('img', [], figure.alt ? { src: figure.src, alt: figure.alt } : { src: figure.src });
  return element('figure', caption.length ? [img, element('figcaption', caption)] : [img]);
}

/**
 * True when an inline element wraps blocks (e.g. <a><div>…</div></a>): treat it as a container.
 * `known` keeps the answers of one walk, so nested inline elements are not searched again at
 * every level.
 */
export function wrapsBlocks(element: Element, known?: Map<Element, boolean>): boolean {
  let answer = known?.get(element);
  if (answer !== undefined) return answer;
  answer = false;
  for (let child = element.firstChild; child && !answer; child = child.nextSibling) {
    answer = isElement(child) && (isBlock(child) || wrapsBlocks(child, known));
  }
  known?.set(element, answer);
  return answer;
}

function element(tag: string, children: MarkupNode[], attributes?: Record<string, string>): MarkupElement {
  return attributes ? { tag, attributes, children } : { tag, children };
}

/**
 * Inline content being written: adjacent text is merged (as a parser would), and whether any
 * of it is visible text is known without walking it again.
 */
class Run {
  readonly nodes: MarkupNode[] = [];
  hasText = false;

  text(value: string): void {
    if (!value) return;
    if (!this.hasText && /\S/.test(value)) this.hasText = true;
    const last = this.nodes.length - 1;
    if (last >= 0 && typeof this.nodes[last] === 'string') this.nodes[last] += value;
    else this.nodes.push(value);
  }

  append(other: Run): void {
    for (const node of other.nodes) {
      if (typeof node === 'string') this.text(node);
      else this.nodes.push(node);
    }
    if (other.hasText) this.hasText = true;
  }

  node(node: MarkupElement, hasText: boolean): void {
    this.nodes.push(node);
    if (hasText) this.hasText = true;
  }

  /** The nodes with leading and trailing whitespace trimmed, like String.trim on their markup. */
  trimmed(): MarkupNode[] {
    const nodes = [...this.nodes];
    if (typeof nodes[0] === 'string') nodes[0] = nodes[0].trimStart();
    const last = nodes.length - 1;
    if (typeof nodes[last] === 'string') nodes[last] = (nodes[last] as string).trimEnd();
    return nodes.filter((node) => node !== '');
  }
}

class Writer {
  private readonly wraps = new Map<Element, boolean>();

  constructor(
    private readonly figures: FigureMap,
    private readonly base: string | undefined,
  ) {}

  /** The block-level markup of a container's children. Loose inline runs become paragraphs. */
  blocks(container: Element): MarkupElement[] {
    const parts: MarkupElement[] = [];
    let run = new Run();
    let deferred: MarkupElement[] = [];
    const flush = (): void => {
      if (run.hasText) parts.push(element('p', run.trimmed()));
      run = new Run();
      parts.push(...deferred);
      deferred = [];
    };
    for (const child of childNodesOf(container)) {
      if (child.nodeType === TEXT_NODE) {
        run.text(collapse(child.nodeValue));
        continue;
      }
      if (!isElement(child)) continue;
      if (this.figures.has(child)) {
        flush();
        const figure = this.figures.get(child);
        if (figure) parts.push(figureMarkup(figure));
        continue;
      }
      const tag = tagOf(child);
      if (SKIPPED_TAGS.has(tag)) continue;
      if (isBlock(child) || wrapsBlocks(child, this.wraps)) {
        flush();
        parts.push(...this.block(child));
      } else {
        this.inline(child, run, deferred, false, false);
      }
    }
    flush();
    return parts;
  }

  private block(source: Element): MarkupElement[] {
    const tag = tagOf(source);
    if (TEXT_BLOCKS.has(tag)) {
      const deferred: MarkupElement[] = [];
      const inner = this.inlineChildren(source, deferred, tag === 'pre', false);
      const name = tag === 'h1' ? 'h2' : ['dt', 'dd', 'figcaption', 'summary', 'caption', 'address'].includes(tag) ? 'p' : tag;
      return inner.hasText ? [element(name, inner.trimmed()), ...deferred] : deferred;
    }
    if (tag === 'ul' || tag === 'ol') {
      const items = childNodesOf(source)
        .filter((child): child is Element => isElement(child) && tagOf(child) === 'li')
        .map((item) => this.listItem(item))
        .filter((item): item is MarkupElement => !!item);
      return items.length ? [element(tag, items)] : [];
    }
    if (tag === 'li') {
      const item = this.listItem(source);
      return item ? [element('ul', [item])] : [];
    }
    if (tag === 'blockquote') {
      const inner = this.blocks(source);
      return inner.length ? [element('blockquote', inner)] : [];
    }
    if (tag === 'table') return this.table(source);
    if (tag === 'hr') return [element('hr', [])];
    return this.blocks(source);
  }

  private listItem(item: Element): MarkupElement | undefined {
    const inner = wrapsBlocks(item, this.wraps) ? this.blocks(item) : this.inlineOnly(item);
    return inner.length ? element('li', inner) : undefined;
  }

  private inlineOnly(source: Element): MarkupNode[] {
    const deferred: MarkupElement[] = [];
    const inner = this.inlineChildren(source, deferred, false, false);
    return [...(inner.hasText ? inner.trimmed() : []), ...deferred];
  }

  private table(table: Element): MarkupElement[] {
    const rows: MarkupElement[] = [];
    const visit = (source: Element): void => {
      for (const child of childNodesOf(source)) {
        if (!isElement(child)) continue;
        const tag = tagOf(child);
        if (tag === 'tr') {
          const cells = childNodesOf(child)
            .filter((cell): cell is Element => isElement(cell) && (tagOf(cell) === 'td' || tagOf(cell) === 'th'))
            .map((cell) => element(tagOf(cell), this.inlineOnly(cell)));
          if (cells.length) rows.push(element('tr', cells));
        } else if (TABLE_PARTS.has(tag)) {
          visit(child);
        }
      }
    };
    visit(table);
    return rows.length ? [element('table', [element('tbody', rows)])] : [];
  }

  private inlineChildren(source: Element, deferred: MarkupElement[], preserve: boolean, inLink: boolean): Run {
    const run = new Run();
    for (const child of childNodesOf(source)) {
      if (child.nodeType === TEXT_NODE) run.text(preserve ? (child.nodeValue ?? '') : collapse(child.nodeValue));
      else if (isElement(child)) this.inline(child, run, deferred, preserve, inLink);
    }
    return run;
  }

  /** Writes one inline element into `run`; figures inside it go to `deferred` (after the block). */
  private inline(source: Element, run: Run, deferred: MarkupElement[], preserve: boolean, inLink: boolean): void {
    if (this.figures.has(source)) {
      const figure = this.figures.get(source);
      if (figure) deferred.push(figureMarkup(figure));
      return;
    }
    const tag = tagOf(source);
    if (tag === 'br') {
      run.node(element('br', []), false);
      return;
    }
    if (SKIPPED_TAGS.has(tag)) return;
    // A link inside a link is its text: HTML cannot nest them.
    const href = tag === 'a' && !inLink ? resolveHttp(source.getAttribute('href'), this.base) : undefined;
    const inner = this.inlineChildren(source, deferred, preserve, inLink || !!href);
    if (!INLINE_TAGS.has(tag) || !inner.hasText || (tag === 'a' && !href)) {
      run.append(inner);
      return;
    }
    run.node(element(tag, inner.nodes, href ? { href } : undefined), true);
  }
}

function collapse(value: string | null): string {
  return (value ?? '').replace(/[\s\u200b]+/g, ' ');
}
