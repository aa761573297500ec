#include "ui/flows/flow_parts.h"

#include <ctime>

#include "domain/hijri_date.h"
#include "domain/identifiers.h"
#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/number_format.h"
#include "ui/screens/api_failure.h"
#include "ui/ui.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

std::string money_text(const Catalogue& strings, Language language, int64_t halalas) {
  return format_money(halalas, language) + " " + strings.text("common.sar");
}

std::string money_text(const Ui& ui, int64_t halalas) {
  return money_text(ui.screen().strings, ui.language(), halalas);
}

std::string both_calendars(const Ui& ui, const std::string& gregorian, const std::string& hijri) {
  return format_both_calendars(gregorian, hijri, ui.screen().strings);
}

std::string months_text(const Ui& ui, int count) {
  return ui.screen().strings.plural("common.months", count);
}

domain::CivilDate riyadh_today() {
  constexpr long kRiyadhOffset = 3 * 3600;
  return domain::CivilDate::from_days((static_cast<long>(std::time(nullptr)) + kRiyadhOffset) / 86400);
}

void fee_details(Ui& ui, const std::vector<api::FeeLine>& fees, int64_t total_halalas) {
  heading(ui, ui.text("flow.fees"), 2);
  if (fees.empty()) {
    detail(ui, ui.text("flow.total"), ui.text("flow.noFee"));
    return;
  }
  for (const auto& fee : fees)
    detail(ui, in_language(ui.language(), fee.label), money_text(ui, fee.amount_halalas));
  detail(ui, ui.text("flow.total"), money_text(ui, total_halalas));
}

std::vector<std::string> problem_texts(const Ui& ui, const std::vector<api::Coded>& problems) {
  std::vector<std::string> texts;
  for (const auto& problem : problems) texts.push_back(in_language(ui.language(), problem));
  return texts;
}

std::string error_for(const std::vector<FieldError>& errors, const std::string& field_id) {
  for (const auto& error : errors)
    if (error.field_id == field_id) return error.message;
  return {};
}

void check_field(const Ui& ui, std::vector<FieldError>& errors, const std::string& field_id,
                 const std::optional<api::ApiError>& error, const std::string& api_field, bool tried,
                 bool invalid, const std::string& own_message) {
  std::string message = api_field.empty() ? std::string() : field_error(ui, error, api_field);
  if (message.empty() && tried && invalid) message = own_message;
  if (!message.empty()) errors.push_back({field_id, message});
}

bool valid_iqama(const std::string& text) {
  return static_cast<bool>(domain::IqamaNumber::parse(text));
}

void iqama_field(Ui& ui, const std::string& id, std::string& value, const std::vector<FieldError>& errors) {
  Field iqama{id, ui.text("renew.iqama"), ui.text("renew.iqamaHint"), error_for(errors, id), true};
  iqama.max_length = 10;
  identifier_field(ui, iqama, value);
}

void check_iqama(const Ui& ui, std::vector<FieldError>& errors, const std::string& id,
                 const std::optional<api::ApiError>& error, bool tried, const std::string& value) {
  check_field(ui, errors, id, error, "iqamaNumber", tried, !valid_iqama(value),
              ui.text("renew.iqamaInvalid"));
}

void take_param(const std::map<std::string, std::string>& params, const char* name, std::string& value) {
  if (const auto found = params.find(name); found != params.end() && !found->second.empty())
    value = found->second;
}

PrintDocument paper(const Catalogue& strings, Language language, const PaperFrame& frame) {
  PrintDocument document;
  document.language = language_code(language);
  document.title = strings.text(frame.title_key);
  document.issuer = in_language(language, frame.establishment) + " · " + frame.establishment_number;
  document.date_line = strings.format(
      frame.date_key, {{"date", format_both_calendars(frame.date, frame.date_hijri, strings)}});
  document.reference = strings.text(frame.reference_key) + ": " + frame.reference;
  if (frame.verification) {
    const api::Verification& check = *frame.verification;
    document.qr_svg = check.qr_svg;
    document.qr_caption =
        strings.format("flow.printVerify",
                       {{"code", check.code},
                        {"date", format_both_calendars(check.expires_on, check.expires_on_hijri, strings)}});
  }
  document.footer = strings.text("flow.printFooter");
  return document;
}

void establishment_paper(api::PortalClient& portal, const Catalogue& strings, Language language,
                         PaperFrame frame, std::function<void(PrintDocument&)> lines,
                         std::function<void(PrintDocument)> print, Landing landing) {
  portal.establishment(land<api::EstablishmentProfile>(
      std::move(landing),
      [&strings, language, frame, lines, print](api::EstablishmentProfile profile) mutable {
        const domain::CivilDate today = riyadh_today();
        frame.establishment = profile.name;
        frame.establishment_number = profile.unified_number;
        frame.date = today.iso();
        const auto hijri = domain::HijriDate::from_civil(today);
        frame.date_hijri = hijri ? hijri->iso() : std::string();
        PrintDocument document = paper(strings, language, frame);
        lines(document);
        print(document);
      }));
}

}  // namespace muqeem::ui
