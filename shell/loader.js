// Starts Muqeem Web: checks the browser can run it, downloads the wasm, fonts and catalogues with
// real progress, then hands them to the emscripten glue (muqeem.js). No inline script anywhere, so
// the page runs under a strict Content-Security-Policy.
'use strict';

(() => {
  // Files the C++ side reads at start-up, written into its virtual file system.
  const PRELOAD = [
    'fonts/IBMPlexSansArabic-Regular.ttf',
    'fonts/IBMPlexSansArabic-Bold.ttf',
    'fonts/IBMPlexSans-Regular.ttf',
    'fonts/IBMPlexSans-Bold.ttf',
    'i18n/ar.json',
    'i18n/en.json',
  ];
  const WASM = 'muqeem.wasm';
  const GLUE = 'muqeem.js';

  // The readiness object (README.md, "The page's readiness object"); the C++ side fills it in.
  window.muqeem = { ready: false, frames: 0, firstFrameMs: null, semantics: [], error: null };

  const $ = (id) => document.getElementById(id);
  const show = (id) => {
    for (const screen of ['loading', 'unsupported', 'failed']) $(screen).hidden = screen !== id;
  };

  function missingFeature() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return 'WebAssembly';
    let gl = null;
    try {
      gl = document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      gl = null;
    }
    if (!gl) return 'WebGL 2';
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
    return null;
  }

  function fail(reason) {
    window.muqeem.error = String(reason);
    console.warn('muqeem: start-up failed:', reason);
    $('failed-reason').textContent = String(reason);
    show('failed');
  }

  // Downloads every file at once; progress is bytes received over bytes announced.
  async function downloadAll(urls, onProgress) {
    const received = new Map(), expected = new Map();
    const report = () => {
      let got = 0, total = 0;
      for (const url of urls) {
        got += received.get(url) || 0;
        total += expected.get(url) || 0;
      }
      onProgress(total > 0 ? got / total : 0);
    };
    const one = async (url) => {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      expected.set(url, Number(response.headers.get('Content-Length')) || 0);
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
    const files = await Promise.all(urls.map(one));
    return new Map(urls.map((url, i) => [url, files[i]]));
  }

  async function start() {
    const missing = missingFeature();
    if (missing) {
      $('unsupported-feature').textContent = missing;
      show('unsupported');
      return;
    }
    show('loading');
    const progress = $('loading-progress');
    let files;
    try {
      files = await downloadAll([WASM, ...PRELOAD], (fraction) => {
        progress.value = Math.round(fraction * 100);
      });
    } catch (error) {
      fail(error.message);
      return;
    }
    progress.value = 100;
    $('loading-step').hidden = true;
    $('loading-starting').hidden = false;

    window.addEventListener('muqeem:ready', () => {
      $('loading').hidden = true;
    }, { once: true });
    window.addEventListener('muqeem:fatal', (event) => fail(event.detail), { once: true });

    window.Module = {
      canvas: $('canvas'),
      preRun: [() => {
        const fs = window.Module.FS;
        for (const [path, bytes] of files) {
          if (path === WASM) continue;
          const folder = '/' + path.slice(0, path.lastIndexOf('/'));
          if (!fs.analyzePath(folder).exists) fs.mkdir(folder);
          fs.writeFile('/' + path, bytes);
        }
      }],
      // The wasm is already downloaded: compile it from memory instead of fetching it again.
      instantiateWasm: (imports, done) => {
        WebAssembly.instantiate(files.get(WASM), imports)
          .then(({ instance, module }) => done(instance, module))
          .catch((error) => fail(`compile: ${error.message}`));
        return {};
      },
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      onAbort: (what) => fail(`abort: ${what}`),
    };
    const glue = document.createElement('script');
    glue.src = GLUE;
    glue.onerror = () => fail(`${GLUE}: not loaded`);
    document.body.appendChild(glue);
  }

  $('retry').addEventListener('click', () => window.location.reload());
  start();
})();
