#include "portal/in_process_transport.h"

#include <cctype>

#include "api/url.h"

namespace muqeem::portal {

void InProcessTransport::send(api::HttpRequest request, std::function<void(api::TransportResult)> done) {
  Request call;
  call.method = request.method;
  const size_t question = request.target.find('?');
  call.path = request.target.substr(0, question);
  std::string_view query = question == std::string::npos
                               ? std::string_view()
                               : std::string_view(request.target).substr(question + 1);
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const size_t equals = pair.find('=');
    const auto name = api::percent_decode(pair.substr(0, equals));
    const auto value =
        api::percent_decode(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1));
    if (name && value) call.query[*name] = *value;
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  for (const auto& [name, value] : request.headers) {
    std::string lower = name;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    call.headers[lower] = value;
  }
  call.body = std::move(request.body);
  const Response response = router_.handle(call);
  done(api::HttpResponse{response.status, response.header("Content-Type"), response.body});
}

}  // namespace muqeem::portal
