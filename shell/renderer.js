// Draws what the app sends (src/ui/draw_stream.h: textures, then frames of ImGui's draw data) with
// WebGL 2, and compiles the app's wasm. One file, two places to run:
// - as a worker, on an OffscreenCanvas the page hands over: nothing the page's thread does ever waits
//   on the GPU process (with software GL, making the context and finishing frames held the page's
//   thread 100 ms and more at start-up, the page's longest tasks), and the page's thread takes in
//   none of the streamed wasm;
// - in the page itself, on the canvas, where a browser cannot draw WebGL 2 on a worker.
// In the page it sets window.muqeemRenderer.start(canvas, broken), which picks one (below).
'use strict';

// --- Drawing (both places) -------------------------------------------------------------------------

// The vertex colour with its alpha times the texture's: the coverage of a glyph page, or of ImGui's
// atlas, whose white pixel is what shapes sample.
const VERTEX_SHADER = `#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
layout(location = 3) in vec4 projection;  // display to clip space: x and y scales, then offsets
out vec2 frag_uv;
out vec4 frag_color;
void main() {
  frag_uv = uv;
  frag_color = color;
  gl_Position = vec4(position * projection.xy + projection.zw, 0.0, 1.0);
}`;

const FRAGMENT_SHADER = `#version 300 es
precision mediump float;
uniform sampler2D page;
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() {
  out_color = vec4(frag_color.rgb, frag_color.a * texture(page, frag_uv).a);
}`;

const RECORD_CREATE = 1;
const RECORD_UPDATE = 2;
const RECORD_FRAME = 3;
const VERTEX_BYTES = 20;  // ImDrawVert: position (2 floats), uv (2 floats), colour (4 bytes)
const LINK_CHECK_DELAY_MS = 3000;

