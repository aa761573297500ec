# cmake -DSITE=<folder> -DNAME=<executable> -P write_site_manifest.cmake
# Writes <site>/manifest.json: the executable's glue (<name>.js) and the files loader.js downloads
# before the app starts, with their sizes, so the progress bar is real from the first byte (before any
# response has announced its length).
file(GLOB fonts RELATIVE ${SITE} ${SITE}/fonts/*.ttf)
file(GLOB catalogues RELATIVE ${SITE} ${SITE}/i18n/*.json)
list(SORT fonts)
list(SORT catalogues)
set(entries "")
foreach(path ${NAME}.wasm ${fonts} ${catalogues})
  file(SIZE ${SITE}/${path} bytes)
  list(APPEND entries "{ \"path\": \"${path}\", \"bytes\": ${bytes} }")
endforeach()
list(JOIN entries ",\n    " joined)
file(WRITE ${SITE}/manifest.json "{\n  \"glue\": \"${NAME}.js\",\n  \"wasm\": \"${NAME}.wasm\",\n  \"files\": [\n    ${joined}\n  ]\n}\n")
