import { normalizeSpace } from '../text';
import { childNodesOf, isBlock, isElement, tagOf, TEXT_NODE } from './blocks';
import { SKIPPED_TAGS, TEXT_BLOCKS, wrapsBlocks, type FigureMap } from './markup';

// Article.text: the body's blocks (paragraphs, headings, list items, cells) in reading order,
// one per paragraph, joined by a blank line. Words never run together across block edges, and
// figures (with their captions and credits) are not text.

export function bodyText(root: Element, figures: FigureMap): string {
  return textBlocks(root, figures, new Map()).join('\n\n');
}

function textBlocks(container: Element, figures: FigureMap, wraps: Map<Element, boolean>): string[] {
  const blocks: string[] = [];
  let run = '';
  const flush = (): void => {
    const text = normalizeSpace(run);
    if (text) blocks.push(text);
    run = '';
  };
  for (const child of childNodesOf(container)) {
    if (child.nodeType === TEXT_NODE) {
      run += child.nodeValue ?? '';
      continue;
    }
    if (!isElement(child) || figures.has(child)) {
      if (isElement(child)) flush();
      continue;
    }
    const tag = tagOf(child);
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      run += ' ';
    } else if (TEXT_BLOCKS.has(tag)) {
      // Like the markup: a paragraph stays one block even when a figure sits inside it.
      flush();
      const text = normalizeSpace(inlineText(child, figures));
      if (text) blocks.push(text);
    } else if (isBlock(child) || wrapsBlocks(child, wraps)) {
      flush();
      blocks.push(...textBlocks(child, figures, wraps));
    } else {
      run += inlineText(child, figures);
    }
  }
  flush();
  return blocks;
}

function inlineText(element: Element, figures: FigureMap): string {
  let out = '';
  for (const child of childNodesOf(element)) {
    if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
    else if (isElement(child) && !figures.has(child) && !SKIPPED_TAGS.has(tagOf(child))) {
      out += tagOf(child) === 'br' ? ' ' : inlineText(child, figures);
    }
  }
  return out;
}