// A WebGL 2 drawer for `canvas`, or null when the browser cannot make the context. Nothing is read
// back from WebGL while drawing: whether the program linked is asked once, after the first frame
// (`onBroken` is told if not).
function makeDrawer(canvas, onBroken) {
  const gl = canvas.getContext('webgl2', {
    alpha: false,  // an opaque page: cheaper to composite
    depth: false,
    stencil: false,
    antialias: false,  // glyphs carry their own anti-aliasing
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
  });
  if (!gl) return null;
  const compile = (kind, source) => {
    const shader = gl.createShader(kind);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    return shader;
  };
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl.VERTEX_SHADER, VERTEX_SHADER));
  gl.attachShader(program, compile(gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
  gl.linkProgram(program);
  const vertexArray = gl.createVertexArray();
  gl.bindVertexArray(vertexArray);
  const vertices = gl.createBuffer();
  const indices = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);  // part of the vertex array's state
  const attribute = (location, size, type, normalized, offset) => {
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, size, type, normalized, VERTEX_BYTES, offset);
  };
  attribute(0, 2, gl.FLOAT, false, 0);
  attribute(1, 2, gl.FLOAT, false, 8);
  attribute(2, 4, gl.UNSIGNED_BYTE, true, 16);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);

  const textures = new Map();
  let checked = false;

  const texture = (number) => textures.get(number) || null;
  const create = (words, bytes, at) => {
    const [number, width, height, hasPixels] = [words[at], words[at + 1], words[at + 2], words[at + 3]];
    const made = gl.createTexture();
    textures.set(number, made);
    gl.bindTexture(gl.TEXTURE_2D, made);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    const size = width * height;
    // Coverage only (the shader takes a texture's alpha): WebGL starts a texture with no coverage
    // anywhere, without anything sent or cleared.
    const pixels = hasPixels ? bytes.subarray((at + 4) * 4, (at + 4) * 4 + size) : null;
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.ALPHA, width, height, 0, gl.ALPHA, gl.UNSIGNED_BYTE, pixels);
    return at + 4 + (hasPixels ? (size + 3) >> 2 : 0);
  };
  const update = (words, bytes, at) => {
    const [number, x, y, width, height] = [words[at], words[at + 1], words[at + 2], words[at + 3], words[at + 4]];
    const size = width * height;
    gl.bindTexture(gl.TEXTURE_2D, texture(number));
    gl.texSubImage2D(gl.TEXTURE_2D, 0, x, y, width, height, gl.ALPHA, gl.UNSIGNED_BYTE,
      bytes.subarray((at + 5) * 4, (at + 5) * 4 + size));
    return at + 5 + ((size + 3) >> 2);
  };
  const frame = (words, floats, bytes, at) => {
    const [width, height, indexBytes] = [words[at + 1], words[at + 2], words[at + 3]];
    const lists = words[at + 8];
    if (width > 0 && height > 0 && (canvas.width !== width || canvas.height !== height)) {
      canvas.width = width;
      canvas.height = height;
    }
    gl.viewport(0, 0, width, height);
    gl.disable(gl.SCISSOR_TEST);  // the clear covers the whole canvas
    gl.clearColor(1, 1, 1, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.enable(gl.BLEND);
    gl.blendEquation(gl.FUNC_ADD);
    gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.CULL_FACE);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.SCISSOR_TEST);
    gl.useProgram(program);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindVertexArray(vertexArray);
    gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
    gl.vertexAttrib4f(3, floats[at + 4], floats[at + 5], floats[at + 6], floats[at + 7]);
    const indexType = indexBytes === 2 ? gl.UNSIGNED_SHORT : gl.UNSIGNED_INT;
    at += 9;
    for (let list = 0; list < lists; ++list) {
      const [vertexBytes, listIndexBytes, draws] = [words[at], words[at + 1], words[at + 2]];
      at += 3;
      gl.bufferData(gl.ARRAY_BUFFER, bytes.subarray(at * 4, at * 4 + vertexBytes), gl.STREAM_DRAW);
      at += (vertexBytes + 3) >> 2;
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, bytes.subarray(at * 4, at * 4 + listIndexBytes), gl.STREAM_DRAW);
      at += (listIndexBytes + 3) >> 2;
      for (let draw = 0; draw < draws; ++draw, at += 7) {
        gl.scissor(words[at] | 0, words[at + 1] | 0, words[at + 2] | 0, words[at + 3] | 0);
        gl.bindTexture(gl.TEXTURE_2D, texture(words[at + 4]));
        gl.drawElements(gl.TRIANGLES, words[at + 5], indexType, words[at + 6]);
      }
    }
    if (!checked) {
      checked = true;
      // Whether the shaders linked waits for everything the GPU process has queued: asked once the
      // start is over. Shaders this plain fail only with broken graphics, which then draw nothing.
      setTimeout(() => {
        if (!gl.getProgramParameter(program, gl.LINK_STATUS)) onBroken();
      }, LINK_CHECK_DELAY_MS);
    }
    return at;
  };

  // Plays a stream (an ArrayBuffer of whole words); answers the number of the last frame drawn, or 0.
  return (buffer) => {
    const words = new Uint32Array(buffer);
    const floats = new Float32Array(buffer);
    const bytes = new Uint8Array(buffer);
    let at = 0;
    let drawn = 0;
    while (at < words.length) {
      const record = words[at];
      if (record === RECORD_CREATE) at = create(words, bytes, at + 1);
      else if (record === RECORD_UPDATE) at = update(words, bytes, at + 1);
      else if (record === RECORD_FRAME) {
        drawn = words[at + 1];
        at = frame(words, floats, bytes, at + 1);
      } else break;  // not a stream this renderer knows: nothing more is drawn from it
    }
    return drawn;
  };
}

// Downloads and compiles the app's wasm as it arrives (streaming compilation, whose compiled code
// the browser keeps for the next visit), telling `onBytes` how many bytes are in. Where the worker
// does it, the page's thread has none of it: V8 takes in a streamed module on the thread that asked
// (130 ms and more of the page's start-up, seen in Lighthouse's traces). A server that does not say
// `application/wasm` defeats streaming: the module is then compiled from the bytes.
async function compileWasm(url, onBytes) {
  const fetchOk = async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response;
  };
  const response = await fetchOk();
  const counted = response.clone();
  // The second fetch is answered from the browser's cache by now.
  const compiling = WebAssembly.compileStreaming(response)
    .catch(async () => WebAssembly.compile(await (await fetchOk()).arrayBuffer()));
  compiling.catch(() => {});  // the caller hears of it below, even if counting fails first
  if (counted.body) {
    const reader = counted.body.getReader();
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      onBytes(length);
    }
  }
  return compiling;
}

// A stream drawn: its bytes are zeroed at once (glyph pages of someone's name), not left for the
// garbage collector, as the wasm zeroes its own copy (src/platform/heap_scrub.h).
function forget(buffer) {
  new Uint8Array(buffer).fill(0);
}

