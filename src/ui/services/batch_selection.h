#pragma once
// Choosing whom a renewal batch renews (issue 18): the residents the residents list was filtered to
// (expired, or expiring within N days; at most a batch's worth), each quoted for the chosen duration
// so the list says, before anything is chosen, who can be renewed and for how much and who cannot
// and why. A checkbox per resident, a page at a time; "select every eligible one" takes them from all
// pages at once. A change of duration quotes them again and keeps the choices that still hold.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "ui/flows/flow_parts.h"
#include "ui/services/renewal_durations.h"

namespace muqeem::ui {

class BatchSelection {
 public:
  explicit BatchSelection(api::PortalClient& portal) : portal_(portal) {}

  void clear();
  // The residents list's filter: status "expired" or "valid" with `within` days ("30").
  void prefill(const std::map<std::string, std::string>& params);
  // The duration, the filter's residents with a checkbox each, and the selection's size and total.
  void draw(Ui& ui, const std::vector<FieldError>& errors);

  int duration_months() const;
  // The chosen residents' iqama numbers, in the order listed (the order they would be renewed in).
  std::vector<std::string> chosen() const;
  bool ready() const { return quote_.has_value(); }

 private:
  void load(int page);
  void quote();
  std::string filter_words(const Ui& ui) const;

  api::PortalClient& portal_;
  std::string status_ = "valid";
  int within_days_ = 30;
  int duration_ = 3;                 // index into kRenewalDurations: 12 months, what most renewals are
  std::vector<std::string> iqamas_;  // the filter's residents, as loaded
  int64_t total_residents_ = 0;
  bool loading_ = false, loaded_ = false;
  std::optional<api::RenewalBatchQuote> quote_;
  std::optional<api::ApiError> error_;
  std::set<std::string> chosen_;
  int page_ = 0;
  int generation_ = 0;
};

}  // namespace muqeem::ui
