import { robustSelector } from '../core/robust-selector';
import { applyUserHiding } from '../content/user-hiding';
import { plural, t } from '../shared/i18n';
import type { PickerMode } from '../shared/picker-mode';
import { hostnameOfPage } from '../shared/settings-hosts';
import type { SiteRules } from '../shared/settings-defaults';
import { boxSize, elementName } from './describe';
import { createOverlay, placeOutline, type Overlay } from './overlay';
import { currentRules, judgeRule, saveRule } from './save-rule';
import { deepestAt, pickable, startElement, TargetWalk } from './walk';

// The element picker on the page: the element under the pointer (or reached with the arrow
// keys) is outlined and named with the selector's match count; ArrowUp or the wheel up widens,
// ArrowDown or the wheel down narrows, ArrowLeft/Right move to the neighbours, a click or
// Enter chooses, Escape leaves and takes every trace away. After a choice, a confirm panel
// says what the rule does; Save stores it for the site and, for a hide rule, hides its
// matches at once. Nothing here may throw into the page: every handler is guarded.

/** The confirm panel's corner, in CSS pixels (its width and some margin). */
const PANEL_SPAN = 400;

export interface PickerHandle {
  close(): void;
}

export function openPicker(document: Document, mode: PickerMode): PickerHandle | null {
  const hostname = hostnameOfPage(location.href);
  if (!hostname || !document.body || !document.documentElement) return null;
  const overlay = createOverlay(document, {
    region: t(mode === 'hide' ? 'picker_region_hide' : 'picker_region_article'),
    save: t('picker_save'),
    cancel: t('picker_cancel'),
    dir: uiDirection(),
  });
  const start = startElement(document, overlay.host);
  if (!start) return null;
  const walk = new TargetWalk(start, overlay.host);
  const focusBefore = document.activeElement as HTMLElement | null;
  let rules: SiteRules = { hide: [] };
  let choice: { element: Element; selector: string } | null = null;
  let closed = false;
  let frame = 0;

  const guard =
    <A extends unknown[]>(work: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (!closed) work(...args);
      } catch {
        close();
      }
    };

  /** The element at a point, under the picker's own pane (pointer-events or not: see deepestAt). */
  const elementAt = (x: number, y: number): Element | null => {
    const hit = document.elementsFromPoint(x, y).find((element) => pickable(element, overlay.host));
    return hit ? deepestAt(hit, x, y, overlay.host) : null;
  };

  const proposed = (element: Element) => {
    const selector = robustSelector(element);
    return { selector, matches: selector ? document.querySelectorAll(selector).length : 0 };
  };

  const show = (announce: boolean) => {
    if (!walk.current.isConnected) {
      const again = startElement(document, overlay.host);
      if (!again) return close();
      walk.set(again);
    }
    if (!overlay.host.isConnected) document.documentElement.appendChild(overlay.host);
    const element = walk.current;
    const box = element.getBoundingClientRect();
    placeOutline(overlay, box, { width: innerWidth, height: innerHeight });
    const { matches } = proposed(element);
    const name = elementName(element);
    overlay.label.textContent = '';
    const strong = document.createElement('b');
    strong.textContent = name;
    overlay.label.append(strong, ` ${boxSize(box)} · ${plural('picker_label_matches', matches)}`);
    overlay.label.dataset.name = name;
    overlay.label.dataset.matches = String(matches);
    if (announce) overlay.live.textContent = `${name}, ${boxSize(box)}, ${plural('picker_label_matches', matches)}`;
  };

  const refresh = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!closed && !choice) guard(show)(false);
    });
  };

  const choose = (element: Element) => {
    const selector = robustSelector(element);
    if (!selector) return;
    choice = { element, selector };
    const verdict = judgeRule(document, mode, selector, rules);
    const { panel } = overlay;
    panel.title.textContent = t(mode === 'hide' ? 'picker_hide_title' : 'picker_article_title', hostname);
    panel.count.textContent = mode === 'hide' && verdict.ok ? plural('picker_hide_count', verdict.matches) : mode === 'article' ? t('picker_article_hint') : '';
    panel.selector.textContent = selector;
    panel.error.textContent = verdict.ok ? '' : verdict.reason;
    panel.save.disabled = !verdict.ok;
    // Out of the way of the chosen element: at the bottom when it sits in the top corner.
    const box = element.getBoundingClientRect();
    const underPanel = uiDirection() === 'rtl' ? box.left < PANEL_SPAN : box.right > innerWidth - PANEL_SPAN;
    panel.root.classList.toggle('low', underPanel && box.top < PANEL_SPAN / 2 && box.bottom > 0);
    panel.root.hidden = false;
    overlay.hint.hidden = true;
    overlay.pane.style.cursor = 'auto';
    (verdict.ok ? panel.save : panel.cancel).focus();
  };

  const backToPicking = () => {
    choice = null;
    overlay.panel.root.hidden = true;
    overlay.hint.hidden = false;
    overlay.pane.style.cursor = '';
    overlay.pane.focus();
    show(true);
  };

  const save = async () => {
    if (!choice) return;
    const { selector } = choice;
    overlay.panel.save.disabled = true;
    try {
      const saved = await saveRule(hostname, mode, selector);
      if (mode === 'hide') applyUserHiding(document, saved.hide);
      close();
    } catch (error) {
      overlay.panel.error.textContent = t('status_save_failed', error instanceof Error ? error.message : String(error));
      overlay.panel.save.disabled = false;
    }
  };

  const onKey = guard((event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      stop(event);
      close();
      return;
    }
    if (choice) {
      // The panel is modal: Tab cycles through its enabled buttons; Enter and Space press them.
      if (event.key === 'Tab') {
        stop(event);
        const buttons = [overlay.panel.cancel, overlay.panel.save].filter((button) => !button.disabled);
        const at = buttons.findIndex((button) => button.matches(':focus'));
        buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
      }
      return;
    }
    const moves: Record<string, () => boolean> = {
      ArrowUp: () => walk.wider(),
      ArrowDown: () => walk.narrower(),
      ArrowLeft: () => walk.sibling(uiDirection() === 'rtl'),
      ArrowRight: () => walk.sibling(uiDirection() !== 'rtl'),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      stop(event);
      choose(walk.current);
    } else if (Object.hasOwn(moves, event.key)) {
      stop(event);
      if (moves[event.key]()) {
        walk.current.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
        show(true);
      }
    } else if (event.target === overlay.host && event.key !== 'Tab') {
      stop(event);
    }
  });

  const onPointerMove = guard((event: PointerEvent) => {
    if (choice) return;
    const element = elementAt(event.clientX, event.clientY);
    if (element && element !== walk.current) {
      walk.set(element);
      refresh();
    }
  });

  const onClick = guard((event: MouseEvent) => {
    if (choice) return;
    stop(event);
    const element = elementAt(event.clientX, event.clientY) ?? walk.current;
    walk.set(element);
    show(false);
    choose(element);
  });

  const onWheel = guard((event: WheelEvent) => {
    stop(event);
    if (choice || event.deltaY === 0) return;
    if (event.deltaY < 0 ? walk.wider() : walk.narrower()) show(true);
  });

  const swallow = (event: Event) => {
    if (!choice) stop(event);
  };

  function close(): void {
    if (closed) return;
    closed = true;
    if (frame) cancelAnimationFrame(frame);
    removeEventListener('keydown', onKey, true);
    removeEventListener('scroll', refresh, true);
    removeEventListener('resize', refresh);
    overlay.host.remove();
    try {
      focusBefore?.focus?.({ preventScroll: true });
    } catch {
      // The element may be gone.
    }
  }

  overlay.pane.addEventListener('pointermove', onPointerMove);
  overlay.pane.addEventListener('click', onClick);
  overlay.pane.addEventListener('wheel', onWheel, { passive: false });
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'contextmenu', 'auxclick']) overlay.pane.addEventListener(type, swallow);
  overlay.panel.root.addEventListener('click', (event) => event.stopPropagation());
  overlay.panel.save.addEventListener(
    'click',
    guard(() => void save()),
  );
  overlay.panel.cancel.addEventListener('click', guard(backToPicking));
  addEventListener('keydown', onKey, true);
  addEventListener('scroll', refresh, { capture: true, passive: true });
  addEventListener('resize', refresh, { passive: true });

  overlay.hint.textContent = t('picker_hint');
  document.documentElement.appendChild(overlay.host);
  overlay.pane.focus();
  show(false);
  overlay.live.textContent = `${t(mode === 'hide' ? 'picker_start_hide' : 'picker_start_article')} ${overlay.live.textContent}`;
  // Rules as stored now: the check before saving sees the article as the reader does.
  void currentRules(hostname).then(
    (stored) => {
      rules = stored;
    },
    () => undefined,
  );
  return { close };
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function uiDirection(): 'ltr' | 'rtl' {
  return t('ui_dir') === 'rtl' ? 'rtl' : 'ltr';
}