// --- The rehearsal of the start (src/platform/rehearsal.cpp) -------------------------------------
// V8 compiles a wasm function the first time it is called, on the calling thread, and the code is
// the module's, shared by all its instances: a second instance here, on a worker, runs the app's
// start first, so the page's instance finds its functions compiled. Its imports do nothing (the
// C library's writes are told they were written, or it would try again forever), it is handed the
// site's fonts and catalogues, and draws to nothing. Answers how long it took, or why it stopped.
function rehearse({ module, names, files, width, height, ratio }) {
  const started = performance.now();
  try {
    let memory = null;
    const written = (fd, vectors, count, total) => {
      const view = new DataView(memory.buffer);
      let bytes = 0;
      for (let i = 0; i < count; ++i) bytes += view.getUint32(vectors + 8 * i + 4, true);
      view.setUint32(total, bytes, true);
      return 0;
    };
    const imports = {};
    for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
      if (kind !== 'function') throw new Error(`imports a ${kind}`);
      imports[from] = imports[from] || {};
      imports[from][name] = name === names.fdWrite ? written : () => 0;
    }
    const { exports } = new WebAssembly.Instance(module, imports);
    memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
    exports[names.ctors]();  // the C++ statics, as the glue's start does
    const copy = (bytes) => {
      const at = exports[names.malloc](bytes.length);
      if (!at) throw new Error('out of memory');  // its heap cannot grow here (resize_heap does nothing)
      new Uint8Array(memory.buffer, at, bytes.length).set(bytes);
      return at;
    };
    const encoder = new TextEncoder();
    for (const [name, bytes] of files) {
      exports[names.file](copy(encoder.encode(`${name}\0`)), copy(bytes), bytes.length);
    }
    if (!exports[names.run](width, height, ratio)) return { failed: 'files' };
    return { ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { failed: String((error && error.message) || error) };
  }
}

// --- On a worker ------------------------------------------------------------------------------------

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  let draw = null;
  // A message that cannot be read here (a module this browser does not share between threads): the
  // page is told at once rather than left to wait for the rehearsal's answer.
  self.onmessageerror = () => self.postMessage({ rehearsed: { failed: 'not received' } });
  self.onmessage = (event) => {
    const message = event.data;
    if (message.canvas) {
      try {
        draw = makeDrawer(message.canvas, () => self.postMessage({ broken: true }));
      } catch (error) {
        draw = null;  // a browser that has OffscreenCanvas but no WebGL on it throws, or answers null
      }
      self.postMessage({ started: Boolean(draw) });
    } else if (message.stream && draw) {
      const frame = draw(message.stream);
      forget(message.stream);
      if (frame) self.postMessage({ drawn: frame });
    } else if (message.rehearse) {
      self.postMessage({ rehearsed: rehearse(message.rehearse) });
    } else if (message.compile) {
      compileWasm(message.compile, (bytes) => self.postMessage({ bytes }))
        .then((module) => self.postMessage({ module }))
        .catch((error) => self.postMessage({ failed: String((error && error.message) || error) }));
    }
  };
}

// --- In the page ------------------------------------------------------------------------------------

