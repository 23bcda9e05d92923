import type Browser from 'webextension-polyfill';

// Extension pages (popup, options, reader) call the promise-based Manifest V3 APIs directly:
// Firefox's `browser` and Chromium's `chrome` both return promises for everything these pages
// use. webextension-polyfill stays in the background, where a message listener answers with a
// promise (Chromium's `chrome` does not); here it would only add ~3 kB gzip to the popup's
// size budget (scripts/size.mjs). Typed with the polyfill's types; unit tests alias this module to the mock.
type Scope = { browser?: Browser.Browser; chrome?: Browser.Browser };

const scope = globalThis as unknown as Scope;
const browser: Browser.Browser = (scope.browser?.runtime ? scope.browser : scope.chrome) as Browser.Browser;

export default browser;
