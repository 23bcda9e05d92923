import { installFallbackWindow } from '../core/sanitize';

// Node only: a jsdom window for the sanitize module, where there is no browser window and the
// page's own DOM (linkedom) cannot run DOMPurify. The library and CLI entries install it; the
// extension's pages and content script never do (they sanitize in the browser).
// jsdom is loaded through Node's own module loader when it exists, so the library still loads
// in a browser, where this installs nothing that would ever be used.

export function installNodePurifier(): void {
  installFallbackWindow(() => {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const moduleApi = proc?.getBuiltinModule?.('module') as { createRequire: (from: string) => (id: string) => unknown } | undefined;
    if (!moduleApi) return null;
    const requireFromHere = moduleApi.createRequire(import.meta.url);
    const { JSDOM } = requireFromHere('jsdom') as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };
    return new JSDOM('<!DOCTYPE html>').window;
  });
}
