// The one translation unit that compiles stb_truetype for the text layer. ImGui compiles its own copy
// with STBTT_STATIC, so the two never clash; both are the file Dear ImGui ships.
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"
