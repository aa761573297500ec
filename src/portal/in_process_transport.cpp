#include "portal/in_process_transport.h"

#include "api/url.h"

namespace muqeem::portal {

void InProcessTransport::send(api::HttpRequest request, std::function<void(api::TransportResult)> done) {
  Request call;
  call.method = request.method;
  const size_t question = request.target.find('?');
  call.path = request.target.substr(0, question);
  if (question != std::string::npos)
    call.query = api::parse_query(std::string_view(request.target).substr(question + 1));
  for (const auto& [name, value] : request.headers) call.set_header(name, value);
  // The body is handed over at once: all of it has gone.
  if (request.upload_progress) {
    const auto size = static_cast<int64_t>(request.body.size());
    request.upload_progress(size, size);
  }
  call.body = std::move(request.body);
  const Response response = router_.handle(call);
  api::HttpResponse answer{response.status, response.header("Content-Type"), response.body, {}};
  for (const auto& [name, value] : response.headers) answer.headers.emplace_back(name, value);
  done(std::move(answer));
}

}  // namespace muqeem::portal
