#pragma once
// SQL put together from pieces, each carrying the values its `?` placeholders stand for, so that a
// condition written once (what an expired iqama is, what a date range is) can take part in any
// statement: the pieces' values are bound in the order the pieces were joined, and never spliced into
// the text.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "portal/store/database.h"

namespace muqeem::portal::store {

class Sql {
 public:
  using Value = std::variant<int64_t, std::string>;

  Sql() = default;
  // Text without values converts implicitly, so fixed SQL joins pieces with values: "a" + piece + "b".
  Sql(std::string text, std::vector<Value> values = {})
      : text_(std::move(text)), values_(std::move(values)) {}
  Sql(const char* text) : text_(text) {}

  Sql& operator+=(const Sql& more);
  friend Sql operator+(Sql left, const Sql& right) { return left += right; }

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  // Prepared, with every value bound.
  Statement prepare(Database& db) const;

 private:
  std::string text_;
  std::vector<Value> values_;
};

// " WHERE a AND b ..." for the conditions given (each in parentheses), "" when there are none.
Sql where_all(const std::vector<Sql>& conditions);

}  // namespace muqeem::portal::store
