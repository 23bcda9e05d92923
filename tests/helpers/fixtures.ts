import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

// Fixture pages live in tests/fixtures/<name>.html with their address on line 1
// (`<!-- url: https://… -->`) and expected outputs beside them (<name>.expected.json, …).

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface Fixture {
  name: string;
  url: string;
  html: string;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''))
    .sort();
}

export function loadFixture(name: string): Fixture {
  const html = readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
  const url = /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://fixture.example/';
  return { name, url, html };
}

export function expectedFile(name: string, suffix: string): string {
  return join(FIXTURES_DIR, `${name}.${suffix}.json`);
}

export function readExpected<T>(name: string, suffix: string): T | undefined {
  const file = expectedFile(name, suffix);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

export function jsdomDocument(fixture: Fixture): Document {
  return new JSDOM(fixture.html, { url: fixture.url }).window.document;
}

export function linkedomDocument(fixture: Fixture): Document {
  return parseHTML(fixture.html).document as unknown as Document;
}
