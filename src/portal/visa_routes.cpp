#include "portal/visa_routes.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "api/visa_inquiry_dto.h"
#include "domain/identifiers.h"
#include "portal/api_responses.h"
#include "portal/public_limits.h"
#include "portal/visa_services.h"

namespace muqeem::portal {
namespace {

// GET /visas: the establishment's visas, of one resident and one type if asked, newest first.
Response visas_list(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  store::VisaQuery query;
  query.establishment_id = session->establishment_id;  // from the session, never from the request
  const std::string iqama = query_text(request, "iqamaNumber");
  if (!iqama.empty()) {
    const auto number = domain::IqamaNumber::parse(iqama);
    if (!number) return invalid_iqama_number();
    query.iqama_number = number->digits();
  }
  query.type_code = query_text(request, "type");
  if (!query.type_code.empty() && query.type_code != "exit-reentry-single" &&
      query.type_code != "exit-reentry-multiple" && query.type_code != "final-exit") {
    return invalid_fields({{"type",
                            {"نوع التأشيرة: exit-reentry-single أو exit-reentry-multiple أو final-exit",
                             "The visa type is exit-reentry-single, exit-reentry-multiple or final-exit"}}});
  }
  query.today = riyadh_today(services.now());
  query.page = query_number(request, "page", 0);
  query.size = std::clamp(query_number(request, "size", 20), 1, 200);
  const store::VisaPage found = store::search_visas(services.db, query);
  api::VisaPage page{{}, query.page, query.size, found.total_elements};
  for (const auto& row : found.rows) page.content.push_back(details_of(row));
  return json_response(200, page);
}

// GET /visas/{visaNumber}: inquiry by visa number, within the caller's establishment.
Response visa_of(PortalServices& services, const Request& request, const std::string& visa) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  const auto number = visa_number_of(visa);
  if (!number) return invalid_visa_number();
  const auto found =
      store::find_visa(services.db, session->establishment_id, *number, riyadh_today(services.now()));
  if (!found) return visa_not_found();
  return json_response(200, details_of(*found));
}

std::string upper_without_spaces(const std::string& text) {
  std::string out;
  for (const char c : text)
    if (c != ' ') out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

// The same answer for a number that does not exist and for a cross-check that does not match, so the
// check tells a guesser nothing about which numbers exist.
Response not_confirmed() {
  return problem(404, "visa-not-confirmed",
                 {"لا توجد تأشيرة تطابق البيانات المدخلة", "No visa matches the details entered"});
}

// POST /public/visa-validity: no sign-in. By visa number, or the newest visa of an iqama, in any
// establishment, once the holder's passport number or date of birth matches.
Response visa_validity(PortalServices& services, const Request& request) {
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_visa_validity_request(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const domain::CivilDate today = riyadh_today(services.now());
  std::optional<store::VisaRecord> visa;
  // Counted before the answer, right or wrong, so guessing costs a try each time.
  const auto spent = [&services, &request](const std::string& asked) {
    return limits::refuse_if_spent(services, {{limits::kVisaChecksPerAddress, limits::address_of(request)},
                                              {limits::kVisaChecksPerNumber, asked}});
  };
  if (!fields->iqama_number.empty()) {
    const auto number = domain::IqamaNumber::parse(fields->iqama_number);
    if (!number) return invalid_iqama_number();
    if (auto refused = spent("iqama:" + number->digits())) return std::move(*refused);
    visa = store::newest_visa_of(services.db, number->digits(), today);
  } else {
    const auto number = visa_number_of(fields->visa_number);
    if (!number) return invalid_visa_number();
    if (auto refused = spent("visa:" + *number)) return std::move(*refused);
    visa = store::find_any_visa(services.db, *number, today);
  }
  const bool confirmed =
      visa && (fields->passport_number.empty() ? visa->birth_date == fields->birth_date
                                               : upper_without_spaces(visa->passport_number) ==
                                                     upper_without_spaces(fields->passport_number));
  if (!confirmed) return not_confirmed();
  api::VisaValidity validity{details_of(*visa)};
  // An issued visa whose day has not passed is what the public asks about: is it valid?
  if (visa->status_code == "issued") validity.visa.status = {"valid", "سارية", "Valid"};
  return json_response(200, validity);
}

}  // namespace

std::optional<Response> route_visas(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  const bool post = request.method == "POST", get = request.method == "GET";
  if (path == "/api/v1/exit-reentry-visas/quote" && post) return exit_reentry_visa(services, request, false);
  if (path == "/api/v1/exit-reentry-visas" && post) return exit_reentry_visa(services, request, true);
  if (path == "/api/v1/final-exits/quote" && post) return final_exit(services, request, false);
  if (path == "/api/v1/final-exits" && post) return final_exit(services, request, true);
  if (path == "/api/v1/public/visa-validity" && post) return visa_validity(services, request);
  if (path == "/api/v1/visas" && get) return visas_list(services, request);

  constexpr std::string_view kVisa = "/api/v1/visas/";
  if (path.rfind(kVisa, 0) != 0) return std::nullopt;
  const std::string rest = path.substr(kVisa.size());
  const size_t slash = rest.find('/');
  const std::string number = rest.substr(0, slash);
  const std::string action = slash == std::string::npos ? "" : rest.substr(slash + 1);
  if (action.empty() && get) return visa_of(services, request, number);
  if (action == "document" && get) return visa_document(services, request, number);
  if (action == "extension/quote" && post) return exit_reentry_extension(services, request, number, false);
  if (action == "extension" && post) return exit_reentry_extension(services, request, number, true);
  if (action == "cancellation/quote" && post) return visa_cancellation(services, request, number, false);
  if (action == "cancellation" && post) return visa_cancellation(services, request, number, true);
  return std::nullopt;
}

}  // namespace muqeem::portal
