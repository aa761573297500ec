#include "ui/screens/renewal_batch_paper.h"

#include <memory>

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

namespace {

// The batch with each renewal's verification QR, asked for one renewal after another (each paper's
// own code, the same on every print until it expires), then handed to `done`.
struct QrGathering {
  api::PortalClient& portal;
  api::RenewalBatchState state;
  std::vector<std::string> qrs;
  std::function<void(const api::RenewalBatchState&, std::vector<std::string>)> done;
  Landing landing;
};

void gather_next(std::shared_ptr<QrGathering> gathering) {
  const size_t next = gathering->qrs.size();
  if (next == gathering->state.items.size()) {
    gathering->done(gathering->state, std::move(gathering->qrs));
    return;
  }
  const api::BatchItemState& item = gathering->state.items[next];
  if (item.request_number.empty()) {
    gathering->qrs.emplace_back();
    gather_next(std::move(gathering));
    return;
  }
  gathering->portal.renewal_document(item.request_number,
                                     [gathering](domain::Result<api::RenewalDocument, api::ApiError> result) {
                                       if (!result) {
                                         gathering->landing(result.error(), {});
                                         return;
                                       }
                                       gathering->qrs.push_back(result.value().verification.qr_svg);
                                       gather_next(gathering);
                                     });
}

}  // namespace

void print_batch(api::PortalClient& portal, int64_t batch_id, const Catalogue& strings, Language language,
                 std::function<void(PrintDocument)> print, Landing landing) {
  auto made = [&portal, &strings, language, batch_id, print = std::move(print), landing](
                  const api::RenewalBatchState& state, std::vector<std::string> qrs) {
    PaperFrame frame;
    frame.title_key = "bulk.printTitle";
    frame.reference_key = "bulk.batchNumber";
    frame.reference = std::to_string(batch_id);
    establishment_paper(
        portal, strings, language, frame,
        [state, qrs = std::move(qrs), &strings, language](PrintDocument& document) {
          document.lines = {
              {strings.text("bulk.renewedCount"), std::to_string(state.renewed)},
              {strings.text("bulk.notRenewedCount"), std::to_string(state.not_renewed)},
              {strings.text("bulk.charged"), money_text(strings, language, state.charged_halalas)}};
          document.table_head = head(strings);
          for (const auto& item : state.items) document.table_rows.push_back(row(item, strings, language));
          document.table_qr_svgs = qrs;
          document.table_qr_head = strings.text("bulk.verifyQr");
          document.landscape = true;
        },
        print, landing);
  };
  portal.renewal_batch(batch_id, [&portal, made = std::move(made), landing](
                                     domain::Result<api::RenewalBatchState, api::ApiError> result) mutable {
    if (!result) {
      landing(result.error(), {});
      return;
    }
    gather_next(std::make_shared<QrGathering>(
        QrGathering{portal, std::move(result.value()), {}, std::move(made), landing}));
  });
}

}  // namespace muqeem::ui
