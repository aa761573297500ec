# cmake -DSITE=<folder> -DNAME=<executable> -DTERSER=<npm's terser> -P finish_site.cmake
# Makes an assembled site ready to serve and to cache (issue 16):
# 0. Minifies every script (the glue, shell/*.js): their comments and long local names are for the
#    readers of the sources, not for every officer's download (about 13 KB brotli of 600).
# 1. Names every file the page loads by its content (`muqeem.<hash>.wasm`, fonts, catalogues,
#    scripts, the style sheet), so a server or static host may cache them for a year: a new build
#    has new names. index.html and manifest.json keep their names and are revalidated each visit.
# 2. Writes manifest.json: the glue, the renderer (shell/renderer.js), the wasm, the names of what
#    the rehearsal of the start calls (shell/renderer.js) and the files loader.js downloads before
#    the app starts
#    (each with its hashed URL, the name the app reads it by, and its size, so the progress bar is
#    real from the first byte).
# 3. Writes a brotli (.br) and a gzip (.gz) copy beside every text and wasm file, for servers that
#    send precompressed files (muqeem-portal, nginx's gzip_static, static hosts).
cmake_minimum_required(VERSION 3.20)

# Renames <SITE>/<path> to its hashed name; sets <out> to the new relative path.
function(hashed_name path out)
  file(SHA256 ${SITE}/${path} digest)
  string(SUBSTRING ${digest} 0 12 short)
  string(REGEX REPLACE "^(.*)\\.([^./]+)$" "\\1.${short}.\\2" renamed ${path})
  file(RENAME ${SITE}/${path} ${SITE}/${renamed})
  set(${out} ${renamed} PARENT_SCOPE)
endfunction()

# Rewrites <SITE>/<path> minified: compressed and local names shortened, never a global or a
# property (the page's scripts share globals, and the glue's exports are read by name).
function(minify path)
  execute_process(COMMAND ${TERSER} ${SITE}/${path} --compress --mangle --output ${SITE}/${path}.min
                  RESULT_VARIABLE failed ERROR_VARIABLE why)
  if(failed)
    message(FATAL_ERROR "terser failed on ${path}: ${why}")
  endif()
  file(RENAME ${SITE}/${path}.min ${SITE}/${path})
endfunction()

# The names the glue gives the exports and imports the rehearsal of the start needs
# (src/platform/rehearsal.cpp, shell/renderer.js): read before minifying, from the glue's own tables.
file(READ ${SITE}/${NAME}.js glue_source)
function(export_name symbol out)
  if(NOT glue_source MATCHES "Module\\[\"${symbol}\"\\]=Module\\[\"asm\"\\]\\[\"([A-Za-z0-9_$]+)\"\\]")
    message(FATAL_ERROR "${NAME}.js exports no ${symbol}")
  endif()
  set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
endfunction()
if(glue_source MATCHES "function invoke_")
  # The static demo catches C++ exceptions through the glue: its calls go through invoke_* imports,
  # which the rehearsal's do-nothing imports would skip, so it has no rehearsal.
  set(rehearsal "null")
else()
  export_name(___wasm_call_ctors rehearsal_ctors)
  export_name(_malloc rehearsal_malloc)
  export_name(_muqeem_rehearsal_file rehearsal_file)
  export_name(_muqeem_rehearse rehearsal_run)
  # The C library's writes (to the console) must be told they were written, or it tries again forever.
  if(NOT glue_source MATCHES "\"([A-Za-z0-9_$]+)\":_fd_write[,}]")
    message(FATAL_ERROR "${NAME}.js imports no fd_write")
  endif()
  set(rehearsal_fd_write ${CMAKE_MATCH_1})
  set(rehearsal "{ \"ctors\": \"${rehearsal_ctors}\", \"malloc\": \"${rehearsal_malloc}\", \"file\": \"${rehearsal_file}\", \"run\": \"${rehearsal_run}\", \"fdWrite\": \"${rehearsal_fd_write}\" }")
endif()

