import type { Figure } from '../types';
import { escapeHtml } from '../sanitize';
import { childNodesOf, isBlock, isElement, tagOf, TEXT_NODE } from './blocks';
import { resolveHttp } from './urls';

// Body markup from the prepared (detached, stripped) body. Only a fixed set of tags is written,
// text is escaped here, and the result still goes through sanitizeHtml (the only gate to
// markup): this step makes the output stable across parsers, sanitizing makes it safe.
// Top-level blocks are separated by "\n"; whitespace inside blocks is collapsed.

/** Figure holders in the body → the figure to render there (undefined: drop the element). */
export type FigureMap = ReadonlyMap<Element, Figure | undefined>;

const INLINE_TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small', 'mark', 'code', 'q', 'cite', 'abbr', 'kbd', 'del', 'ins', 'var', 'dfn', 'samp']);
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'video', 'audio', 'canvas',
  'form', 'input', 'button', 'select', 'textarea', 'img', 'picture', 'source', 'link', 'meta', 'head', 'title',
]);
export const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'dd', 'figcaption', 'summary', 'caption', 'address']);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr']);

export function bodyMarkup(root: Element, figures: FigureMap, base: string | undefined): string {
  return new Writer(figures, base).blocks(root).join('\n');
}

export function figureMarkup(figure: Figure): string {
  const alt = figure.alt ? ` alt="${escapeHtml(figure.alt)}"` : '';
  const parts = [
    figure.caption ? escapeHtml(figure.caption) : '',
    figure.credit ? `<small class="credit">${escapeHtml(figure.credit)}</small>` : '',
  ].filter(Boolean);
  const caption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(figure.src)}"${alt}>${caption}</figure>`;
}

/** True when an inline element wraps blocks (e.g. <a><div>…</div></a>): treat it as a container. */
export function wrapsBlocks(element: Element): boolean {
  return childNodesOf(element).some((child) => isElement(child) && (isBlock(child) || wrapsBlocks(child)));
}

class Writer {
  constructor(
    private readonly figures: FigureMap,
    private readonly base: string | undefined,
  ) {}

  /** The block-level markup of a container's children. Loose inline runs become paragraphs. */
  blocks(container: Element): string[] {
    const parts: string[] = [];
    let run = '';
    let deferred: string[] = [];
    const flush = (): void => {
      const trimmed = run.trim();
      if (hasText(trimmed)) parts.push(`<p>${trimmed}</p>`);
      run = '';
      parts.push(...deferred);
      deferred = [];
    };
    for (const child of childNodesOf(container)) {
      if (child.nodeType === TEXT_NODE) {
        run += collapse(child.nodeValue);
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
      if (isBlock(child) || wrapsBlocks(child)) {
        flush();
        parts.push(...this.block(child));
      } else {
        run += this.inline(child, deferred);
      }
    }
    flush();
    return parts;
  }

  private block(element: Element): string[] {
    const tag = tagOf(element);
    if (TEXT_BLOCKS.has(tag)) {
      const deferred: string[] = [];
      const inner = this.inlineChildren(element, deferred, tag === 'pre').trim();
      const name = tag === 'h1' ? 'h2' : ['dt', 'dd', 'figcaption', 'summary', 'caption', 'address'].includes(tag) ? 'p' : tag;
      const own = hasText(inner) ? [`<${name}>${inner}</${name}>`] : [];
      return [...own, ...deferred];
    }
    if (tag === 'ul' || tag === 'ol') {
      const items = childNodesOf(element)
        .filter((child): child is Element => isElement(child) && tagOf(child) === 'li')
        .map((item) => this.listItem(item))
        .filter(Boolean);
      return items.length ? [`<${tag}>${items.join('')}</${tag}>`] : [];
    }
    if (tag === 'li') {
      const item = this.listItem(element);
      return item ? [`<ul>${item}</ul>`] : [];
    }
    if (tag === 'blockquote') {
      const inner = this.blocks(element).join('');
      return inner ? [`<blockquote>${inner}</blockquote>`] : [];
    }
    if (tag === 'table') return this.table(element);
    if (tag === 'hr') return ['<hr>'];
    return this.blocks(element);
  }

  private listItem(item: Element): string {
    const inner = wrapsBlocks(item) ? this.blocks(item).join('') : this.inlineOnly(item);
    return inner ? `<li>${inner}</li>` : '';
  }

  private inlineOnly(element: Element): string {
    const deferred: string[] = [];
    const inner = this.inlineChildren(element, deferred, false).trim();
    return (hasText(inner) ? inner : '') + deferred.join('');
  }

  private table(table: Element): string[] {
    const rows: string[] = [];
    const visit = (element: Element): void => {
      for (const child of childNodesOf(element)) {
        if (!isElement(child)) continue;
        const tag = tagOf(child);
        if (tag === 'tr') {
          const cells = childNodesOf(child)
            .filter((cell): cell is Element => isElement(cell) && (tagOf(cell) === 'td' || tagOf(cell) === 'th'))
            .map((cell) => `<${tagOf(cell)}>${this.inlineOnly(cell)}</${tagOf(cell)}>`);
          if (cells.length) rows.push(`<tr>${cells.join('')}</tr>`);
        } else if (TABLE_PARTS.has(tag)) {
          visit(child);
        }
      }
    };
    visit(table);
    return rows.length ? [`<table><tbody>${rows.join('')}</tbody></table>`] : [];
  }

  private inlineChildren(element: Element, deferred: string[], preserve: boolean): string {
    let out = '';
    for (const child of childNodesOf(element)) {
      if (child.nodeType === TEXT_NODE) out += preserve ? escapeHtml(child.nodeValue ?? '') : collapse(child.nodeValue);
      else if (isElement(child)) out += this.inline(child, deferred, preserve);
    }
    return out;
  }

  private inline(element: Element, deferred: string[], preserve = false): string {
    if (this.figures.has(element)) {
      const figure = this.figures.get(element);
      if (figure) deferred.push(figureMarkup(figure));
      return '';
    }
    const tag = tagOf(element);
    if (tag === 'br') return '<br>';
    if (SKIPPED_TAGS.has(tag)) return '';
    const inner = this.inlineChildren(element, deferred, preserve);
    if (!INLINE_TAGS.has(tag)) return inner;
    if (!hasText(inner)) return inner;
    if (tag === 'a') {
      const href = resolveHttp(element.getAttribute('href'), this.base);
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    }
    return `<${tag}>${inner}</${tag}>`;
  }
}

function collapse(value: string | null): string {
  return escapeHtml((value ?? '').replace(/[\s\u200b]+/g, ' '));
}

function hasText(markup: string): boolean {
  return /\S/.test(markup.replace(/<[^>]*>/g, ''));
}
