// @ts-check
// Screenshots land in artifacts/screenshots/ (git-ignored) so people can look at them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ARTIFACTS } from './paths.mjs';

export const SCREENSHOTS = resolve(ARTIFACTS, 'screenshots');

/**
 * Path for a screenshot name (".png" added), creating the folder.
 * @param {string} name
 */
export function screenshotPath(name) {
  const file = resolve(SCREENSHOTS, name.endsWith('.png') ? name : `${name}.png`);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/**
 * Writes PNG bytes under artifacts/screenshots/ and returns the path.
 * @param {string} name
 * @param {Uint8Array} png
 */
export function saveScreenshot(name, png) {
  const file = screenshotPath(name);
  writeFileSync(file, png);
  return file;
}
