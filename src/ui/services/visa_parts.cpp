#include "ui/services/visa_parts.h"

#include <cstdlib>

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

std::optional<int> whole_days(const std::string& text) {
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const int value = std::atoi(text.c_str());
  return value >= 1 ? std::optional(value) : std::nullopt;
}

void visa_result(Ui& ui, const api::VisaResult& result, const std::string& id,
                 const std::function<void(const std::string&)>& navigate) {
  visa_details(ui, result.visa, false);
  if (result.charged_halalas > 0) detail(ui, ui.text("flow.charged"), money_text(ui, result.charged_halalas));
  Button open{id + ".openVisa", ui.text("visa.open"), ButtonKind::Link};
  open.navigates = true;
  if (button(ui, open)) navigate("#/visas/" + result.visa.visa_number);
}

bool valid_visa_number(const std::string& text) {
  return text.size() == 10 && text.find_first_not_of("0123456789") == std::string::npos;
}

void visa_quote_details(Ui& ui, const api::VisaQuote& quote) {
  heading(ui, ui.text("flow.verifiedDetails"), 2);
  detail(ui, ui.text("renew.name"), in_language(ui.language(), quote.name));
  detail(ui, ui.text("renew.iqama"), quote.iqama_number);
  detail(ui, ui.text("renew.nationality"), in_language(ui.language(), quote.nationality));
  detail(ui, ui.text("renew.passport"), quote.passport_number);
  detail(ui, ui.text("file.passportExpiry"), both_calendars(ui, quote.passport_expiry));
  detail(ui, ui.text("renew.currentExpiry"),
         both_calendars(ui, quote.iqama_expiry, quote.iqama_expiry_hijri));
  detail(ui, ui.text("file.whereabouts"), ui.text(quote.inside_kingdom ? "file.inside" : "file.outside"));
  if (quote.visa_number) detail(ui, ui.text("visa.number"), *quote.visa_number);
  detail(ui, ui.text("visa.type"), in_language(ui.language(), quote.type));
  detail(ui, ui.text("visa.until"), both_calendars(ui, quote.expires_on, quote.expires_on_hijri));
  detail(ui, ui.text("visa.length"), ui.screen().strings.plural("common.days", quote.duration_days));
}

void visa_details(Ui& ui, const api::VisaDetails& visa, bool with_number) {
  if (with_number) detail(ui, ui.text("visa.number"), visa.visa_number);
  detail(ui, ui.text("renew.name"), in_language(ui.language(), visa.name));
  detail(ui, ui.text("renew.iqama"), visa.iqama_number);
  detail(ui, ui.text("visa.type"), in_language(ui.language(), visa.type));
  detail(ui, ui.text("visa.status"), in_language(ui.language(), visa.status));
  detail(ui, ui.text("visa.issuedOn"), both_calendars(ui, visa.issued_on, visa.issued_on_hijri));
  detail(ui, ui.text("visa.until"), both_calendars(ui, visa.expires_on, visa.expires_on_hijri));
  detail(ui, ui.text("visa.length"), ui.screen().strings.plural("common.days", visa.duration_days));
}

void print_visa(api::PortalClient& portal, const std::string& visa_number, const Catalogue& strings,
                Language language, std::function<void(PrintDocument)> print, Landing landing) {
  portal.visa_document(
      visa_number,
      land<api::VisaDocument>(std::move(landing), [&strings, language, print](api::VisaDocument paper_data) {
        const api::VisaDetails& visa = paper_data.visa;
        const auto both = [&strings](const std::string& gregorian, const std::string& hijri) {
          return format_both_calendars(gregorian, hijri, strings);
        };
        PrintDocument document =
            paper(strings, language,
                  {"visa.printTitle", paper_data.establishment, paper_data.establishment_number,
                   paper_data.printed_on, paper_data.printed_on_hijri, "visa.number", visa.visa_number,
                   &paper_data.verification, "visa.printedOn"});
        document.title = in_language(language, visa.type);
        document.lines = {{strings.text("renew.name"), in_language(language, visa.name)},
                          {strings.text("renew.iqama"), visa.iqama_number},
                          {strings.text("renew.nationality"), in_language(language, paper_data.nationality)},
                          {strings.text("renew.passport"), paper_data.passport_number},
                          {strings.text("visa.status"), in_language(language, visa.status)},
                          {strings.text("visa.issuedOn"), both(visa.issued_on, visa.issued_on_hijri)},
                          {strings.text("visa.until"), both(visa.expires_on, visa.expires_on_hijri)},
                          {strings.text("visa.length"), strings.plural("common.days", visa.duration_days)}};
        print(document);
      }));
}

}  // namespace muqeem::ui
