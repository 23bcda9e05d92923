// Turns a failure to read the tab into one sentence a reader understands.

const BROWSER_PAGE = /^(?:chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|resource):/i;
const STORE_PAGE = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\//i;

export function describeReadError(error: unknown, pageUrl?: string): string {
  if (pageUrl) {
    const scheme = pageUrl.split(':')[0].toLowerCase();
    if (BROWSER_PAGE.test(pageUrl)) {
      return `This is one of the browser's own pages (${scheme}:). Browsers don't let extensions read them.`;
    }
    if (STORE_PAGE.test(pageUrl)) return "The browser's extension store can't be read by extensions.";
    if (scheme === 'file') {
      return 'This is a file on your computer. To read local files, allow "Access to file URLs" for Broadsheet on the browser\'s extensions page.';
    }
    if (/\.pdf(?:[?#]|$)/i.test(pageUrl)) return "This is a PDF, shown by the browser's own viewer, which extensions can't read.";
  }
  const text = error instanceof Error ? error.message : String(error ?? '');
  if (/chrome:\/\/|about:|edge:\/\/|moz-extension:|chrome-extension:/i.test(text)) {
    return "This is one of the browser's own pages. Browsers don't let extensions read them.";
  }
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|permission/i.test(text)) {
    return "The browser doesn't allow extensions to read this page.";
  }
  if (/no page is open|no tab/i.test(text)) return 'No page is open in this tab.';
  return text ? `Something went wrong while reading the page: ${text}` : 'Something went wrong while reading the page.';
}
