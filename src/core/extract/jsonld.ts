import { elementsByTag } from '../query';

// JSON-LD reader: flattens every ld+json block (arrays and @graph) into one node list, then
// picks the article node and resolves {"@id"} references within the same page.

export type JsonNode = Record<string, unknown>;

export interface JsonLd {
  nodes: JsonNode[];
  article?: JsonNode;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

export function readJsonLd(document: Document): JsonLd {
  const nodes: JsonNode[] = [];
  for (const script of jsonLdScripts(document)) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Broken JSON-LD is common; skip it.
    }
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  return { nodes, article };
}

const SCRIPTS = new WeakMap<Document, Element[]>();

/** The page's ld+json scripts, found once per document (detection and metadata both read them). */
export function jsonLdScripts(document: Document): Element[] {
  let scripts = SCRIPTS.get(document);
  if (!scripts) {
    scripts = elementsByTag(document, 'script').filter((script) => (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json');
    SCRIPTS.set(document, scripts);
  }
  return scripts;
}

function collect(value: unknown, into: JsonNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  if (value['@graph']) collect(value['@graph'], into);
}

export function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typesOf(node: JsonNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

/** Follow {"@id": "…"} to the full node when the page defines it. */
export function resolveRef(value: unknown, nodes: readonly JsonNode[]): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string' || Object.keys(value).length > 2) return value;
  return nodes.find((node) => node !== value && node['@id'] === id) ?? value;
}

/** A string property, or the first string of an array property. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = stringOf(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** Names of a person/organisation value (string, node, @id ref or array of those). */
export function namesOf(value: unknown, nodes: readonly JsonNode[]): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim()) names.push(item.trim());
    const node = resolveRef(item, nodes);
    if (isNode(node)) {
      const name = stringOf(node.name);
      if (name) names.push(name);
    }
  }
  return names;
}
