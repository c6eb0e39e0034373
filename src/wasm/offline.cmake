# Installable and offline (included by src/wasm/CMakeLists.txt after the app and the page): the
# web app manifest and its icons, the service worker, and a .br and .gz of every file a server
# sends compressed. Each output has one rule, in one of two targets:
#   redress_offline        icons/, manifest.webmanifest, sw.js
#   redress_precompressed  FILE.br and FILE.gz beside each file below; built after everything
#                          else in ${REDRESS_WEB_OUT} (it depends on redress_app, redress_web
#                          and redress_offline), so it always compresses the final bytes.

# The app's files, relative to ${REDRESS_WEB_OUT}. The service worker keeps REDRESS_OFFLINE_FILES
# on its install, and REDRESS_OFFLINE_LAZY once the page first fetches them (the dyslexia-friendly
# font, fetched only when chosen). A file the page needs offline must be in one of the lists;
# the build warns about any file in the folder that is in neither.
set(REDRESS_OFFLINE_FILES index.html style.css app.js redress_app.js redress_app.wasm fonts/redress-ui.ttc
    catalogue.txt manifest.webmanifest ${REDRESS_SITE_PAGE_FILES})
set(REDRESS_OFFLINE_LAZY fonts/redress-dyslexic.otc)

# The link writes redress_app.wasm beside redress_app.js; declaring it lets the rules below read it.
add_custom_command(TARGET redress_app POST_BUILD COMMAND "${CMAKE_COMMAND}" -E true
                   BYPRODUCTS "${REDRESS_WEB_OUT}/redress_app.wasm" VERBATIM)

# --- Icons: assets/icons/redress.svg drawn at 192 and 512 px (rsvg-convert, Debian librsvg2-bin).
# Their names carry a hash of the SVG, so a server may cache them for a year (deploy/headers.json).
set(_icon_svg "${PROJECT_SOURCE_DIR}/assets/icons/redress.svg")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_icon_svg}")  # its hash names the files
file(SHA256 "${_icon_svg}" _icon_hash)
string(SUBSTRING "${_icon_hash}" 0 12 _icon_hash)
find_program(REDRESS_RSVG_CONVERT rsvg-convert REQUIRED)
set(_icons)
foreach(_size 192 512)
  set(_icon "${REDRESS_WEB_OUT}/icons/redress-${_size}-${_icon_hash}.png")
  add_custom_command(OUTPUT "${_icon}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${REDRESS_WEB_OUT}/icons"
    COMMAND "${REDRESS_RSVG_CONVERT}" --width=${_size} --height=${_size} --output=${_icon} "${_icon_svg}"
    DEPENDS "${_icon_svg}"
    COMMENT "Drawing the ${_size} px icon"
    VERBATIM)
  list(APPEND _icons "${_icon}")
endforeach()

# --- The web app manifest: assets/manifest.json, the theme's colours (web/style.css), the icons.
add_custom_command(OUTPUT "${REDRESS_WEB_OUT}/manifest.webmanifest"
  COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/cmake/make_manifest.py" "${PROJECT_SOURCE_DIR}/assets/manifest.json"
          "${PROJECT_SOURCE_DIR}/web/style.css" "${REDRESS_WEB_OUT}/manifest.webmanifest" ${_icons}
  DEPENDS "${PROJECT_SOURCE_DIR}/assets/manifest.json" "${PROJECT_SOURCE_DIR}/web/style.css" ${_icons}
          "${PROJECT_SOURCE_DIR}/cmake/make_manifest.py"
  VERBATIM)

# --- The service worker: web/sw.js with the version (a hash of the files) and the lists written
# in, minified by esbuild. Not part of app.js: nothing in web/app imports it.
set(_offline_inputs)
foreach(_file ${REDRESS_OFFLINE_FILES} ${REDRESS_OFFLINE_LAZY})
  list(APPEND _offline_inputs "${REDRESS_WEB_OUT}/${_file}")
endforeach()
add_custom_command(OUTPUT "${REDRESS_WEB_OUT}/sw.js"
  COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/cmake/make_service_worker.py" "${PROJECT_SOURCE_DIR}/web/sw.js"
          "${REDRESS_WEB_OUT}/sw.js" "${REDRESS_WEB_OUT}" --precache ${REDRESS_OFFLINE_FILES} --lazy ${REDRESS_OFFLINE_LAZY}
  DEPENDS ${_offline_inputs} "${PROJECT_SOURCE_DIR}/web/sw.js" "${PROJECT_SOURCE_DIR}/cmake/make_service_worker.py"
          "${PROJECT_SOURCE_DIR}/package-lock.json"
  VERBATIM)
add_custom_target(redress_offline ALL DEPENDS "${REDRESS_WEB_OUT}/sw.js" "${REDRESS_WEB_OUT}/manifest.webmanifest" ${_icons})
add_dependencies(redress_offline redress_app redress_web redress_site_pages)

# --- Precompressed copies (cmake/precompress.py: Debian's brotli, and gzip): every text, wasm
# and font file; PNGs are compressed already.
set(_precompressed)
foreach(_file ${REDRESS_OFFLINE_FILES} ${REDRESS_OFFLINE_LAZY} sw.js)
  set(_in "${REDRESS_WEB_OUT}/${_file}")
  add_custom_command(OUTPUT "${_in}.br" "${_in}.gz"
    COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/cmake/precompress.py" "${_in}"
    DEPENDS "${_in}" "${PROJECT_SOURCE_DIR}/cmake/precompress.py"
    VERBATIM)
  list(APPEND _precompressed "${_in}.br" "${_in}.gz")
endforeach()
add_custom_target(redress_precompressed ALL DEPENDS ${_precompressed})
add_dependencies(redress_precompressed redress_app redress_web redress_offline redress_site_pages)
