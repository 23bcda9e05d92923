// Paints extension pages in the reader's last theme before anything else loads: a classic
// (blocking) script from the extension's own origin, run in <head> before the first paint, so a
// dark-theme reader never flashes white. The extension CSP forbids inline script, hence a file.
// It only copies allow-listed values from the cache that src/ui/reader-look.ts writes; the
// modules re-apply the validated settings once storage answers.
(function () {
  var root = document.documentElement;
  var look;
  try {
    look = JSON.parse(localStorage.getItem('broadsheet:reader-look') || 'null');
  } catch (error) {
    look = null;
  }
  if (!look || typeof look !== 'object') return;
  var pick = function (value, allowed) {
    return allowed.indexOf(value) >= 0 ? value : null;
  };
  var theme = pick(look.theme, ['system', 'light', 'dark', 'sepia']);
  var font = pick(look.font, ['serif', 'sans', 'system', 'dyslexic']);
  var width = pick(look.width, ['narrow', 'medium', 'wide']);
  var align = pick(look.align, ['start', 'justify']);
  if (theme) root.setAttribute('data-theme', theme);
  if (font) root.setAttribute('data-font', font);
  if (width) root.setAttribute('data-width', width);
  if (align) root.setAttribute('data-align', align);
  if (typeof look.fontSize === 'number' && look.fontSize >= 14 && look.fontSize <= 28) {
    root.style.setProperty('--bs-font-size', look.fontSize + 'px');
  }
  if (typeof look.lineHeight === 'number' && look.lineHeight >= 1.2 && look.lineHeight <= 2.2) {
    root.style.setProperty('--bs-line-height', String(look.lineHeight));
  }
})();
