#include "platform/page_bridge.h"

#include <emscripten.h>

// EM_JS bodies become functions in the generated glue: no eval, so a strict CSP allows them.
EM_JS(void, muqeem_js_ready, (), {
  const state = window.muqeem;
  state.ready = true;
  state.firstFrameMs = performance.now();
  window.dispatchEvent(new CustomEvent('muqeem:ready'));
});

EM_JS(void, muqeem_js_frame, (double frames), { window.muqeem.frames = frames; });

EM_JS(void, muqeem_js_semantics, (const char* json), {
  window.muqeem.semantics = JSON.parse(UTF8ToString(json));
  window.dispatchEvent(new CustomEvent('muqeem:semantics'));
});

EM_JS(void, muqeem_js_fatal, (const char* reason),
      { window.dispatchEvent(new CustomEvent('muqeem:fatal', {detail : UTF8ToString(reason)})); });

// Moving the window to a screen of another density changes devicePixelRatio without resizing the
// window; a media query on the current ratio notices, and a synthetic resize redraws at the new one.
EM_JS(void, muqeem_js_watch_pixel_ratio, (), {
  const watch = () = > {
    const query = window.matchMedia(`(resolution : ${window.devicePixelRatio} dppx)`);
    query.addEventListener('change',
                           () = >
                                {
                                  window.dispatchEvent(new Event('resize'));
                                  watch();
                                },
                           {once : true});
  };
  watch();
});

namespace muqeem::platform::page {

void report_ready() {
  muqeem_js_ready();
}
void report_frame(double frames_rendered) {
  muqeem_js_frame(frames_rendered);
}
void report_semantics(const std::string& json) {
  muqeem_js_semantics(json.c_str());
}
void watch_pixel_ratio() {
  muqeem_js_watch_pixel_ratio();
}
void report_fatal(const std::string& reason) {
  muqeem_js_fatal(reason.c_str());
}

}  // namespace muqeem::platform::page
