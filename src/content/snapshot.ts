import type { CleanReport } from '../core/types';
import type { PageSnapshot } from '../shared/messages';

/** The live page as the popup needs it. Reading outerHTML is safe; the popup parses it inertly. */
export function takeSnapshot(document: Document, cleanReport: CleanReport | null): PageSnapshot {
  const root = document.documentElement;
  const isHtml = root !== null && root.namespaceURI === 'http://www.w3.org/1999/xhtml';
  return {
    url: document.location?.href ?? '',
    html: isHtml ? root.outerHTML : '',
    cleanReport,
  };
}
