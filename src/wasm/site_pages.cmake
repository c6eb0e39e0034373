# The site's own pages, linked from the footer of every page (src/shared/util/site_pages.h):
# accessibility.html, privacy.html, sources.html and advice.html, with their style sheet and
# script, made from the data files by cmake/make_site_pages.py (docs/site-pages.md). None is in
# the first load: a page is fetched when its link is followed, and the service worker keeps them
# all (offline.cmake lists REDRESS_SITE_PAGE_FILES with the app's files).
# Included by src/wasm/CMakeLists.txt before offline.cmake.
set(REDRESS_SITE_PAGE_FILES accessibility.html privacy.html sources.html advice.html pages.css pages.js)
file(GLOB _site_page_inputs CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/pages/*"
     "${PROJECT_SOURCE_DIR}/assets/policies/*.json" "${PROJECT_SOURCE_DIR}/assets/law/*.json")
set(_site_page_outputs)
foreach(_file ${REDRESS_SITE_PAGE_FILES})
  list(APPEND _site_page_outputs "${REDRESS_WEB_OUT}/${_file}")
endforeach()
add_custom_command(OUTPUT ${_site_page_outputs}
  COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/cmake/make_site_pages.py" "${PROJECT_SOURCE_DIR}/assets"
          "${PROJECT_SOURCE_DIR}/src/shared/calendar/calendar.cpp" "${REDRESS_WEB_OUT}"
  DEPENDS ${_site_page_inputs} "${PROJECT_SOURCE_DIR}/cmake/make_site_pages.py"
          "${PROJECT_SOURCE_DIR}/src/shared/calendar/calendar.cpp"
  COMMENT "Writing the site's own pages (accessibility, privacy, sources, free advice)"
  VERBATIM)
add_custom_target(redress_site_pages ALL DEPENDS ${_site_page_outputs})
