#include "portal/store/residents.h"

#include <algorithm>

#include "domain/digits.h"
#include "portal/store/iqama_expiry.h"

namespace muqeem::portal::store {
namespace {

// The upper end of a prefix range: every string that starts with the prefix sorts below this one
// (U+10FFFF, the last code point, in UTF-8). A range, unlike LIKE, always uses the index.
std::string prefix_end(const std::string& prefix) {
  return prefix + "\xF4\x8F\xBF\xBF";
}

// Arabic letters are U+0600..U+06FF and U+0750..U+077F: UTF-8 lead bytes D8 to DD.
bool written_in_arabic(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0xD8 && byte <= 0xDD;
  });
}

const char* order_by(ResidentSort sort) {
  switch (sort) {
    case ResidentSort::NameAr:
      return "r.name_ar";
    case ResidentSort::IqamaExpiry:
      return "r.iqama_expiry";
    case ResidentSort::IqamaNumber:
      return "r.iqama_number";
    case ResidentSort::NameEn:
      break;
  }
  return "r.name_en";
}

}  // namespace

std::vector<Sql> resident_filters(const ResidentQuery& query) {
  std::vector<Sql> conditions;
  const auto digits = domain::western_digits(query.text);
  if (digits && !digits->empty()) {
    conditions.push_back({"r.iqama_number BETWEEN ? AND ?", {*digits, prefix_end(*digits)}});
  } else if (!query.text.empty()) {
    // One name column per script, so the search is a single range on one index (an OR of the two
    // would make SQLite walk the whole establishment in name order).
    conditions.push_back(
        {written_in_arabic(query.text) ? "r.name_ar BETWEEN ? AND ?" : "r.name_en BETWEEN ? AND ?",
         {query.text, prefix_end(query.text)}});
  }
  if (!query.nationality_code.empty())
    conditions.push_back({"r.nationality_code = ?", {query.nationality_code}});
  if (query.expiring_within_days)
    conditions.push_back(iqama_expiring_by(query.today, *query.expiring_within_days));
  if (query.validity == IqamaValidity::Expired) conditions.push_back(iqama_expired(query.today));
  if (query.validity == IqamaValidity::Valid) conditions.push_back(iqama_valid(query.today));
  return conditions;
}

ResidentPage search_residents(Database& db, const ResidentQuery& query) {
  // The WHERE clause is fixed text; every value the user gave is a bound parameter.
  std::vector<Sql> conditions{{"r.establishment_id = ?", {query.establishment_id}}};
  for (Sql& filter : resident_filters(query)) conditions.push_back(std::move(filter));
  const Sql where = where_all(conditions);
  ResidentPage page;
  const int size = std::clamp(query.size, 1, 200);
  const int64_t offset = static_cast<int64_t>(std::max(0, query.page)) * size;
  Statement rows = (Sql("SELECT r.id, r.iqama_number, r.name_ar, r.name_en, r.nationality_code, n.ar, n.en, "
                        "r.occupation_code, "
                        "o.ar, o.en, r.iqama_expiry, r.status FROM resident r JOIN nationality n ON n.code = "
                        "r.nationality_code JOIN occupation o ON o.code = r.occupation_code") +
                    where + " ORDER BY " + order_by(query.sort) + (query.descending ? " DESC" : " ASC") +
                    Sql(", r.id LIMIT ? OFFSET ?", {int64_t{size}, offset}))
                       .prepare(db);
  while (rows.step()) {
    page.rows.push_back({rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                         rows.text(5), rows.text(6), rows.text(7), rows.text(8), rows.text(9), rows.text(10),
                         rows.text(11)});
  }
  // A page that is not full ends the results, so they are counted already: a lookup by iqama number,
  // the commonest search, then runs one query instead of two.
  const bool counted = !page.rows.empty() && static_cast<int>(page.rows.size()) < size;
  if (counted) {
    page.total_elements = offset + static_cast<int64_t>(page.rows.size());
  } else {
    Statement count = (Sql("SELECT count(*) FROM resident r") + where).prepare(db);
    if (count.step()) page.total_elements = count.integer(0);
  }
  return page;
}

std::optional<ResidentFile> find_resident(Database& db, int64_t establishment_id,
                                          const std::string& iqama_number) {
  Statement row = db.prepare(
      "SELECT r.id, r.iqama_number, r.name_ar, r.name_en, r.nationality_code, n.ar, n.en, r.occupation_code, "
      "o.ar, "
      "o.en, r.iqama_expiry, r.status, r.gender, r.birth_date, r.passport_number, r.passport_expiry, "
      "r.insurance_expiry, r.inside_kingdom FROM resident r JOIN nationality n ON n.code = "
      "r.nationality_code "
      "JOIN occupation o ON o.code = r.occupation_code WHERE r.establishment_id = ?1 AND r.iqama_number = "
      "?2");
  row.bind(1, establishment_id).bind(2, iqama_number);
  if (!row.step()) return std::nullopt;
  ResidentFile file{{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5),
                     row.text(6), row.text(7), row.text(8), row.text(9), row.text(10), row.text(11)},
                    row.text(12),
                    row.text(13),
                    row.text(14),
                    row.text(15),
                    std::nullopt,
                    row.integer(17) != 0};
  if (!row.is_null(16)) file.insurance_expiry = row.text(16);
  return file;
}

namespace {

struct LookupTable {
  Lookup which;
  std::string_view name;   // in the path: /api/v1/lookups/<name>
  std::string_view table;  // fixed here: a table name is never built from input
  std::string_view order;
};

constexpr LookupTable kLookups[] = {
    {Lookup::Nationalities, "nationalities", "nationality", "en"},
    {Lookup::Occupations, "occupations", "occupation", "en"},
    {Lookup::Cities, "cities", "city", "en"},
    {Lookup::Permissions, "permissions", "permission", "position"},
    {Lookup::TawasulCategories, "tawasul-categories", "tawasul_category", "position"},
    {Lookup::TawasulStatuses, "tawasul-statuses", "tawasul_status", "rowid"},
    {Lookup::EstablishmentTypes, "establishment-types", "establishment_type", "position"},
    {Lookup::RegistrationTypes, "registration-types", "registration_type", "position"},
};

const LookupTable& table_of(Lookup which) {
  for (const auto& table : kLookups)
    if (table.which == which) return table;
  return kLookups[0];
}

}  // namespace

std::optional<Lookup> lookup_named(std::string_view name) {
  for (const auto& table : kLookups)
    if (table.name == name) return table.which;
  return std::nullopt;
}

std::vector<CodedRow> lookup(Database& db, Lookup which) {
  const LookupTable& table = table_of(which);
  Statement rows = db.prepare("SELECT code, ar, en FROM " + std::string(table.table) + " ORDER BY " +
                              std::string(table.order));
  std::vector<CodedRow> out;
  while (rows.step()) out.push_back({rows.text(0), rows.text(1), rows.text(2)});
  return out;
}

std::optional<CodedRow> find_lookup(Database& db, Lookup which, const std::string& code) {
  Statement row =
      db.prepare("SELECT code, ar, en FROM " + std::string(table_of(which).table) + " WHERE code = ?1");
  row.bind(1, code);
  if (!row.step()) return std::nullopt;
  return CodedRow{row.text(0), row.text(1), row.text(2)};
}

}  // namespace muqeem::portal::store
