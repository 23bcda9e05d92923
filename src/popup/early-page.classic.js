// Popup only (built into popup-early.js, vite.popup.config.ts): asks the tab for its page from
// <head>, before popup.js has loaded, so the answer travels meanwhile. Raw answer only;
// src/ui/page/read-page.ts checks it (or takes the full path).
// Where no content script answers (a page auto-clean does not clean, a site it is off for, a
// tab loaded before install), injects one in on-demand mode and asks again, as the full path in
// src/ui/page/snapshot.ts does, but while popup.js is still loading. The two names below are
// src/shared/world-flags.ts's WORLD_FLAG.onDemand and src/shared/content-script-file.ts's
// CONTENT_SCRIPT_PATH (tests/unit/popup-early-page.test.tsx checks that they still are).
(function (api) {
  if (!api || !api.tabs) return;
  var ON_DEMAND_FLAG = 'broadsheet.onDemand';
  var CONTENT_SCRIPT_PATH = '/content.js';
  var tab = new URLSearchParams(location.search).get('tab');
  function ask(id) {
    return api.tabs.sendMessage(id, { type: 'page:snapshot', payload: {} });
  }
  function injectAndAsk(id) {
    if (!api.scripting) return Promise.reject(new Error('no scripting'));
    return api.scripting
      .executeScript({
        target: { tabId: id },
        // Runs in the page's isolated world, serialised: it can use nothing but its argument.
        func: function (flag) {
          globalThis[Symbol.for(flag)] = true;
        },
        args: [ON_DEMAND_FLAG],
      })
      .then(function () {
        return api.scripting.executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT_PATH] });
      })
      .then(function () {
        return ask(id);
      });
  }
  globalThis.__broadsheetEarlyPage = (tab !== null ? Promise.resolve([{ id: Number(tab) }]) : api.tabs.query({ active: true, currentWindow: true }))
    .then(function (tabs) {
      var id = tabs[0] && tabs[0].id;
      if (!Number.isInteger(id) || id < 0) return null;
      return ask(id)
        .catch(function () {
          return injectAndAsk(id);
        })
        .then(
          function (answer) { return { tabId: id, answer: answer }; },
          function () { return { tabId: id, answer: null }; },
        );
    })
    .catch(function () { return null; });
})(globalThis.browser && globalThis.browser.runtime ? globalThis.browser : globalThis.chrome);
