// The static demo's side of the page, linked with --js-library into muqeem-demo only: its database's
// IndexedDB (Emscripten's IDBFS, for demo_storage.cpp), how it started, and window.muqeem.demo.fetch,
// a door to the in-page portal for tests (demo_transport.cpp). A JavaScript file (not EM_JS) so it
// needs no eval under a Content-Security-Policy.
mergeInto(LibraryManager.library, {
  muqeem_js_demo_load__deps: ['$FS', '$IDBFS'],
  muqeem_js_demo_load: function (folder) {
    const path = UTF8ToString(folder);
    try {
      if (!FS.analyzePath(path).exists) FS.mkdir(path);
      FS.mount(IDBFS, {}, path);
    } catch (error) {
      console.warn('muqeem demo: IndexedDB is not available; nothing will be kept', error);
      _muqeem_demo_loaded(0);
      return;
    }
    FS.syncfs(true, function (error) {
      if (error) console.warn('muqeem demo: could not read IndexedDB; starting afresh', error);
      _muqeem_demo_loaded(error ? 0 : 1);
    });
  },

  muqeem_js_demo_save__deps: ['$FS'],
  muqeem_js_demo_save: function () {
    FS.syncfs(false, function (error) {
      if (error) console.warn('muqeem demo: could not save to IndexedDB', error);
      const demo = window.muqeem.demo || (window.muqeem.demo = {});
      demo.saves = (demo.saves || 0) + 1;
      _muqeem_demo_saved(error ? 0 : 1);
    });
  },

  // Where this copy of the demo is (origin and folder): what its printed QR codes point at.
  muqeem_js_demo_page_url: function () {
    return allocateUTF8(window.location.origin + window.location.pathname.replace(/\/[^/]*$/, ''));
  },

  // How the demo started, for tests and for measuring: whether it seeded a fresh database, and how
  // long opening (and seeding) took.
  muqeem_js_demo_started: function (seeded, milliseconds) {
    const demo = window.muqeem.demo || (window.muqeem.demo = {});
    demo.seeded = !!seeded;
    demo.startMs = milliseconds;
  },

  // window.muqeem.demo.fetch(path, { method, headers, data }) → { status, headers, body }: a request
  // to the in-page portal, as the app sends them (through the router, saved before the answer), for
  // tests that need what the officer cannot see, like the balance before and after a renewal.
  muqeem_js_demo_open_door: function () {
    const demo = window.muqeem.demo || (window.muqeem.demo = {});
    const pending = new Map();
    let next = 1;
    demo.answer = function (id, status, headers, body) {
      const resolve = pending.get(id);
      pending.delete(id);
      resolve({ status: status, headers: JSON.parse(headers), body: body });
    };
    demo.fetch = function (path, options) {
      const request = options || {};
      const id = next++;
      const data = request.data === undefined ? '' :
        typeof request.data === 'string' ? request.data : JSON.stringify(request.data);
      const headers = Object.assign(data && typeof request.data !== 'string' ? { 'Content-Type': 'application/json' } : {},
        request.headers || {});
      return new Promise(function (resolve) {
        pending.set(id, resolve);
        ccall('muqeem_demo_request', null, ['number', 'string', 'string', 'string', 'string'],
          [id, request.method || 'GET', path, JSON.stringify(headers), data]);
      });
    };
  },

  muqeem_js_demo_answer: function (id, status, headers, body) {
    window.muqeem.demo.answer(id, status, UTF8ToString(headers), UTF8ToString(body));
  },
});
