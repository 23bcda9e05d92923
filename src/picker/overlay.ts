import { HOST_STYLE, SHADOW_CSS } from './overlay-style';

// The picker's elements: one host element at the end of <html> with a closed shadow root (the
// page's scripts cannot reach in, its CSS cannot style it) holding a glass pane that takes the
// pointer (the page sees no hover or click while picking, pointer-events or not), the outline
// box, its label, a hint, a live region for screen readers, and the confirm panel. Built with
// DOM calls: no markup is parsed.

export interface Overlay {
  host: HTMLElement;
  pane: HTMLElement;
  box: HTMLElement;
  label: HTMLElement;
  hint: HTMLElement;
  live: HTMLElement;
  panel: {
    root: HTMLElement;
    title: HTMLElement;
    count: HTMLElement;
    selector: HTMLElement;
    error: HTMLElement;
    save: HTMLButtonElement;
    cancel: HTMLButtonElement;
  };
}

export function createOverlay(document: Document, texts: { region: string; save: string; cancel: string; dir: 'ltr' | 'rtl' }): Overlay {
  const host = document.createElement('broadsheet-picker');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  };
  make('style', '', shadow).textContent = SHADOW_CSS;
  const pane = make('div', 'pane', shadow);
  pane.tabIndex = -1;
  pane.dir = texts.dir;
  pane.setAttribute('role', 'application');
  pane.setAttribute('aria-label', texts.region);
  const box = make('div', 'box', pane);
  const label = make('div', 'label', pane);
  label.setAttribute('aria-hidden', 'true');
  const hint = make('div', 'hint', pane);
  hint.setAttribute('aria-hidden', 'true');
  const live = make('div', 'sr', pane);
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const root = make('div', 'panel', pane);
  root.hidden = true;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  const title = make('h2', '', root);
  title.id = 'broadsheet-picker-title';
  root.setAttribute('aria-labelledby', title.id);
  const count = make('p', '', root);
  const selector = make('code', '', root);
  const error = make('p', 'error', root);
  error.setAttribute('role', 'alert');
  const actions = make('div', 'actions', root);
  const cancel = make('button', '', actions);
  cancel.type = 'button';
  cancel.textContent = texts.cancel;
  const save = make('button', 'primary', actions);
  save.type = 'button';
  save.textContent = texts.save;
  return { host, pane, box, label, hint, live, panel: { root, title, count, selector, error, save, cancel } };
}

/** The outline box and its label over `box` (viewport coordinates), the label kept on screen. */
export function placeOutline(overlay: Overlay, box: DOMRect, viewport: { width: number; height: number }): void {
  Object.assign(overlay.box.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
  const above = box.top >= 26;
  const top = above ? box.top - 26 : Math.min(box.bottom + 4, viewport.height - 26);
  const left = Math.max(0, Math.min(box.left, viewport.width - 240));
  Object.assign(overlay.label.style, { left: `${left}px`, top: `${Math.max(0, top)}px` });
}
