/** The hide-rules script as the build emits it (vite.content.config.ts); the background registers it. */
export const HIDE_RULES_FILE = 'hide-rules.js';

/** The picker as the build emits it; injected from the root so Firefox and Chromium both find it (see content-script-file.ts). */
export const PICKER_PATH = '/picker.js';
