import type { ThemeReading } from '../../themes/types';
import type { Figure, SourceLink } from '../types';
import { queryAll, safeQueryAll } from '../query';
import { childNodesOf, detach, isElement, leafBlocks, tagOf, TEXT_NODE, type LeafBlock } from './blocks';
import { cleanCredit, isCreditLike, isLooseCaption } from './credit';
import { datelinePrefix, isDatelineText } from './dateline';
import { adoptNoscriptImages, findInlineFigures } from './figures';
import { cleanContent } from './clean-content';
import { GENERIC_STRIP } from './generic';
import type { FigureMap } from './markup';
import { findSourceLine, readPluginSource } from './source';
import { PLUGIN_SOURCE } from '../../themes/plugins';
import { stripHidden } from '../page-rules';

// Prepares the article body on a detached clone (the page is never touched): strips clutter,
// finds figures, and takes out the loose lines it understands — the lead image's caption and
// credit, the dateline, figure credits/captions and the "News Source" line.

const ALWAYS_STRIP = ['script', 'style', 'noscript', 'template', 'link', 'meta', 'iframe', 'object', 'embed', 'form'];

export interface PreparedBody {
  root: Element;
  figures: Map<Element, Figure | undefined>;
  /** Inline figures in reading order (lead image excluded). */
  inline: Figure[];
  lead?: Figure;
  dateline?: string;
  source?: SourceLink;
  /** A byline line that opened the body ("By Jane Doe", "بقلم …"), taken out of the text. */
  byline?: string;
}

export interface BodyContext {
  document: Document;
  rule?: ThemeReading;
  /** true when the container came from the generic engine rather than a theme selector. */
  generic: boolean;
  base?: string;
  pageUrl?: string;
  lead?: Figure;
  themeSource?: SourceLink;
  /** The article's title: the generic cleaner drops it when the body repeats it. */
  title?: string;
  /** The container is the reader's `article` rule: taken as it is, with what the generic engine strips. */
  userChosen?: boolean;
  /** The reader's hide rules, left out of the body. */
  hide?: readonly string[];
}

export function prepareBody(container: Element, context: BodyContext): PreparedBody {
  const cleaned = context.generic ? cleanGeneric(container, context.title, context.pageUrl) : { root: container.cloneNode(true) as Element };
  const root = cleaned.root;
  const generic = context.generic || context.userChosen;
  const strip = [...ALWAYS_STRIP, ...PLUGIN_SOURCE.links, ...(context.rule?.extraction.bodyStrip ?? []), ...(generic ? GENERIC_STRIP : [])];
  adoptNoscriptImages(root);
  if (context.hide?.length) stripHidden(root, context.hide);
  stripAll(root, strip);

  const lead = context.lead ? { ...context.lead } : undefined;
  const figures = new Map<Element, Figure | undefined>();
  for (const { holder, figure } of findInlineFigures(root, context.base)) {
    // The featured image repeated at the top of the body is shown once, as the lead.
    figures.set(holder, figure && lead && figure.src === lead.src ? undefined : figure);
  }

  const consumed = new Set<Element>();
  const blocks = leafBlocks(root, new Set(figures.keys()));
  const dateline = takeDatelineAndLeadLines(blocks, lead, consumed);
  takeLooseFigureLines(blocks, figures, consumed);
  const sourceLine = findSourceLine(
    blocks.filter((block) => !consumed.has(block.element)),
    context.document,
    context.base,
    context.pageUrl,
  );
  if (sourceLine) consumed.add(sourceLine.block.element);

  consumed.forEach(detach);
  const inline = [...figures.values()].filter((figure): figure is Figure => !!figure);
  return {
    root,
    figures,
    inline,
    ...(lead ? { lead } : {}),
    ...(dateline ? { dateline } : {}),
    ...(cleaned.byline ? { byline: cleaned.byline } : {}),
    ...withSource(context.themeSource ?? sourceLine?.source ?? readPluginSource(context.document, context.base)),
  };
}

/** Detach everything matching any selector: one query for the list (each query walks the body), one by one if the list does not parse. */
function stripAll(root: Element, selectors: readonly string[]): void {
  try {
    queryAll(root, selectors.join(', ')).forEach(detach);
  } catch {
    for (const selector of selectors) safeQueryAll(root, selector).forEach(detach);
  }
}

/** Minimum share of the container's text a strict clean must keep before the relaxed one is used. */
const STRICT_KEEPS = 0.35;

/** A clean clone of a generic container: strict boilerplate removal, relaxed when it ate the article. */
function cleanGeneric(container: Element, title: string | undefined, pageUrl: string | undefined): { root: Element; byline?: string } {
  const strict = container.cloneNode(true) as Element;
  const strictResult = cleanContent(strict, { title, strict: true, pageUrl });
  const before = (container.textContent ?? '').length;
  if (before < 1000 || (strict.textContent ?? '').length >= before * STRICT_KEEPS) return { root: strict, ...strictResult };
  const relaxed = container.cloneNode(true) as Element;
  return { root: relaxed, ...cleanContent(relaxed, { title, strict: false }) };
}

