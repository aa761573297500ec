// muqeem: the browser entry point of the site, talking to the portal over the network
// (emscripten_fetch, same origin).
#include "platform/fetch_transport.h"
#include "platform/web_app.h"

int main() {
  static muqeem::platform::FetchTransport transport;
  muqeem::app::AppConfig config;
  config.transport = &transport;
  config.browser_session = true;  // an HttpOnly cookie: a reload or a new tab stays signed in
  muqeem::platform::start_web_app(config);
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); the browser drives frames from here on
}
