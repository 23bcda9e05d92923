// @ts-check
// The measurement tools' one way into a real browser: the built extension in Debian's Chromium,
// a local server for the pages, and where the build is. The same harness the browser tests use
// (tests/browser/harness), gathered here so a tool imports one module.
export { launchChromium, pinnedToolbarPreferences, sleep } from '../tests/browser/harness/chromium.mjs';
export { distDir, ROOT } from '../tests/browser/harness/paths.mjs';
export { startServer } from '../tests/browser/harness/server.mjs';

/** @typedef {import('../tests/browser/harness/chromium.mjs').ChromiumSession} ChromiumSession */
