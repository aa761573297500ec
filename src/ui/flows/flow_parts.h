#pragma once
// Pieces the services' definitions share: money and dates as officers read them, the fees block of
// "verify data", the portal's problems in the officer's language, the iqama number field's checks,
// and the printed paper's frame (title, issuer, date, reference, verification QR, footer).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "domain/civil_date.h"
#include "ui/flows/transaction_service.h"
#include "ui/print_document.h"
#include "ui/widgets/alert.h"

namespace muqeem::ui {

class Ui;
class Catalogue;

// "650.00 SAR" / "650.00 ريال", from halalas.
std::string money_text(const Catalogue& strings, Language language, int64_t halalas);
std::string money_text(const Ui& ui, int64_t halalas);
// An ISO date with its Hijri date beside it, in words.
std::string both_calendars(const Ui& ui, const std::string& gregorian, const std::string& hijri = {});
std::string months_text(const Ui& ui, int count);
// Today in Riyadh (UTC+3, no daylight saving), by this machine's clock: a typed date's distance in
// days, a paper's date.
domain::CivilDate riyadh_today();

// "Fees": each line and the total; "no fee" when nothing is charged.
void fee_details(Ui& ui, const std::vector<api::FeeLine>& fees, int64_t total_halalas);
// The portal's problems, each in the UI's language.
std::vector<std::string> problem_texts(const Ui& ui, const std::vector<api::Coded>& problems);

// The message for `field_id` among `errors`; empty when none.
std::string error_for(const std::vector<FieldError>& errors, const std::string& field_id);
// Adds the field's error: the portal's word on `api_field` first, else `own_message` once the officer
// has tried to go on and `invalid` holds.
void check_field(const Ui& ui, std::vector<FieldError>& errors, const std::string& field_id,
                 const std::optional<api::ApiError>& error, const std::string& api_field, bool tried,
                 bool invalid, const std::string& own_message);
// The iqama number: ten digits, a 1 or 2 first, its check digit right.
bool valid_iqama(const std::string& text);
// The iqama number field most services start with, and its check (the portal's word, or ours).
void iqama_field(Ui& ui, const std::string& id, std::string& value, const std::vector<FieldError>& errors);
void check_iqama(const Ui& ui, std::vector<FieldError>& errors, const std::string& id,
                 const std::optional<api::ApiError>& error, bool tried, const std::string& value);
// `value` becomes the link's parameter `name` when the link gave one (a resident's file's ?iqama=).
void take_param(const std::map<std::string, std::string>& params, const char* name, std::string& value);

// The paper's frame in `language`: its title, the establishment, the day, the reference, the
// verification QR and its caption when the portal gave one, and the footer. Lines are the caller's.
struct PaperFrame {
  std::string title_key;
  api::Bilingual establishment;
  std::string establishment_number;
  std::string date, date_hijri;
  std::string reference_key = "flow.requestNumber";
  std::string reference;
  const api::Verification* verification = nullptr;
  std::string date_key = "flow.printDate";  // "Requested on {date}"; a reprint says when it was printed
};
PrintDocument paper(const Catalogue& strings, Language language, const PaperFrame& frame);
// For a transaction whose paper the portal does not keep: the establishment from the portal, today's
// date (both calendars), no QR; `lines` fills in the rest in the paper's language.
void establishment_paper(api::PortalClient& portal, const Catalogue& strings, Language language,
                         PaperFrame frame, std::function<void(PrintDocument&)> lines,
                         std::function<void(PrintDocument)> print, Landing landing);

}  // namespace muqeem::ui
