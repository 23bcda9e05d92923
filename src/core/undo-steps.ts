import type { ClutterKind } from './types';

// How cleaning takes an element away and puts it back: detached (the library, and the live
// page for license bars) or hidden with an attribute that finds it again ("Show original").

/** Marks an element Broadsheet hid, so it can be found and shown again. */
export const HIDDEN_ATTRIBUTE = 'data-broadsheet-hidden';

export interface UndoStep {
  undo(): void;
}

export function isHandled(element: Element): boolean {
  return !element.isConnected || element.hasAttribute(HIDDEN_ATTRIBUTE);
}

export function detach(element: Element): UndoStep {
  const parent = element.parentNode;
  const next = element.nextSibling;
  element.remove();
  return {
    undo: () => {
      if (!parent) return;
      parent.insertBefore(element, next && next.parentNode === parent ? next : null);
    },
  };
}

export function hide(element: Element): UndoStep {
  const previousStyle = element.getAttribute('style');
  const style = (element as HTMLElement).style;
  element.setAttribute(HIDDEN_ATTRIBUTE, '');
  if (style && typeof style.setProperty === 'function') style.setProperty('display', 'none', 'important');
  else element.setAttribute('style', `${previousStyle ?? ''};display:none!important`);
  return {
    undo: () => {
      element.removeAttribute(HIDDEN_ATTRIBUTE);
      if (previousStyle === null) element.removeAttribute('style');
      else element.setAttribute('style', previousStyle);
    },
  };
}

export function undoWhere(steps: Array<{ kind: ClutterKind; step: UndoStep }>, pick: (kind: ClutterKind) => boolean): void {
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const entry = steps[index];
    if (!pick(entry.kind)) continue;
    try {
      entry.step.undo();
    } catch {
      // A page script may have moved the node; restoring the rest still matters.
    }
    steps.splice(index, 1);
  }
}
