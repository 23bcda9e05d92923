/** The content script as the build emits it; the popup injects it on demand. */
export const CONTENT_SCRIPT_FILE = 'content.js';
