import { sanitizeToFragment } from '../sanitize';
import type { Article, Figure } from '../types';

// Article -> Markdown, for the CLI and "copy as Markdown". The body is walked from the
// sanitized fragment, so nothing the page sent reaches the output unescaped.

export function articleToMarkdown(article: Article): string {
  const parts: string[] = [`# ${inline(article.title)}`];
  const meta = [article.category, article.byline, article.published?.slice(0, 10), article.dateline].filter(Boolean).map((value) => inline(String(value)));
  if (meta.length > 0) parts.push(`*${meta.join(' · ')}*`);
  if (article.leadImage) parts.push(figureMarkdown(article.leadImage));
  const fragment = sanitizeToFragment(article.html);
  const body = fragment ? blocksOf(fragment).join('\n\n') : article.text;
  parts.push(body);
  if (article.tags.length > 0) parts.push(`Tags: ${article.tags.map(inline).join(', ')}`);
  if (article.source) {
    const hint = article.source.exact ? '' : ' (homepage)';
    parts.push(`Source: [${inline(hostOf(article.source.url))}${hint}](${article.source.url})`);
  }
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function figureMarkdown(figure: Figure): string {
  const lines = [`![${inline(figure.alt ?? figure.caption ?? '')}](${figure.src})`];
  const caption = [figure.caption, figure.credit ? `(${figure.credit})` : ''].filter(Boolean).join(' ');
  if (caption) lines.push(`*${inline(caption)}*`);
  return lines.join('\n');
}

function blocksOf(root: ParentNode): string[] {
  const blocks: string[] = [];
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === 3) {
      const text = inline(node.textContent ?? '');
      if (text) blocks.push(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) blocks.push(`${'#'.repeat(Math.max(2, Number(tag[1])))} ${spans(element)}`);
    else if (tag === 'p') blocks.push(spans(element));
    else if (tag === 'ul' || tag === 'ol') blocks.push(listOf(element, tag === 'ol'));
    else if (tag === 'blockquote')
      blocks.push(
        blocksOf(element)
          .map((line) => `> ${line}`)
          .join('\n>\n'),
      );
    else if (tag === 'pre') blocks.push('```\n' + (element.textContent ?? '').replace(/```/g, '`\u200b``') + '\n```');
    else if (tag === 'figure') blocks.push(figureOf(element));
    else if (tag === 'hr') blocks.push('---');
    else if (tag === 'table') blocks.push(inline(element.textContent ?? ''));
    else blocks.push(...blocksOf(element));
  }
  return blocks.filter((block) => block.trim() !== '');
}

function figureOf(element: Element): string {
  const image = element.querySelector('img');
  const src = image?.getAttribute('src');
  const caption = inline(element.querySelector('figcaption')?.textContent ?? '');
  const lines = src ? [`![${inline(image?.getAttribute('alt') ?? '')}](${src})`] : [];
  if (caption) lines.push(`*${caption}*`);
  return lines.join('\n');
}

function listOf(list: Element, ordered: boolean): string {
  return Array.from(list.children)
    .filter((item) => item.tagName.toLowerCase() === 'li')
    .map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${spans(item)}`)
    .join('\n');
}

/** Inline content: links, emphasis and code, everything else as escaped text. */
function spans(element: Element): string {
  let out = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) {
      out += escapeMarkdown(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName.toLowerCase();
    const inner = spans(child);
    if (tag === 'a' && child.getAttribute('href')) out += `[${inner}](${child.getAttribute('href')})`;
    else if (tag === 'strong' || tag === 'b') out += `**${inner}**`;
    else if (tag === 'em' || tag === 'i') out += `*${inner}*`;
    else if (tag === 'code') out += `\`${child.textContent ?? ''}\``;
    else if (tag === 'br') out += '  \n';
    else out += inner;
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

function inline(value: string): string {
  return escapeMarkdown(value.replace(/\s+/g, ' ').trim());
}

function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>])/g, '\\$1');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
