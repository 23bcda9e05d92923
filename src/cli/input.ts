import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';

export interface LoadedInput {
  name: string;
  url?: string;
  document: Document;
}

export class InputError extends Error {}

const FETCH_TIMEOUT_MS = 20_000;

/** Reads a file or fetches an http(s) URL and parses it. Scripts never run (jsdom default). */
export async function loadInput(input: string, urlOverride?: string): Promise<LoadedInput> {
  const isUrl = /^https?:\/\//i.test(input);
  let html: string;
  try {
    html = isUrl ? await fetchText(input) : await readFile(input, 'utf8');
  } catch (error) {
    throw new InputError(`${input}: cannot read (${(error as Error).message})`);
  }
  const url = urlOverride ?? (isUrl ? input : urlFromComment(html));
  const dom = new JSDOM(html, url ? { url } : {});
  return { name: outputName(input), url, document: dom.window.document };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Fixture pages record their address on line 1: `<!-- url: https://… -->`. */
function urlFromComment(html: string): string | undefined {
  const match = /^\s*<!--\s*url:\s*(https?:\/\/\S+?)\s*-->/i.exec(html);
  return match?.[1];
}

/** The file name an input's output gets, without extension. */
export function outputName(input: string): string {
  if (/^https?:\/\//i.test(input)) {
    const url = new URL(input);
    const last = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
    return safeName(last.replace(/\.html?$/i, '')) || safeName(url.hostname);
  }
  const base = input.split(/[\\/]/).pop() ?? input;
  return safeName(base.replace(/\.html?$/i, ''));
}

function safeName(value: string): string {
  return value.replace(/[^\w.-]+/g, '_').slice(0, 120);
}
