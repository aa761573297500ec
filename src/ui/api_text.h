#pragma once
// Text the portal sends in both languages ({ar, en}: names, coded values, problem titles), in the one
// the UI shows.
#include <string>

#include "ui/catalogue.h"

namespace muqeem::ui {

template <typename Bilingual>  // api::Bilingual, api::Coded: anything with .ar and .en
const std::string& in_language(Language language, const Bilingual& text) {
  return language == Language::Arabic ? text.ar : text.en;
}

}  // namespace muqeem::ui
