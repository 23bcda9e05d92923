// @vitest-environment node
// Every fixture page has the expected outputs that `npm run fixtures:update` writes beside it
// (the hostile corpus in tests/fixtures/hostile/ has its own test).
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EXPECTED_SUFFIXES, expectedFile, fixtureNames, fixtureUrl, hasFixture, loadFixture } from '../helpers/fixture-files.mjs';

test('every tests/fixtures/*.html has its .expected.json and .clean.json', () => {
  const names = fixtureNames();
  expect(names.length).toBeGreaterThan(0);
  const missing = names.flatMap((name) =>
    EXPECTED_SUFFIXES.filter((suffix) => !existsSync(expectedFile(name, suffix))).map((suffix) => `${name}.${suffix}.json`),
  );
  expect(missing, 'write them with `npm run fixtures:update -- <name>` and review them').toEqual([]);
});

test('the loader reads a page with the address of its first line', () => {
  expect(hasFixture('jannah-seed')).toBe(true);
  const fixture = loadFixture('jannah-seed');
  expect(fixture.url).toMatch(/^https:\/\//);
  expect(fixture.html.startsWith(`<!-- url: ${fixture.url} -->`)).toBe(true);
  expect(fixtureUrl('<!DOCTYPE html><p>no address</p>')).toBe('https://fixture.example/');
});
