// The picker's look, inside its closed shadow root: page CSS cannot reach in, and `all: initial`
// on the host stops the page's inherited styles (font, colour, direction) at the door.

/** The host's inline style: !important in a style attribute beats every page rule, layered or not. */
export const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0',
  'z-index: 2147483647',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: auto',
  'cursor: crosshair',
  'contain: strict',
  'transform: none',
  'filter: none',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

export const SHADOW_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.pane { position: fixed; inset: 0; outline: none; font: 13px/1.4 system-ui, sans-serif; color: #111; }
.box { position: fixed; pointer-events: none; border: 2px solid #1a56db; background: rgba(26, 86, 219, 0.14);
  box-shadow: 0 0 0 1px #fff; border-radius: 2px; }
.label { position: fixed; pointer-events: none; max-width: min(90vw, 640px); padding: 3px 8px; border-radius: 4px;
  background: #1e293b; color: #fff; font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; unicode-bidi: plaintext; }
.label b { color: #93c5fd; font-weight: 600; }
.hint { position: fixed; inset-inline: 0; bottom: 12px; margin: 0 auto; width: max-content; max-width: 94vw; padding: 6px 12px;
  border-radius: 6px; background: #1e293b; color: #fff; pointer-events: none; }
.panel { position: fixed; inset-inline-end: 16px; top: 16px; width: min(360px, 92vw); padding: 14px 16px; border-radius: 8px;
  background: #fff; color: #111; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.3); border: 1px solid #cbd5e1; cursor: auto; }
.panel.low { top: auto; bottom: 16px; }
.panel h2 { margin: 0 0 6px; font-size: 15px; font-weight: 600; }
.panel p { margin: 0 0 8px; }
.panel code { display: block; margin: 0 0 10px; padding: 4px 6px; background: #f1f5f9; border-radius: 4px; color: #0f172a;
  font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; direction: ltr; text-align: left; }
.panel .error { color: #b91c1c; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #94a3b8; background: #fff; color: #111; cursor: pointer; }
button.primary { background: #1a56db; border-color: #1a56db; color: #fff; }
button:disabled { opacity: 0.5; cursor: default; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
[hidden] { display: none !important; }
`;
