#pragma once
// What the visa services share: the resident's verified details on a visa quote, a visa's own
// details, and the printed visa (GET /visas/{n}/document, with its verification QR).
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/flows/transaction_service.h"

namespace muqeem::ui {

// The resident and the visa after the transaction, as "verify data" shows them.
void visa_quote_details(Ui& ui, const api::VisaQuote& quote);
// A visa's type, status, dates and length.
// `with_number` false where the number is already shown (a result's copyable reference).
void visa_details(Ui& ui, const api::VisaDetails& visa, bool with_number = true);
// A visa's length as typed: 1 to 9999 whole days in Western digits; nullopt otherwise.
std::optional<int> whole_days(const std::string& text);
// A visa transaction's result: the visa as it stands, what was charged (when anything was) and a link
// to its page.
void visa_result(Ui& ui, const api::VisaResult& result, const std::string& id,
                 const std::function<void(const std::string&)>& navigate);
// A visa number as the portal makes them: ten digits.
bool valid_visa_number(const std::string& text);
// Fetches the visa's paper and hands it to `print` in `language`.
void print_visa(api::PortalClient& portal, const std::string& visa_number, const Catalogue& strings,
                Language language, std::function<void(PrintDocument)> print, Landing landing);

}  // namespace muqeem::ui
