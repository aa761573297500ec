#pragma once
// Tawasul, the establishment's support requests (DOMAIN.md "Tawasul"): the list (#/tawasul), a new
// request (#/tawasul/new), filled in with what failed when "contact support" beside an error opened
// it, and a request's page (#/tawasul/{requestNumber}) with its history, the replies and a reply box.
// Sending is idempotent: a request or reply gets its key once, and a retry sends the same one.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

using Navigate = std::function<void(const std::string&)>;

class TawasulListScreen {
 public:
  explicit TawasulListScreen(api::PortalClient& portal) : portal_(portal) {}
  void refresh() { page_.reset(); }
  PageActions draw(Ui& ui, ImVec2 size, const Navigate& navigate);
  void reset();

 private:
  void load();

  api::PortalClient& portal_;
  api::TawasulQuery query_;
  std::optional<api::TawasulPage> page_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  TableState table_;
  int generation_ = 0;
};

class NewTawasulScreen {
 public:
  explicit NewTawasulScreen(api::PortalClient& portal) : portal_(portal) {}
  // A new request: what "contact support" kept, if anything, becomes its context.
  void open();
  PageActions draw(Ui& ui, ImVec2 size, const Navigate& navigate);
  void reset();
  // The key the request is (or will be) sent with; the same on every retry of one request.
  const std::string& idempotency_key() const { return key_; }

 private:
  void send();

  api::PortalClient& portal_;
  std::optional<SupportDraft> context_;
  std::vector<api::Coded> categories_;
  bool categories_asked_ = false;
  int category_ = -1;
  std::string description_;
  bool tried_ = false, sending_ = false;
  std::string key_;
  std::optional<api::TawasulRequestDetail> sent_;
  std::optional<api::ApiError> error_;
  int generation_ = 0;
};

class TawasulRequestScreen {
 public:
  explicit TawasulRequestScreen(api::PortalClient& portal) : portal_(portal) {}
  void open(const std::string& request_number);
  PageActions draw(Ui& ui, ImVec2 size, const Navigate& navigate);
  void reset();

 private:
  void load();
  void send_reply();

  api::PortalClient& portal_;
  std::string number_;
  std::optional<api::TawasulRequestDetail> request_;
  std::optional<api::ApiError> error_, reply_error_;
  bool loading_ = false, replying_ = false, tried_ = false;
  std::string reply_, reply_key_;
  int generation_ = 0;
};

}  // namespace muqeem::ui
