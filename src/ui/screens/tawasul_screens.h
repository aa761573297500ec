#pragma once
// Tawasul, the establishment's support requests (DOMAIN.md "Tawasul"): the list (#/tawasul), a new
// request (#/tawasul/new), filled in with what failed when "contact support" beside an error opened
// it, and a request's page (#/tawasul/{requestNumber}) with its history, the replies and a reply box.
// Requests and replies may carry files (checked before they go, uploaded with a progress bar), and
// a request's files download as files. Sending is idempotent: a request or reply gets its key once,
// and a retry sends the same one.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "ui/download_file.h"
#include "ui/screens/api_failure.h"
#include "ui/screens/attachments.h"
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
  AttachmentsField attachments_;
  bool tried_ = false, sending_ = false;
  double sent_fraction_ = 0;  // of the request's body, while it uploads
  std::string key_;
  std::optional<api::TawasulRequestDetail> sent_;
  std::optional<api::ApiError> error_;
  int generation_ = 0;
};

class TawasulRequestScreen {
 public:
  explicit TawasulRequestScreen(api::PortalClient& portal) : portal_(portal) {}
  void open(const std::string& request_number);
  PageActions draw(Ui& ui, ImVec2 size, const Navigate& navigate,
                   const std::function<void(const DownloadFile&)>& download);
  void reset();

 private:
  void load();
  void send_reply();
  void fetch_attachment(const api::AttachmentInfo& file,
                        const std::function<void(const DownloadFile&)>& download);
  void draw_reply_box(Ui& ui);

  api::PortalClient& portal_;
  std::string number_;
  std::optional<api::TawasulRequestDetail> request_;
  std::optional<api::ApiError> error_, reply_error_, download_error_;
  bool loading_ = false, replying_ = false, tried_ = false;
  std::string reply_, reply_key_;
  AttachmentsField reply_files_;
  double sent_fraction_ = 0;
  int generation_ = 0;
};

}  // namespace muqeem::ui
