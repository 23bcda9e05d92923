// Popup only (built into popup-early.js, vite.popup.config.ts): asks the tab for its page from
// <head>, before popup.js has loaded, so the answer travels meanwhile. Raw answer only;
// src/ui/page/read-page.ts checks it (or takes the full path).
(function (api) {
  if (!api || !api.tabs) return;
  var tab = new URLSearchParams(location.search).get('tab');
  globalThis.__broadsheetEarlyPage = (tab !== null ? Promise.resolve([{ id: Number(tab) }]) : api.tabs.query({ active: true, currentWindow: true }))
    .then(function (tabs) {
      var id = tabs[0] && tabs[0].id;
      if (!Number.isInteger(id) || id < 0) return null;
      return api.tabs.sendMessage(id, { type: 'page:snapshot', payload: {} }).then(
        function (answer) { return { tabId: id, answer: answer }; },
        function () { return { tabId: id, answer: null }; },
      );
    })
    .catch(function () { return null; });
})(globalThis.browser && globalThis.browser.runtime ? globalThis.browser : globalThis.chrome);
