// The C++ side's calls into the page, declared in page_bridge.cpp and linked with --js-library.
// Kept in a JavaScript file (not EM_JS) so it is formatted and linted as JavaScript, and needs no
// eval: the page runs under a strict Content-Security-Policy.
mergeInto(LibraryManager.library, {
  // The first frame is on screen (renderer.js drew it): the page takes it over. The app draws
  // nothing more until then: the first tree, the one the page takes over with, is the first frame's
  // (its focus, the early form's). Two short tasks rather than one long one: the overlay mirrors the
  // first tree (the most DOM it ever builds at once); then the loading screen and the early sign-in
  // go and the service worker is registered. The early form's fields are read-only from the
  // take-over on, so nothing typed in between is lost.
  muqeem_js_ready: function () {
    Module.muqeemRenderer.firstFrame.then(function () {
      setTimeout(function () {
        window.dispatchEvent(new CustomEvent('muqeem:semantics'));
        setTimeout(function () {
          window.muqeem.ready = true;
          window.muqeem.firstFrameMs = performance.now();
          performance.mark('muqeem:ready');  // for measurements (make lighthouse checks the app started)
          window.dispatchEvent(new CustomEvent('muqeem:ready'));
          _muqeem_first_frame_shown();
        }, 0);
      }, 0);
    });
  },

  // The stream's bytes are copied out of the wasm's memory and handed over whole (transferred to the
  // renderer's worker, never copied again); the C++ side zeroes its own copy.
  muqeem_js_draw: function (bytes, length) {
    Module.muqeemRenderer.draw(HEAPU8.slice(bytes, bytes + length).buffer);
  },

  muqeem_js_semantics: function (json) {
    window.muqeem.semantics = JSON.parse(UTF8ToString(json));
    if (window.muqeem.ready) window.dispatchEvent(new CustomEvent('muqeem:semantics'));  // else at the take-over
  },

  muqeem_js_fatal: function (reason) {
    window.dispatchEvent(new CustomEvent('muqeem:fatal', { detail: UTF8ToString(reason) }));
  },

  // Moving the window to a screen of another density changes devicePixelRatio without resizing the
  // window; a media query on the current ratio notices, and a synthetic resize redraws at the new one.
  muqeem_js_watch_pixel_ratio: function () {
    function watch() {
      const query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      query.addEventListener('change', function () {
        window.dispatchEvent(new Event('resize'));
        watch();
      }, { once: true });
    }
    watch();
  },

  // Kiosk mode (shell/loader.js fetched kiosk.json beside the site, and read ?kiosk=1).
  muqeem_js_kiosk_json_size: function () {
    return lengthBytesUTF8(window.muqeem.kioskJson || '') + 1;
  },

  muqeem_js_kiosk_json: function (buffer, capacity) {
    stringToUTF8(window.muqeem.kioskJson || '', buffer, capacity);
  },

  muqeem_js_kiosk_asked: function () {
    return window.muqeem.kioskAsked ? 1 : 0;
  },

  // A kiosk reset: what the page keeps for the app goes too (the language in localStorage, anything in
  // sessionStorage), and the clipboard, which may hold a request number the last person copied.
  muqeem_js_kiosk_reset: function () {
    try {
      window.localStorage.clear();
      window.sessionStorage.clear();
    } catch (error) {
      // Storage switched off: nothing was kept.
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText('').catch(function () {});
    // Once this frame is over, with no wasm call under way: the stack it left (heap_scrub.cpp).
    setTimeout(function () {
      _muqeem_zero_unused_stack();
      window.muqeem.kioskResets = (window.muqeem.kioskResets || 0) + 1;
      window.dispatchEvent(new CustomEvent('muqeem:kiosk-reset'));
    }, 0);
  },

  muqeem_js_hash_size: function () {
    return lengthBytesUTF8(window.location.hash) + 1;
  },

  muqeem_js_hash: function (buffer, capacity) {
    stringToUTF8(window.location.hash, buffer, capacity);
  },

  muqeem_js_scroll_y: function () {
    return window.scrollY;
  },

  // The language is the only thing kept on the device: no personal data, nothing about a session.
  // Storage may be switched off (private windows, kiosk policies): then the choice lasts the visit.
  muqeem_js_stored_language: function () {
    try {
      const code = window.localStorage.getItem('muqeem.language');
      return code === 'ar' ? 1 : code === 'en' ? 2 : 0;
    } catch (error) {
      return 0;
    }
  },

  muqeem_js_store_language: function (arabic) {
    try {
      window.localStorage.setItem('muqeem.language', arabic ? 'ar' : 'en');
    } catch (error) {
      // Not remembered; the page still switches.
    }
  },

  // The copy follows a click, so the page may write the clipboard; where the asynchronous API is
  // missing (an insecure origin) a selected text area and execCommand do it.
  muqeem_js_copy: function (text) {
    const value = UTF8ToString(text);
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).catch(function () {});
      return;
    }
    const area = document.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  },

  muqeem_js_navigate: function (hash) {
    window.location.hash = UTF8ToString(hash);
  },

  // The printed page is plain HTML (shell/print.js builds it), so the browser paginates, prints
  // sharp text and makes PDFs of it; the canvas and the overlay are hidden from print by CSS.
  muqeem_js_print: function (json) {
    const documentModel = JSON.parse(UTF8ToString(json));
    window.muqeem.print(documentModel);
  },

  // A file to save (a report's CSV): the bytes as they are (a UTF-8 BOM kept) in a Blob behind a
  // download link, so the browser saves it under its name as with any download.
  muqeem_js_download: function (name, type, bytes, length) {
    const blob = new Blob([HEAPU8.slice(bytes, bytes + length)], { type: UTF8ToString(type) });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },

  // The session's news between this origin's tabs: a sign-out in one signs out all, "stay signed in"
  // moves every tab's end. Nothing personal travels: only what happened to the one session.
  muqeem_js_tell_other_tabs: function (message) {
    if (typeof BroadcastChannel === 'undefined') return;
    if (!Module.muqeemSessionChannel) Module.muqeemSessionChannel = new BroadcastChannel('muqeem-session');
    Module.muqeemSessionChannel.postMessage(UTF8ToString(message));
  },

  muqeem_js_listen_to_other_tabs: function () {
    if (typeof BroadcastChannel === 'undefined') return;
    if (!Module.muqeemSessionChannel) Module.muqeemSessionChannel = new BroadcastChannel('muqeem-session');
    Module.muqeemSessionChannel.onmessage = function (event) {
      if (typeof event.data !== 'string') return;
      Module.ccall('muqeem_other_tab_message', null, ['string'], [event.data]);
    };
  },

  // The tab the officer looks at: shown again, or its window focused.
  muqeem_js_listen_for_front: function () {
    const front = function () {
      if (document.visibilityState === 'visible') _muqeem_came_to_front();
    };
    document.addEventListener('visibilitychange', front);
    window.addEventListener('focus', front);
  },

  // A new build waits (shell/offline.js says so, perhaps before the app started); the app offers it.
  muqeem_js_listen_for_update: function () {
    if (window.muqeem && window.muqeem.updateReady) _muqeem_update_ready();
    else window.addEventListener('muqeem:update-ready', function () { _muqeem_update_ready(); }, { once: true });
  },

  muqeem_js_take_early_sign_in: function () {
    const early = window.muqeemEarlySignIn;
    const json = early ? early.take() : '';
    if (json) Module.ccall('muqeem_early_sign_in', null, ['string'], [json]);
  },

  muqeem_js_apply_update: function () {
    window.dispatchEvent(new Event('muqeem:apply-update'));
  },

  // A request whose upload progress the app shows (attachments): emscripten_fetch reports only the
  // download's, so this one goes by XMLHttpRequest, whose upload.onprogress tells the bytes sent. The
  // body is copied at once; the answer comes back through fetch_transport.cpp's muqeem_upload_done
  // (status 0: no answer at all, -1: timed out).
  // shell/overlay.js hands each file chosen or dropped on a file input to this: the bytes go into the
  // wasm's memory for muqeem_file_event (page_bridge.cpp), which copies them, and are freed at once.
  muqeem_js_listen_for_files__deps: ['malloc', 'free'],
  muqeem_js_listen_for_files: function () {
    Module.muqeemDeliverFile = function (id, name, size, bytes) {
      const pointer = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, pointer);
      Module.ccall('muqeem_file_event', null, ['string', 'string', 'number', 'number', 'number'],
        [id, name, size, pointer, bytes.length]);
      HEAPU8.fill(0, pointer, pointer + bytes.length);  // freed memory keeps nothing (kiosk reset)
      _free(pointer);
    };
  },

  muqeem_js_upload__deps: ['malloc', 'free'],
  muqeem_js_upload: function (id, method, target, headersJson, body, length, timeoutMs) {
    const xhr = new XMLHttpRequest();
    xhr.open(UTF8ToString(method), UTF8ToString(target));
    const headers = JSON.parse(UTF8ToString(headersJson));
    for (const name of Object.keys(headers)) xhr.setRequestHeader(name, headers[name]);
    xhr.responseType = 'arraybuffer';
    xhr.timeout = timeoutMs;
    xhr.upload.onprogress = function (event) {
      _muqeem_upload_progress(id, event.loaded, event.lengthComputable ? event.total : length);
    };
    const answer = function (status) {
      const bytes = status > 0 && xhr.response ? new Uint8Array(xhr.response) : new Uint8Array(0);
      const pointer = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, pointer);
      const headerText = status > 0 ? xhr.getAllResponseHeaders() : '';
      const headerPointer = _malloc(lengthBytesUTF8(headerText) + 1);
      stringToUTF8(headerText, headerPointer, lengthBytesUTF8(headerText) + 1);
      _muqeem_upload_done(id, status, headerPointer, pointer, bytes.length);
      // Freed memory keeps nothing of the answer, even one to a kiosk visit already reset.
      HEAPU8.fill(0, pointer, pointer + bytes.length);
      HEAPU8.fill(0, headerPointer, headerPointer + lengthBytesUTF8(headerText));
      _free(pointer);
      _free(headerPointer);
    };
    xhr.onload = function () { answer(xhr.status); };
    xhr.onerror = function () { answer(0); };
    xhr.ontimeout = function () { answer(-1); };
    xhr.send(HEAPU8.slice(body, body + length));
  },

  muqeem_js_listen_for_hash_changes: function () {
    window.addEventListener('hashchange', function () {
      _muqeem_hash_changed();
    });
  },
});