file(GLOB scripts RELATIVE ${SITE} ${SITE}/*.js)
list(REMOVE_ITEM scripts sw.js)  # minified once its placeholders are filled in, below
foreach(path ${scripts})
  minify(${path})
endforeach()

# The files the app reads at start-up, by the name it reads them.
file(GLOB fonts RELATIVE ${SITE} ${SITE}/fonts/*.ttf)
file(GLOB catalogues RELATIVE ${SITE} ${SITE}/i18n/*.json)
list(SORT fonts)
list(SORT catalogues)
set(entries "")
foreach(path ${NAME}.wasm ${fonts} ${catalogues})
  file(SIZE ${SITE}/${path} bytes)
  hashed_name(${path} url)
  if(path STREQUAL "${NAME}.wasm")
    set(wasm_url ${url})
  endif()
  list(APPEND entries "{ \"path\": \"${url}\", \"name\": \"${path}\", \"bytes\": ${bytes} }")
  list(APPEND renamed_from ${path})
  list(APPEND renamed_to ${url})
endforeach()
hashed_name(${NAME}.js glue_url)
# The renderer (shell/renderer.js) is started with the glue, as the page's script and as its worker.
hashed_name(renderer.js renderer_url)
list(JOIN entries ",\n    " joined)
file(WRITE ${SITE}/manifest.json
     "{\n  \"glue\": \"${glue_url}\",\n  \"renderer\": \"${renderer_url}\",\n  \"wasm\": \"${wasm_url}\",\n  \"rehearsal\": ${rehearsal},\n  \"files\": [\n    ${joined}\n  ]\n}\n")

# The style sheet's @font-face rules name the fonts (the overlay's inputs and the printed page use
# them): by their new names, before the sheet itself is named by its content.
file(READ ${SITE}/app.css sheet)
# Its comments are for the readers of shell/app.css, not for every officer's download.
string(REGEX REPLACE "/\\*[^*]*\\*+([^/*][^*]*\\*+)*/\n?" "" sheet "${sheet}")
foreach(from to IN ZIP_LISTS renamed_from renamed_to)
  string(REPLACE "${from}" "${to}" sheet "${sheet}")
endforeach()
file(WRITE ${SITE}/app.css "${sheet}")

# The page's own scripts and style sheet, renamed and referred to by their new names.
file(READ ${SITE}/index.html page)
# The static demo (muqeem-demo) has its portal inside the wasm, nothing to ask over the network
# before it starts: no early sign-in there (shell/early-sign-in.js).
if(NAME MATCHES "-demo$")
  file(REMOVE ${SITE}/early-sign-in.js)
  string(REPLACE "  <script src=\"early-sign-in.js\" defer></script>\n" "" page "${page}")
endif()
foreach(path app.css loader.js overlay.js print.js offline.js early-sign-in.js)
  if(EXISTS ${SITE}/${path})
    hashed_name(${path} url)
    string(REPLACE "\"${path}\"" "\"${url}\"" page "${page}")
  endif()
endforeach()
# The page asks for the manifest, the fonts and the catalogues as soon as it is read, before its
# scripts run (the loader's own requests then find them under way; `as="fetch" crossorigin` matches
# its fetch()). Not the wasm nor the glue: loader.js asks for them once the early sign-in is on
# screen, so on a slow line their 400 KB do not hold back the form the officer can already use.
set(preloads "<link rel=\"preload\" href=\"manifest.json\" as=\"fetch\" crossorigin>\n")
foreach(url ${renamed_to})
  if(NOT url STREQUAL wasm_url)
    string(APPEND preloads "  <link rel=\"preload\" href=\"${url}\" as=\"fetch\" crossorigin>\n")
  endif()
endforeach()
string(REPLACE "<!-- preloads -->\n" "${preloads}" page "${page}")
file(WRITE ${SITE}/index.html "${page}")

# sw.js, the service worker (shell/sw.js): this build's name and the files it keeps for starting
# without the network. Any change to the page or to a file it loads changes the name, so browsers
# find a new worker and the app offers the new version.
file(SHA256 ${SITE}/index.html page_digest)
file(SHA256 ${SITE}/manifest.json manifest_digest)
string(SHA256 build "${page_digest}${manifest_digest}")
string(SUBSTRING ${build} 0 12 build)
set(kept "'index.html'" "'manifest.json'" "'favicon.svg'" "'${glue_url}'" "'${renderer_url}'")
foreach(path ${renamed_to})
  list(APPEND kept "'${path}'")
endforeach()
string(REGEX MATCHALL "\"[a-z-]+\\.[0-9a-f]+\\.(css|js)\"" page_files "${page}")
foreach(quoted ${page_files})
  string(REPLACE "\"" "'" quoted ${quoted})
  list(APPEND kept ${quoted})
endforeach()
list(REMOVE_DUPLICATES kept)
list(JOIN kept ", " kept)
file(READ ${SITE}/sw.js worker)
string(REPLACE "@BUILD@" "${build}" worker "${worker}")
string(REPLACE "@FILES@" "${kept}" worker "${worker}")
file(WRITE ${SITE}/sw.js "${worker}")
minify(sw.js)

# _headers, for static hosts that read it (Netlify, Cloudflare Pages): the page's security headers
# as muqeem-portal and deploy/nginx.conf send them, and the caching above. A path matching two rules
# gets both sets, so Cache-Control is given once per path, never under /*.
set(csp "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; font-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
set(headers "/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  X-Frame-Options: DENY\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Resource-Policy: same-origin\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()\n")
foreach(path / /index.html /manifest.json /sw.js)
  string(APPEND headers "${path}\n  Cache-Control: no-cache\n")
endforeach()
file(GLOB_RECURSE named RELATIVE ${SITE} ${SITE}/*)
foreach(path ${named})
  if(path MATCHES "\\.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]\\.[a-z0-9]+$")
    string(APPEND headers "/${path}\n  Cache-Control: public, max-age=31536000, immutable\n")
  endif()
endforeach()
file(WRITE ${SITE}/_headers "${headers}")

# Precompressed copies of everything a browser downloads that compresses.
file(GLOB_RECURSE all RELATIVE ${SITE} ${SITE}/*)
foreach(path ${all})
  if(path MATCHES "\\.(html|js|css|json|wasm|svg|ttf|txt|yaml|webmanifest)$")
    execute_process(COMMAND brotli -q 11 -f -k -o ${SITE}/${path}.br ${SITE}/${path} RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "brotli failed on ${path}")
    endif()
    execute_process(COMMAND gzip -9 -n -f -k ${SITE}/${path} RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "gzip failed on ${path}")
    endif()
  endif()
endforeach()
