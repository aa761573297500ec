// Starts Muqeem Web: checks the browser can run it, downloads the wasm, fonts and catalogues with
// real progress, then hands them to the emscripten glue (muqeem.js). No inline script anywhere, so
// the page runs under a strict Content-Security-Policy.
'use strict';

(() => {
  // manifest.json (written by the build, cmake/finish_site.cmake) names the emscripten glue
  // (muqeem.<hash>.js, or muqeem-demo.<hash>.js in the static demo) and lists the wasm and the files
  // the C++ side reads at start-up (fonts, catalogues): each with its URL (named by its content, so
  // cached for good), the name the app reads it by, and its size.
  const MANIFEST = 'manifest.json';
  const PROGRESS_INTERVAL_MS = 250;
  // The longest the app's start waits for its rehearsal (below) before going ahead without it.
  const REHEARSAL_PATIENCE_MS = 1500;

  // The readiness object (README.md, "The page's readiness object"); the C++ side fills it in.
  window.muqeem = {
    ready: false, frames: 0, firstFrameMs: null, semantics: { nodes: [] }, rehearsal: null, error: null,
  };

  const $ = (id) => document.getElementById(id);
  const show = (id) => {
    for (const screen of ['loading', 'unsupported', 'failed']) $(screen).hidden = screen !== id;
  };

  const noWebAssembly = () => typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function';

  // Only whether the browser knows WebGL 2 at all: making a context to try it held the page 145 ms
  // (the GPU process starting on its behalf). A browser that knows it but cannot make one
  // (blocklisted graphics) is told by the renderer's own attempt (renderer.js).
  const noWebGL2 = () => typeof WebGL2RenderingContext === 'undefined';

  // The browser lacks what the app needs: said in the page, and in the readiness object so a test or a
  // monitor waiting for `ready || error` is not left waiting.
  function unsupported(feature) {
    window.muqeem.error = `unsupported: ${feature}`;
    $('unsupported-feature').textContent = feature;
    show('unsupported');
  }

  function fail(reason) {
    window.muqeem.error = String(reason);
    console.warn('muqeem: start-up failed:', reason);
    $('failed-reason').textContent = String(reason);
    show('failed');
  }

  // The manifest is asked again each visit (the server says `no-cache`); the files it names never
  // change under their names, so the browser's cache answers for them. index.html preloads them all
  // (cmake/finish_site.cmake), so these requests find them under way.
  async function fetchOk(url, cache = 'default') {
    const response = await fetch(url, { cache });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response;
  }

  // Downloads every file at once, `wasm` once `renderer` (renderer.js, started) settles, which
  // downloads and compiles it (on its worker where it has one); `compiled` receives that promise.
  // Progress is bytes received over the manifest's total.
  async function downloadAll(files, wasm, renderer, compiled, onProgress) {
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    const received = new Map();
    // A few times a second is enough to see it move: each change repaints the page, and the GPU
    // process busy drawing those frames holds up the renderer's own calls to it.
    let reportedAt = -Infinity;
    const report = () => {
      if (performance.now() - reportedAt < PROGRESS_INTERVAL_MS) return;
      reportedAt = performance.now();
      let got = 0;
      for (const bytes of received.values()) got += bytes;
      onProgress(total > 0 ? Math.min(1, got / total) : 0);
    };
    const one = async (url) => {
      if (url === wasm) {
        const compiling = (await renderer).compile(url, (bytes) => {
          received.set(url, bytes);
          report();
        });
        compiled(compiling);
        await compiling;
        return null;  // the module, not its bytes, is what the app needs
      }
      const response = await fetchOk(url);
      if (!response.body) return new Uint8Array(await response.arrayBuffer());
      const reader = response.body.getReader();
      const chunks = [];
      let length = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        length += value.length;
        received.set(url, length);
        report();
      }
      const bytes = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      return bytes;
    };
    const urls = files.map((file) => file.path);
    const contents = await Promise.all(urls.map(one));
    return new Map(urls.map((url, i) => [url, contents[i]]));
  }

  // Runs one of the site's scripts; settles when it has run.
  function script(url) {
    return new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = url;
      element.onload = resolve;
      element.onerror = () => reject(new Error(`${url}: not loaded`));
      document.body.appendChild(element);
    });
  }

  // Kiosk mode is the deployment's choice: a kiosk.json beside the site (muqeem-portal answers 204
  // when there is none), or ?kiosk=1. The page then takes touch only as a kiosk should: no text
  // selection or context menu outside fields, no pinch zoom (the app sizes its targets for fingers).
  function kioskPage() {
    document.documentElement.classList.add('kiosk');
    document.querySelector('meta[name="viewport"]')
      ?.setAttribute('content', 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no');
    document.addEventListener('contextmenu', (event) => {
      if (!event.target.closest || !event.target.closest('input')) event.preventDefault();
    });
  }

  async function start() {
    if (noWebAssembly()) {
      unsupported('WebAssembly');
      return;
    }
    if (noWebGL2()) {
      unsupported('WebGL 2');
      return;
    }
    // The early sign-in (early-sign-in.js) goes on screen first, if it is coming soon: this waits
    // until the page's deferred scripts have all run (DOMContentLoaded), so the form's script has
    // said whether it is coming, then for the form, a second at most in all. Asked for here, before
    // anything is awaited: this script is deferred too, and runs with readyState already
    // "interactive" but before DOMContentLoaded. (Waiting only while readyState was "loading" let
    // the wasm start at once whenever the manifest came before early-sign-in.js had run: the app
    // then started during the page's first paints, its GPU context held the page 300 ms, and the
    // form came late.)
    const scriptsRan = document.readyState === 'complete' ? Promise.resolve()
      : new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    const formShown = Promise.race([scriptsRan.then(() => window.muqeem.earlySignIn),
      new Promise((resolve) => setTimeout(resolve, 1000))]);
    // Shared with early-sign-in.js, which needs the catalogues' names.
    window.muqeem.manifest = fetchOk(MANIFEST).then((response) => response.json());
    show('loading');
    const kioskAsked = new URLSearchParams(window.location.search).get('kiosk') === '1';
    const kioskFile = fetch('kiosk.json', { cache: 'no-store' })
      .then((response) => (response.status === 200 ? response.text() : ''))
      .catch(() => '');
    const progress = $('loading-progress');
    let manifest;
    try {
      manifest = await window.muqeem.manifest;
    } catch (error) {
      fail(error.message);
      return;
    }
    const { wasm, glue } = manifest;
    const names = new Map(manifest.files.map((file) => [file.path, file.name || file.path]));
    // What draws the app (renderer.js): on a worker, whose waits on the GPU process (making the
    // context, finishing frames) never hold up this page, else in the page. Started once the form
    // is on screen, with the wasm's download; the app starts when both are ready.
    const renderer = formShown.then(() => script(manifest.renderer)).then(() => {
      // The canvas gets its size on screen before the renderer makes its context, which then starts
      // at that size (the renderer keeps it at the app's frame size: CSS size x pixel ratio).
      const canvas = $('canvas');
      const ratio = window.devicePixelRatio || 1;
      const box = canvas.getBoundingClientRect();
      canvas.width = Math.max(1, Math.round(box.width * ratio));
      canvas.height = Math.max(1, Math.round(box.height * ratio));
      const broken = () => window.dispatchEvent(new CustomEvent('muqeem:fatal', { detail: 'webgl2-context' }));
      return window.muqeemRenderer.start(canvas, broken);
    });
    const rendering = renderer.then((started) => started.ready);
    rendering.catch((error) => fail(error.message));
    // The fonts and catalogues at once (the page preloads them); the wasm and the glue once the
    // form is on screen, so they do not share the line with what the form needs (the glue only sets
    // things up until the wasm is compiled, which waits for every download).
    let compiling = null;
    const downloads = downloadAll(manifest.files, wasm, renderer, (promise) => {
      compiling = promise;
    }, (fraction) => {
      progress.value = Math.round(fraction * 100);
    });
    downloads.catch((error) => fail(error.message));
    // Said once the app starts (its wasm compiled and every download in).
    const starting = () => {
      progress.value = 100;
      $('loading-step').hidden = true;
      $('loading-starting').hidden = false;
    };

    window.addEventListener('muqeem:ready', () => {
      $('loading').hidden = true;
    }, { once: true });
    window.addEventListener('muqeem:fatal', (event) => {
      if (event.detail === 'webgl2-context') unsupported('WebGL 2');
      else fail(event.detail);
    }, { once: true });

    // V8 (Chromium's engine, known by its own Intl.v8BreakIterator) compiles each wasm function at
    // its first call, on the calling thread: the start's some 1,600 functions are compiled on a worker
    // first, by a rehearsal of the start (renderer.js, src/platform/rehearsal.cpp), while the early
    // form stays usable. Other engines compile the module ahead or interpret it first, and gain
    // nothing from one. Said in the readiness object: { ms } or { failed }, or null when none was tried.
    const v8 = typeof Intl === 'object' && typeof Intl.v8BreakIterator === 'function';
    // Never rejects: a rehearsal that cannot be had costs the start nothing but itself. `waitedMs` is
    // how long the page waited for it (the worker's `ms` leaves out its own start).
    const rehearse = async (module) => {
      if (!v8 || !manifest.rehearsal) return;
      const asked = performance.now();
      let outcome;
      try {
        const handed = [...files].filter(([url]) => url !== wasm).map(([url, bytes]) => [names.get(url), bytes]);
        outcome = await window.muqeemRenderer.rehearse(module, manifest.rehearsal, handed, REHEARSAL_PATIENCE_MS);
      } catch (error) {
        outcome = { failed: String((error && error.message) || error) };
      }
      window.muqeem.rehearsal = { ...outcome, waitedMs: Math.round(performance.now() - asked) };
    };

    let files;
    window.Module = {
      canvas: $('canvas'),
      // Runs after the wasm is compiled, so after every download is in (instantiateWasm waits).
      preRun: [() => {
        const fs = window.Module.FS;
        for (const [url, bytes] of files) {
          if (url === wasm) continue;
          const name = names.get(url);  // where the app reads it: fonts/…ttf, i18n/…json
          const folder = '/' + name.slice(0, name.lastIndexOf('/'));
          if (!fs.analyzePath(folder).exists) fs.mkdir(folder);
          fs.writeFile('/' + name, bytes);
        }
      }],
      // The wasm is compiled while it downloads (renderer.js); it starts once every download is in
      // (the app reads the fonts and catalogues at once).
      instantiateWasm: (imports, done) => {
        Promise.all([downloads, kioskFile, rendering]).then(([all, kioskJson, drawing]) => {
          if (!drawing) {
            unsupported('WebGL 2');  // no context could be made, on a worker or in the page
            return;
          }
          window.Module.muqeemRenderer = drawing;
          window.Module.canvas = $('canvas');  // a fresh one where a worker could not draw
          window.muqeem.kioskJson = kioskJson;
          window.muqeem.kioskAsked = kioskAsked;
          if (kioskJson.trim() || kioskAsked) kioskPage();
          files = all;
          return compiling
            // Instantiating runs none of the app's code: only main() waits for the rehearsal.
            .then((module) => Promise.all([WebAssembly.instantiate(module, imports), rehearse(module)])
              .then(([instance]) => ({ module, instance })))
            // main() in a task of its own: no task of the page's holds both (Lighthouse's blocking time).
            .then(({ module, instance }) => new Promise((resolve) => setTimeout(resolve)).then(() => {
              done(instance, module);  // runs main() (web_app.cpp)
              starting();
            }))
            .catch((error) => fail(`compile: ${error.message}`));
        }, () => {});  // a failed download, or a renderer not loaded, is said above, once
        return {};
      },
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      onAbort: (what) => fail(`abort: ${what}`),
    };
    formShown.then(() => script(glue)).catch((error) => fail(error.message));
  }

  $('retry').addEventListener('click', () => window.location.reload());
  start();
})();
