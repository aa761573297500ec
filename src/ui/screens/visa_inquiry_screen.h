#pragma once
// The visa inquiry (#/visas?iqama=… or #/visas?number=…): the establishment's visas of one resident,
// newest first, or one visa by its number; a table of number, type, status and both dates in both
// calendars, each row opening the visa's page (#/visas/{visaNumber}).
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

class VisaInquiryScreen {
 public:
  explicit VisaInquiryScreen(api::PortalClient& portal) : portal_(portal) {}

  // The address's parameters: `iqama` or `number` searches at once; neither shows the empty form.
  void open(const std::map<std::string, std::string>& params);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void load();

  api::PortalClient& portal_;
  int key_ = 0;        // 0: by iqama number, 1: by visa number
  std::string typed_;  // the number as typed, kept when it is refused
  bool tried_ = false;
  std::string searched_;  // the number the shown results are for ("" before any search)
  int searched_key_ = 0;
  int page_number_ = 0;
  std::optional<api::VisaPage> page_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  TableState table_;
  int generation_ = 0;
};

}  // namespace muqeem::ui
