// @ts-check
// The element picker as a test sees it. Its UI lives in a closed shadow root, out of reach of
// the page's scripts and of Playwright's selectors; Chromium's DevTools protocol still shows it
// (DOM.getDocument with pierce), as it shows it to a user in the inspector.

/**
 * @typedef {{ nodeName: string, localName?: string, nodeValue?: string, attributes?: string[],
 *   children?: DomNode[], shadowRoots?: DomNode[] }} DomNode
 * @typedef {{
 *   open: boolean, label?: { name: string, matches: number }, live: string,
 *   panel?: { hidden: boolean, title: string, count: string, selector: string, error: string, saveDisabled: boolean, low: boolean },
 * }} PickerState
 */

/**
 * @param {import('playwright-core').Page} page
 * @returns {Promise<PickerState>}
 */
export async function pickerState(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = /** @type {{ root: DomNode }} */ (await cdp.send('DOM.getDocument', { depth: -1, pierce: true }));
    const host = find(root, (node) => node.localName === 'broadsheet-picker');
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) return { open: false, live: '' };
    const byClass = (/** @type {string} */ name) => find(shadow, (node) => (attribute(node, 'class') ?? '').split(' ').includes(name));
    const label = byClass('label');
    const panel = byClass('panel');
    const part = (/** @type {string} */ tag) => (panel ? find(panel, (node) => node.localName === tag) : undefined);
    const buttons = panel ? all(panel, (node) => node.localName === 'button') : [];
    return {
      open: true,
      label: label ? { name: attribute(label, 'data-name') ?? '', matches: Number(attribute(label, 'data-matches')) } : undefined,
      live: text(find(shadow, (node) => attribute(node, 'role') === 'status')),
      panel: panel && {
        hidden: attribute(panel, 'hidden') !== undefined,
        title: text(part('h2')),
        count: text(part('p')),
        selector: text(part('code')),
        error: text(find(panel, (node) => attribute(node, 'class') === 'error')),
        low: (attribute(panel, 'class') ?? '').split(' ').includes('low'),
        saveDisabled: buttons.some((button) => attribute(button, 'class') === 'primary' && attribute(button, 'disabled') !== undefined),
      },
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** @param {DomNode | undefined} node @param {string} name */
function attribute(node, name) {
  const list = node?.attributes ?? [];
  for (let index = 0; index < list.length; index += 2) if (list[index] === name) return list[index + 1];
  return undefined;
}

/** @param {DomNode} node @returns {DomNode[]} */
function kids(node) {
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])];
}

/** @param {DomNode} node @param {(node: DomNode) => boolean} accept @returns {DomNode | undefined} */
function find(node, accept) {
  if (accept(node)) return node;
  for (const child of kids(node)) {
    const found = find(child, accept);
    if (found) return found;
  }
  return undefined;
}

/** @param {DomNode} node @param {(node: DomNode) => boolean} accept @returns {DomNode[]} */
function all(node, accept) {
  return [...(accept(node) ? [node] : []), ...kids(node).flatMap((child) => all(child, accept))];
}

/** @param {DomNode | undefined} node @returns {string} */
function text(node) {
  if (!node) return '';
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return kids(node).map(text).join('');
}
