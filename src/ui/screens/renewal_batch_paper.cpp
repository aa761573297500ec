#include "ui/screens/renewal_batch_paper.h"

#include "api/csv.h"
#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"

namespace muqeem::ui {
namespace {

// The columns of the file and of the paper's table, in the officer's language.
std::vector<std::string> head(const Catalogue& strings) {
  return {strings.text("bulk.position"), strings.text("renew.iqama"),        strings.text("renew.name"),
          strings.text("bulk.outcome"),  strings.text("flow.requestNumber"), strings.text("renew.newExpiry"),
          strings.text("bulk.fee")};
}

std::vector<std::string> row(const api::BatchItemState& item, const Catalogue& strings, Language language) {
  const bool renewed = item.outcome == "renewed";
  std::string outcome = in_language(language, item.outcome_text);
  for (const auto& problem : item.problems) outcome += " " + in_language(language, problem);
  return {std::to_string(item.position),
          item.iqama_number,
          in_language(language, item.name),
          outcome,
          item.request_number,
          renewed ? item.new_expiry : std::string(),
          renewed ? money_text(strings, language, item.total_halalas) : std::string()};
}

}  // namespace

std::string batch_page(int64_t batch_id) {
  return "#/renewals/batches/" + std::to_string(batch_id);
}

std::string batch_file_name(int64_t batch_id) {
  return "muqeem-renewal-batch-" + std::to_string(batch_id) + ".csv";
}

std::string batch_outcomes_csv(const api::RenewalBatchState& state, const Catalogue& strings,
                               Language language) {
  std::string out = api::kCsvByteOrderMark + api::csv_line(head(strings));
  for (const auto& item : state.items) {
    std::vector<std::string> fields = row(item, strings, language);
    fields[2] = api::csv_guarded(fields[2]);  // names come from the store
    out += api::csv_line(fields);
  }
  return out;
}

void print_batch(api::PortalClient& portal, int64_t batch_id, const Catalogue& strings, Language language,
                 std::function<void(PrintDocument)> print, Landing landing) {
  portal.renewal_batch(batch_id, [&portal, &strings, language, batch_id, print = std::move(print), landing](
                                     domain::Result<api::RenewalBatchState, api::ApiError> result) mutable {
    if (!result) {
      landing(result.error(), {});
      return;
    }
    const api::RenewalBatchState state = std::move(result.value());
    PaperFrame frame;
    frame.title_key = "bulk.printTitle";
    frame.reference_key = "bulk.batchNumber";
    frame.reference = std::to_string(batch_id);
    establishment_paper(
        portal, strings, language, frame,
        [state, &strings, language](PrintDocument& document) {
          document.lines = {
              {strings.text("bulk.renewedCount"), std::to_string(state.renewed)},
              {strings.text("bulk.notRenewedCount"), std::to_string(state.not_renewed)},
              {strings.text("bulk.charged"), money_text(strings, language, state.charged_halalas)}};
          document.table_head = head(strings);
          for (const auto& item : state.items) document.table_rows.push_back(row(item, strings, language));
          document.landscape = true;
        },
        std::move(print), std::move(landing));
  });
}

}  // namespace muqeem::ui
