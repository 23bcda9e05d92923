import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { Fixture } from './fixture-files.mjs';

// Fixture pages for unit tests: the one loader (fixture-files.mjs, shared with the browser
// tests and the fixture scripts) and the parsers the tests read pages with.

export { expectedFile, FIXTURES_DIR, fixtureNames, loadFixture, readExpected } from './fixture-files.mjs';
export type { Fixture } from './fixture-files.mjs';

export function jsdomDocument(fixture: Fixture): Document {
  return new JSDOM(fixture.html, { url: fixture.url }).window.document;
}

export function linkedomDocument(fixture: Fixture): Document {
  return parseHTML(fixture.html).document as unknown as Document;
}