if (typeof window !== 'undefined') {
  const workerUrl = document.currentScript && document.currentScript.src;

  // The host the app draws through (src/platform/page_bridge.js). `broken()` is called when the
  // shaders do not link: graphics that cannot draw, which the page calls WebGL 2 missing.
  function host(send, started) {
    let resolveFirst;
    const firstFrame = new Promise((resolve) => { resolveFirst = resolve; });
    return {
      started,
      firstFrame,
      draw(buffer) { send(buffer); },
      drawn(frame) {
        window.muqeem.frames = frame;
        resolveFirst(frame);
      },
    };
  }

  function inPage(canvas, broken) {
    const draw = makeDrawer(canvas, broken);
    const made = host((buffer) => {
      const frame = draw ? draw(buffer) : 0;
      forget(buffer);
      if (frame) made.drawn(frame);
    }, Promise.resolve(Boolean(draw)));
    return made;
  }

  // The worker: it draws once its context is made (`started`), and compiles the wasm meanwhile. A
  // worker that fails (its script not loaded, an error in it) is not drawn on, and the wasm is
  // compiled in the page instead: the page is never left waiting on it.
  function onWorker(canvas, broken) {
    const worker = new Worker(workerUrl);
    let made = null;
    let failed = false;
    let compiling = null;  // { url, onBytes, resolve, reject } while the worker compiles
    const compileInPage = () => {
      const { url, onBytes, resolve, reject } = compiling;
      compiling = null;
      compileWasm(url, onBytes).then(resolve, reject);
    };
    const started = new Promise((resolve) => {
      worker.onmessage = (event) => {
        const message = event.data;
        if ('started' in message) resolve(message.started);
        else if (message.drawn) made.drawn(message.drawn);
        else if (message.broken) broken();
        else if (message.bytes && compiling) compiling.onBytes(message.bytes);
        else if (message.module && compiling) {
          compiling.resolve(message.module);
          compiling = null;
        } else if ('failed' in message && compiling) {
          compiling.reject(new Error(message.failed || 'compile'));
          compiling = null;
        }
      };
      worker.onerror = () => {
        failed = true;
        resolve(false);
        if (compiling) compileInPage();
      };
    });
    made = host((buffer) => worker.postMessage({ stream: buffer }, [buffer]), started);
    const offscreen = canvas.transferControlToOffscreen();
    worker.postMessage({ canvas: offscreen }, [offscreen]);
    const compile = (url, onBytes) => new Promise((resolve, reject) => {
      compiling = { url, onBytes, resolve, reject };
      if (failed) compileInPage();
      else worker.postMessage({ compile: url });
    });
    return { made, compile };
  }

  window.muqeemRenderer = {
    // Rehearses the app's start (above) on a worker of its own: `module` compiled, `files` [name,
    // bytes] pairs. The worker is ended once it answers, or after `patience` ms: a rehearsal that
    // takes longer costs the start no more than that. Settles with { ms } or { failed }, never rejects.
    rehearse(module, names, files, patience) {
      return new Promise((resolve) => {
        let worker;
        try {
          if (!workerUrl) throw new Error('no script');
          worker = new Worker(workerUrl);
        } catch (error) {
          resolve({ failed: 'no worker' });
          return;
        }
        const done = (outcome) => {
          clearTimeout(timer);
          worker.terminate();
          resolve(outcome);
        };
        const timer = setTimeout(() => done({ failed: 'too long' }), patience);
        worker.onmessage = (event) => done(event.data.rehearsed || { failed: 'answer' });
        worker.onerror = () => done({ failed: 'worker' });
        worker.onmessageerror = () => done({ failed: 'answer' });
        const size = { width: window.innerWidth, height: window.innerHeight, ratio: window.devicePixelRatio || 1 };
        try {
          worker.postMessage({ rehearse: { module, names, files, ...size } });
        } catch (error) {
          done({ failed: `not sent: ${error.message}` });  // a module this browser cannot share
        }
      });
    },

    // Starts drawing on `canvas`: on a worker where the browser can, else in the page. A worker that
    // cannot make a context hands over to the page, on a fresh canvas in the same place (the first
    // one belongs to the worker now). Answers `compile(url, onBytes)`, which compiles the app's wasm
    // (on the worker if there is one) into a WebAssembly.Module, and `ready`, a promise for the host
    // the app draws through, or for null when no WebGL 2 context can be made anywhere.
    start(canvas, broken) {
      const offscreen = workerUrl && typeof OffscreenCanvas !== 'undefined' &&
        typeof canvas.transferControlToOffscreen === 'function' &&
        typeof OffscreenCanvas.prototype.getContext === 'function';
      const inPageOnly = async (target) => {
        window.muqeem.drawing = 'page';
        const page = inPage(target, broken);
        return (await page.started) ? page : null;
      };
      if (!offscreen) return { compile: compileWasm, ready: inPageOnly(canvas) };
      let worker;
      try {
        worker = onWorker(canvas, broken);
      } catch (error) {
        return { compile: compileWasm, ready: inPageOnly(canvas) };  // workers forbidden here
      }
      window.muqeem.drawing = 'worker';
      const ready = worker.made.started.then((drawing) => {
        if (drawing) return worker.made;
        const fresh = canvas.cloneNode(false);
        canvas.replaceWith(fresh);
        return inPageOnly(fresh);
      });
      return { compile: worker.compile, ready };
    },
  };
}
