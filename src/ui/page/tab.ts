import browser from '../../shared/extension-api';

/** The tab the popup is about: `?tab=<id>` when given (tests open the popup in a tab), else the active tab. */
export async function resolveTabId(search: string = location.search): Promise<number> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (Number.isInteger(id) && id >= 0) return id;
    throw new Error(`Bad tab id in the page address: ${param}`);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new NoTabError();
  return tab.id;
}

export class NoTabError extends Error {
  constructor() {
    super('No page is open in this window.');
    this.name = 'NoTabError';
  }
}

/** The tab's URL when the browser tells us (activeTab or host permission); undefined otherwise. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
