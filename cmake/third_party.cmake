# Static libraries from the Debian source packages that scripts/bootstrap unpacked into third_party/src.
# The same sources are compiled natively and to WebAssembly, so native tests check the code that ships.

# Dear ImGui: the core everywhere; the WebGL2 (OpenGL ES 3) backend only in the browser.
set(IMGUI_DIR ${MUQEEM_THIRD_PARTY}/imgui)
add_library(imgui STATIC ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp
                         ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
# ImGui's demo window and its default font bitmap are never shipped.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_compile_options(imgui PRIVATE -w)
# The browser draws ImGui's output with shell/renderer.js (from src/ui/draw_stream.h), not ImGui's GL backend.

# HarfBuzz: the single-translation-unit build, with its own OpenType font functions (no FreeType).
add_library(harfbuzz STATIC ${MUQEEM_THIRD_PARTY}/harfbuzz/src/harfbuzz.cc)
target_include_directories(harfbuzz SYSTEM PUBLIC ${MUQEEM_THIRD_PARTY}/harfbuzz/src)
# Lean: only what shaping static TrueType fonts and drawing their outlines (the portal's captcha)
# need: HarfBuzz's own HB_LEAN and HB_MINI lists (hb-config.hh) less HB_NO_DRAW, and less HB_NO_OPEN
# (which 10.2's hb-face.cc does not honour). The shaping, BidiCharacterTest and pixel tests guard
# it; natively too, as the same definitions apply.
target_compile_definitions(harfbuzz PRIVATE HB_NO_MT
  HB_DISABLE_DEPRECATED HB_NO_ATEXIT HB_NO_BUFFER_MESSAGE HB_NO_BUFFER_SERIALIZE HB_NO_BUFFER_VERIFY
  HB_NO_BITMAP HB_NO_CFF HB_NO_COLOR HB_NO_ERRNO HB_NO_FACE_COLLECT_UNICODES HB_NO_GETENV
  HB_NO_HINTING HB_NO_LAYOUT_FEATURE_PARAMS HB_NO_LAYOUT_COLLECT_GLYPHS HB_NO_LAYOUT_RARELY_USED
  HB_NO_LAYOUT_UNUSED HB_NO_MATH HB_NO_META HB_NO_METRICS HB_NO_MMAP HB_NO_NAME
  HB_NO_OT_FONT_GLYPH_NAMES HB_NO_OT_SHAPE_FRACTIONS HB_NO_PAINT HB_NO_SETLOCALE HB_NO_STYLE
  HB_NO_SUBSET_LAYOUT HB_NO_VERTICAL HB_NO_VAR HB_NO_AAT HB_NO_LEGACY HB_NO_BORING_EXPANSION)
target_compile_options(harfbuzz PRIVATE -w -fno-exceptions -fno-rtti)

# FriBidi: lib/*.c with a hand-written config.h and a configured fribidi-config.h (no meson).
set(FRIBIDI_DIR ${MUQEEM_THIRD_PARTY}/fribidi)
set(PACKAGE fribidi)
set(PACKAGE_NAME "GNU FriBidi")
set(PACKAGE_BUGREPORT "https://github.com/fribidi/fribidi/issues/new")
set(FRIBIDI_VERSION 1.0.16)
set(FRIBIDI_MAJOR_VERSION 1)
set(FRIBIDI_MINOR_VERSION 0)
set(FRIBIDI_MICRO_VERSION 16)
set(FRIBIDI_INTERFACE_VERSION 4)
set(SIZEOF_INT 4)
set(FRIBIDI_MSVC_BUILD_PLACEHOLDER "")
configure_file(${FRIBIDI_DIR}/lib/fribidi-config.h.in ${CMAKE_BINARY_DIR}/fribidi/fribidi-config.h @ONLY)
file(GLOB FRIBIDI_SOURCES ${FRIBIDI_DIR}/lib/*.c)
add_library(fribidi STATIC ${FRIBIDI_SOURCES})
target_include_directories(fribidi SYSTEM PUBLIC ${FRIBIDI_DIR}/lib ${CMAKE_BINARY_DIR}/fribidi)
target_include_directories(fribidi PRIVATE ${CMAKE_SOURCE_DIR}/cmake/fribidi)
target_compile_definitions(fribidi PUBLIC FRIBIDI_LIB_STATIC PRIVATE HAVE_CONFIG_H)
target_compile_options(fribidi PRIVATE -w)

# SQLite: the amalgamation the bootstrap made. Built when something links it (the portal store).
add_library(sqlite3 STATIC EXCLUDE_FROM_ALL ${MUQEEM_THIRD_PARTY}/sqlite3/sqlite3.c)
target_include_directories(sqlite3 SYSTEM PUBLIC ${MUQEEM_THIRD_PARTY}/sqlite3)
target_compile_definitions(sqlite3 PRIVATE SQLITE_DQS=0 SQLITE_OMIT_LOAD_EXTENSION SQLITE_THREADSAFE=1)
target_compile_options(sqlite3 PRIVATE -w)

# nlohmann/json, header-only, from Debian's nlohmann-json3-dev. emcc must never see -I/usr/include,
# so the build points at a folder holding only a link to Debian's nlohmann/ headers.
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/include-nlohmann)
file(CREATE_LINK /usr/include/nlohmann ${CMAKE_BINARY_DIR}/include-nlohmann/nlohmann SYMBOLIC)
add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json SYSTEM INTERFACE ${CMAKE_BINARY_DIR}/include-nlohmann)

# libunibreak: line (UAX #14) and grapheme (UAX #29) break opportunities. The *data.c files are
# included by the sources that use them, as upstream's Makefile.am lists.
set(UNIBREAK_DIR ${MUQEEM_THIRD_PARTY}/libunibreak/src)
add_library(unibreak STATIC
  ${UNIBREAK_DIR}/unibreakbase.c ${UNIBREAK_DIR}/unibreakdef.c ${UNIBREAK_DIR}/linebreak.c
  ${UNIBREAK_DIR}/linebreakdata.c ${UNIBREAK_DIR}/linebreakdef.c ${UNIBREAK_DIR}/eastasianwidthdef.c
  ${UNIBREAK_DIR}/emojidef.c ${UNIBREAK_DIR}/graphemebreak.c)
target_include_directories(unibreak SYSTEM PUBLIC ${UNIBREAK_DIR})
target_compile_options(unibreak PRIVATE -w)

# libsodium (Argon2id password hashes, random tokens and codes) and libqrencode (the QR codes on
# printed documents), for the portal. Natively Debian's packages; in the browser (the static demo
# runs the portal inside the page) their Debian 13 sources, compiled here as harfbuzz and fribidi are.
find_package(PkgConfig REQUIRED)
if(NOT EMSCRIPTEN)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
  pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
  add_library(sodium INTERFACE)
  target_link_libraries(sodium INTERFACE PkgConfig::SODIUM)
  add_library(qrencode INTERFACE)
  target_link_libraries(qrencode INTERFACE PkgConfig::QRENCODE)
else()
  # libsodium's portable C only (no assembly, no SIMD, no threads): every file whose instructions
  # wasm lacks is guarded by a HAVE_* macro configure would have set. Random bytes come from
  # randombytes.c's Emscripten path, which asks the browser's crypto.getRandomValues; the
  # /dev/urandom and RDRAND implementations are left out, as upstream's Makefile.am does there.
  set(SODIUM_DIR ${MUQEEM_THIRD_PARTY}/libsodium/src/libsodium)
  set(VERSION 1.0.18)
  set(SODIUM_LIBRARY_VERSION_MAJOR 10)  # configure.ac's, for 1.0.18
  set(SODIUM_LIBRARY_VERSION_MINOR 3)
  set(SODIUM_LIBRARY_MINIMAL_DEF "")
  configure_file(${SODIUM_DIR}/include/sodium/version.h.in ${CMAKE_BINARY_DIR}/sodium/sodium/version.h @ONLY)
  configure_file(${SODIUM_DIR}/include/sodium/export.h ${CMAKE_BINARY_DIR}/sodium/sodium/export.h COPYONLY)  # version.h's
  file(GLOB_RECURSE SODIUM_SOURCES ${SODIUM_DIR}/*.c)
  list(FILTER SODIUM_SOURCES EXCLUDE REGEX "/randombytes/(sysrandom|internal)/")
  add_library(sodium STATIC EXCLUDE_FROM_ALL ${SODIUM_SOURCES})
  # sodium/version.h from the build folder: the source tree's include/sodium/ has only its template.
  target_include_directories(sodium SYSTEM PUBLIC ${CMAKE_BINARY_DIR}/sodium ${SODIUM_DIR}/include)
  target_include_directories(sodium PRIVATE ${SODIUM_DIR}/include/sodium ${CMAKE_BINARY_DIR}/sodium/sodium)
  target_compile_definitions(sodium PUBLIC SODIUM_STATIC PRIVATE CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1)
  target_compile_options(sodium PRIVATE -w)

  set(QRENCODE_DIR ${MUQEEM_THIRD_PARTY}/qrencode)
  add_library(qrencode STATIC EXCLUDE_FROM_ALL
    ${QRENCODE_DIR}/qrencode.c ${QRENCODE_DIR}/qrinput.c ${QRENCODE_DIR}/bitstream.c ${QRENCODE_DIR}/qrspec.c
    ${QRENCODE_DIR}/rsecc.c ${QRENCODE_DIR}/split.c ${QRENCODE_DIR}/mask.c ${QRENCODE_DIR}/mqrspec.c
    ${QRENCODE_DIR}/mmask.c)
  target_include_directories(qrencode SYSTEM PUBLIC ${QRENCODE_DIR})
  # What its CMakeLists.txt defines for a release build; no pthread mutex (one thread here).
  target_compile_definitions(qrencode PRIVATE MAJOR_VERSION=4 MINOR_VERSION=1 MICRO_VERSION=1 VERSION="4.1.1"
                                              STATIC_IN_RELEASE=static)
  target_compile_options(qrencode PRIVATE -w)
endif()
