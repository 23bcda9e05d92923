import type { ThemeReading } from '../../themes/types';
import { PLUGIN_SOURCE } from '../../themes/plugins';
import type { SourceLink } from '../types';
import { safeQuery, safeQueryAll } from '../query';
import { normalizeSpace, textOf } from '../text';
import type { LeafBlock } from './blocks';
import { hostOf, registrableDomain, resolveHttp } from './urls';

// The article's origin (news-themes.md §5.2): a theme Source/Via box, or an autoblog line such
// as "News Source : amp.cnn.com" (Arabic autoblogs: "مصدر الخبر : …", "the news' source"). A bare domain becomes its homepage (exact=false) unless a
// real link to that site exists somewhere on the page.

const SOURCE_LINE = /^\s*(?:news\s+)?(?:source|sources|via|fonte|fuente|quelle|kaynak|sumber|المصدر|مصدر\s+الخبر|منبع)\s*[:：\-–]\s*(.{2,120}?)\s*$/iu;

/** Theme-native boxes: "Source" + links. */
export function readThemeSource(document: Document, rule: ThemeReading | undefined, base: string | undefined): SourceLink | undefined {
  for (const selector of rule?.extraction.source ?? []) {
    const box = safeQuery(document, selector);
    if (!box) continue;
    for (const anchor of safeQueryAll(box, 'a[href]')) {
      const url = resolveHttp(anchor.getAttribute('href'), base);
      if (!url) continue;
      const name = textOf(anchor) || hostOf(url) || url;
      return { label: `${boxLabel(box) || 'Source'}: ${name}`, url, exact: true };
    }
  }
  return undefined;
}

/** The box's own words, not its links ("Source", "المصدر:", "VIA"), without the colon, in sentence case. */
function boxLabel(box: Element): string {
  let text = box.textContent ?? '';
  for (const anchor of safeQueryAll(box, 'a')) text = text.replace(anchor.textContent ?? '', ' ');
  const label = normalizeSpace(text)
    .replace(/\s*[:：]\s*$/u, '')
    .slice(0, 40);
  // Themes print the word in capitals ("SOURCE"); in a sentence it reads "Source".
  const shouted = label === label.toUpperCase() && label !== label.toLowerCase();
  return shouted ? label.charAt(0) + label.slice(1).toLowerCase() : label;
}

/** Autoblog plugin links (Feedzy "Read More"): the body strips them; without a source line they are the source. */
export function readPluginSource(document: Document, base: string | undefined): SourceLink | undefined {
  for (const selector of PLUGIN_SOURCE.links) {
    const url = resolveHttp(safeQuery(document, `${selector}[href]`)?.getAttribute('href'), base);
    if (url) return { label: `Source: ${hostOf(url) ?? url}`, url, exact: true };
  }
  return undefined;
}

export interface SourceLine {
  block: LeafBlock;
  source?: SourceLink;
}

/** The last "Source : …" line among the final blocks of the body, with the best URL for it. */
export function findSourceLine(
  blocks: readonly LeafBlock[],
  document: Document,
  base: string | undefined,
  pageUrl: string | undefined,
): SourceLine | undefined {
  const tail = blocks.slice(-8);
  for (let index = tail.length - 1; index >= 0; index -= 1) {
    const block = tail[index];
    if (block.figure) continue;
    const match = SOURCE_LINE.exec(block.text);
    if (!match) {
      // WP Automatic's default line: only a link labelled "Source link" (no domain to parse).
      const pluginLink = PLUGIN_SOURCE.linkOnlyLine.test(block.text)
        ? safeQueryAll(block.element, 'a[href]')
            .map((anchor) => resolveHttp(anchor.getAttribute('href'), base))
            .find(Boolean)
        : undefined;
      if (pluginLink) return { block, source: { label: block.text, url: pluginLink, exact: true } };
      continue;
    }
    const label = block.text;
    const named = normalizeSpace(match[1]);
    const ownLink = safeQueryAll(block.element, 'a[href]')
      .map((anchor) => resolveHttp(anchor.getAttribute('href'), base))
      .find(Boolean);
    if (ownLink) return { block, source: { label, url: ownLink, exact: true } };
    const asUrl = /^https?:\/\//i.test(named) ? resolveHttp(named, base) : undefined;
    if (asUrl) return { block, source: { label, url: asUrl, exact: true } };
    const domain = domainIn(named);
    if (!domain) return { block };
    const exact = linkToDomain(document, domain, base, pageUrl);
    return { block, source: exact ? { label, url: exact, exact: true } : { label, url: `https://${domain}/`, exact: false } };
  }
  return undefined;
}

/** "amp.cnn.com", "www.Reuters.com/…" → host; plain names ("Reuters") → undefined. */
function domainIn(value: string): string | undefined {
  const match = /^(?:www\.)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?:\/\S*)?$/iu.exec(value.replace(/^https?:\/\//i, ''));
  if (!match) return undefined;
  const withWww = /^www\./i.test(value) ? `www.${match[1]}` : match[1];
  try {
    return new URL(`https://${withWww}/`).hostname;
  } catch {
    return undefined;
  }
}

/** A link elsewhere on the page (not to the page's own site) whose host is the named site. */
function linkToDomain(document: Document, domain: string, base: string | undefined, pageUrl: string | undefined): string | undefined {
  const wanted = registrableDomain(domain);
  const ownSite = hostOf(pageUrl) ? registrableDomain(hostOf(pageUrl) as string) : undefined;
  if (wanted === ownSite) return undefined;
  const candidates = [
    ...safeQueryAll(document, 'meta[name="original-source"], meta[name="syndication-source"]').map((meta) => meta.getAttribute('content')),
    safeQuery(document, 'link[rel="canonical"]')?.getAttribute('href'),
    ...safeQueryAll(document, 'a[href]').map((anchor) => anchor.getAttribute('href')),
  ];
  for (const candidate of candidates) {
    const url = resolveHttp(candidate, base);
    const host = hostOf(url);
    if (!url || !host) continue;
    if (host !== domain && registrableDomain(host) !== wanted) continue;
    // Only an article path adds anything over the homepage fallback.
    if (new URL(url).pathname.length > 1) return url;
  }
  return undefined;
}
