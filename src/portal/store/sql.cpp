#include "portal/store/sql.h"

namespace muqeem::portal::store {

Sql& Sql::operator+=(const Sql& more) {
  text_ += more.text_;
  values_.insert(values_.end(), more.values_.begin(), more.values_.end());
  return *this;
}

Statement Sql::prepare(Database& db) const {
  Statement statement = db.prepare(text_);
  int index = 0;
  for (const Value& value : values_) {
    ++index;
    if (const auto* number = std::get_if<int64_t>(&value))
      statement.bind(index, *number);
    else
      statement.bind(index, std::get<std::string>(value));
  }
  return statement;
}

Sql where_all(const std::vector<Sql>& conditions) {
  Sql out;
  for (const Sql& condition : conditions) out += Sql(out.empty() ? " WHERE (" : " AND (") + condition + ")";
  return out;
}

}  // namespace muqeem::portal::store