function withSource(source: SourceLink | undefined): { source?: SourceLink } {
  return source ? { source } : {};
}

const LONG_PARAGRAPH = 80;
const DATELINE_WINDOW = 5;

/**
 * A standalone dateline right before the first long paragraph; blocks before it are the lead
 * image's caption/credit (autoblogs import them as loose paragraphs). Without one, a leading
 * credit line (and the caption after it) still belongs to the lead image, and the first
 * paragraph may carry a "PLACE (Agency) —" prefix.
 */
function takeDatelineAndLeadLines(blocks: readonly LeafBlock[], lead: Figure | undefined, consumed: Set<Element>): string | undefined {
  const limit = Math.min(DATELINE_WINDOW, blocks.length - 1);
  for (let index = 0; index < limit; index += 1) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (block.figure || next.figure || !['p', 'div'].includes(tagOf(block.element))) continue;
    if (!isDatelineText(block.text) || isCreditLike(block.text) || next.text.length < LONG_PARAGRAPH) continue;
    consumed.add(block.element);
    if (lead) for (const before of blocks.slice(0, index)) attachToLead(before, lead, consumed);
    return block.text;
  }
  let first = 0;
  if (lead && blocks[0] && !blocks[0].figure && isCreditLike(blocks[0].text) && !lead.credit) {
    attachToLead(blocks[0], lead, consumed);
    first = 1;
    const caption = blocks[1];
    if (caption && blocks[2] && !caption.figure && !lead.caption && isLooseCaption(caption.text)) {
      attachToLead(caption, lead, consumed);
      first = 2;
    }
  }
  const paragraph = blocks.slice(first, first + 3).find((block) => !block.figure && block.text.length >= LONG_PARAGRAPH);
  const prefix = paragraph ? datelinePrefix(paragraph.text) : undefined;
  if (paragraph && prefix && removeLeadingText(paragraph.element, paragraph.text.slice(0, prefix.length))) {
    return prefix.dateline;
  }
  return undefined;
}

function attachToLead(block: LeafBlock, lead: Figure, consumed: Set<Element>): void {
  if (block.figure) return;
  if (isCreditLike(block.text)) {
    if (!lead.credit) lead.credit = cleanCredit(block.text);
  } else if (isLooseCaption(block.text)) {
    if (!lead.caption) lead.caption = block.text;
  } else {
    return;
  }
  consumed.add(block.element);
}

/** Loose "credit" then "caption" paragraphs right after an image (or caption then credit). */
function takeLooseFigureLines(blocks: readonly LeafBlock[], figures: FigureMap, consumed: Set<Element>): void {
  blocks.forEach((block, index) => {
    const figure = block.figure ? figures.get(block.element) : undefined;
    if (!figure) return;
    // A caption is never the article's last block: that one is text even after a credit line.
    const hasAfter = (offset: number): boolean => index + offset + 1 < blocks.length;
    const [first, second] = [blocks[index + 1], blocks[index + 2]].map((candidate) =>
      candidate && !candidate.figure && !consumed.has(candidate.element) ? candidate : undefined,
    );
    if (!first) return;
    if (!figure.credit && isCreditLike(first.text)) {
      figure.credit = cleanCredit(first.text);
      consumed.add(first.element);
      if (second && hasAfter(2) && !figure.caption && isLooseCaption(second.text)) {
        figure.caption = second.text;
        consumed.add(second.element);
      }
    } else if (second && !figure.caption && !figure.credit && isLooseCaption(first.text) && isCreditLike(second.text)) {
      figure.caption = first.text;
      figure.credit = cleanCredit(second.text);
      consumed.add(first.element);
      consumed.add(second.element);
    }
  });
}

/**
 * Remove a prefix (compared without whitespace) from the start of an element's text, across
 * inline children if needed. Edits are applied only when the whole prefix matched.
 */
function removeLeadingText(element: Element, prefix: string): boolean {
  let rest = prefix.replace(/\s+/g, '');
  const edits: Array<[Node, string]> = [];
  for (const node of textNodesOf(element)) {
    const value = node.nodeValue ?? '';
    let index = 0;
    while (index < value.length && rest) {
      if (/\s/.test(value[index])) {
        index += 1;
        continue;
      }
      if (value[index] !== rest[0]) return false;
      rest = rest.slice(1);
      index += 1;
    }
    edits.push([node, rest ? '' : value.slice(index).replace(/^\s+/, '')]);
    if (!rest) {
      for (const [target, replacement] of edits) target.nodeValue = replacement;
      return true;
    }
  }
  return false;
}

function textNodesOf(element: Element): Node[] {
  const out: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of childNodesOf(node)) {
      if (child.nodeType === TEXT_NODE) out.push(child);
      else if (isElement(child)) walk(child);
    }
  };
  walk(element);
  return out;
}
