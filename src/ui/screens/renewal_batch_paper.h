#pragma once
// What leaves the app of a renewal batch: its address (#/renewals/batches/{id}), its outcomes as a
// CSV file (one line per resident, in the officer's language), and its paper (one document: the
// establishment, the totals, a line per resident with the outcome and the request number).
#include <functional>
#include <string>

#include "api/portal_client.h"
#include "ui/catalogue.h"
#include "ui/flows/transaction_service.h"
#include "ui/print_document.h"

namespace muqeem::ui {

std::string batch_page(int64_t batch_id);
// "muqeem-renewal-batch-12.csv"
std::string batch_file_name(int64_t batch_id);
std::string batch_outcomes_csv(const api::RenewalBatchState& state, const Catalogue& strings,
                               Language language);
// The paper, from the batch as the portal has it now.
void print_batch(api::PortalClient& portal, int64_t batch_id, const Catalogue& strings, Language language,
                 std::function<void(PrintDocument)> print, Landing landing);

}  // namespace muqeem::ui
