/** The content script as the build emits it; the background registers it for auto-clean. */
export const CONTENT_SCRIPT_FILE = 'content.js';

/**
 * The same file for scripting.executeScript from an extension page (the popup, the reader tab).
 * Firefox resolves a relative path there against the calling page (src/popup/content.js:
 * "Unable to load script", reported in the result, not thrown), Chromium against the
 * extension's root; from the root, both find it.
 */
export const CONTENT_SCRIPT_PATH = `/${CONTENT_SCRIPT_FILE}`;
