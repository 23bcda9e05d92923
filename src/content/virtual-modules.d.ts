// Provided by vite.content.config.ts: page-cleaner.ts bundled as the body of a function, so
// the content script evaluates it only when called (see main.ts).
declare module 'virtual:broadsheet-page-cleaner' {
  export function loadPageCleaner(): typeof import('./page-cleaner');
}

// Provided by vite.content.config.ts: themeEvidenceSelector(THEMES) and
// themeWrapperSelector(THEMES), computed at build time (core/theme-evidence.ts).
declare module 'virtual:broadsheet-theme-evidence' {
  export const THEME_EVIDENCE: string;
  export const THEME_WRAPPERS: string;
}
