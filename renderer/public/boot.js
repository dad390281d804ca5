// The first thing the page runs (index.html, before the app's bundle): it asks for the working
// data — and for the map's boundaries when the map is the first view — so they travel while the
// bundle loads. The app takes the pending requests (renderer/boot-prefetch.ts), which reads the
// replies as every call does. A plain script, not bundled: a bundled module would run only after
// the whole bundle has loaded. In Electron the preload's `window.atlas` answers, as for any call.
'use strict';
(function () {
  // The body is read as it arrives, not when the app takes the request: a body nobody reads
  // stops travelling once the browser's buffer is full, so the data would wait for the bundle
  // to load and run. The app gets a Response of the same status over the buffered bytes.
  function buffered(res) {
    return res.arrayBuffer().then(function (body) {
      return new Response(body, { status: res.status, statusText: res.statusText });
    });
  }
  function ask(method) {
    var request = window.atlas
      ? { value: window.atlas[method]() }
      : {
          response: fetch('/api/' + method, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '[]',
          }).then(buffered),
        };
    // Whoever takes the request handles its failure; none is reported as unhandled meanwhile.
    (request.value || request.response).catch(function () {});
    return request;
  }
  window.atlasBoot = {
    getWorkingData: ask('getWorkingData'),
    getBoundaries: /^#\/map\b/.test(location.hash) ? ask('getBoundaries') : null,
  };
})();
