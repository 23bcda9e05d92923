// @ts-check
// Paths shared by the browser tests and scripts/demo.mjs.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export { FIXTURES_DIR as FIXTURES } from '../../helpers/fixture-files.mjs';
export const ARTIFACTS = resolve(ROOT, 'artifacts');

/**
 * The built extension for a browser. BROADSHEET_DIST may point at another dist root (a
 * private build); by default it is the repository's dist/ written by `npm run build`.
 * @param {'chrome' | 'firefox'} browser
 */
export function distDir(browser) {
  const root = process.env.BROADSHEET_DIST ? resolve(process.env.BROADSHEET_DIST) : resolve(ROOT, 'dist');
  const dir = resolve(root, browser);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` first`);
  }
  return dir;
}

/** The gecko id of the Firefox build. */
export { GECKO_ID } from '../../../scripts/manifest-for.mjs';
/** Pinned moz-extension:// origin of the Firefox build in tests. */
export const FIREFOX_UUID = '7b1d6a1e-5c3f-4e8a-9d2b-b0ad5bee7000';
