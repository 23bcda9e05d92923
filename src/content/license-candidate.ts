/**
 * A body child that may be a license bar: a theme's div.theme-notice, or any vendor's fixed bar
 * (themes/plugins.ts LICENSE_BAR). A cheap test before asking whether the page is a theme page.
 */
export function addsLicenseBarCandidate(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    const nodes = record.addedNodes;
    for (let index = 0; index < nodes.length; index += 1) {
      const node = nodes[index];
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.classList.contains('theme-notice') || /fixed/i.test(element.getAttribute('style') ?? '')) return true;
    }
  }
  return false;
}
