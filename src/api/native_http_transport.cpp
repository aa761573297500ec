#include "api/native_http_transport.h"

#include <httplib.h>

namespace muqeem::api {

void NativeHttpTransport::send(HttpRequest request, std::function<void(TransportResult)> done) {
  httplib::Client client(host_, port_);
  const time_t seconds = request.timeout_ms / 1000, microseconds = (request.timeout_ms % 1000) * 1000;
  client.set_connection_timeout(seconds, microseconds);
  client.set_read_timeout(seconds, microseconds);
  httplib::Headers headers;
  std::string content_type = "application/json";
  for (const auto& [name, value] : request.headers) {
    if (name == "Content-Type")
      content_type = value;
    else
      headers.emplace(name, value);
  }
  httplib::Result result =
      request.method == "POST"  ? client.Post(request.target, headers, request.body, content_type)
      : request.method == "PUT" ? client.Put(request.target, headers, request.body, content_type)
                                : client.Get(request.target, headers);
  if (!result) {
    done(result.error() == httplib::Error::Read || result.error() == httplib::Error::ConnectionTimeout
             ? TransportError::Timeout
             : TransportError::Network);
    return;
  }
  HttpResponse response{result->status, result->get_header_value("Content-Type"), result->body, {}};
  for (const auto& [name, value] : result->headers) response.headers.emplace_back(name, value);
  done(std::move(response));
}

}  // namespace muqeem::api
