# redress_data_files(<out list> <folder>)
# assets/<folder>/*.json without the policies' tables of test cases (*.tests.json), sorted: the
# data files the CLI and the tests embed (src/shared) and the browser fetches as its catalogue
# file (src/wasm). One list, so the two can never hold different files.
function(redress_data_files out folder)
  file(GLOB _files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/${folder}/*.json")
  list(FILTER _files EXCLUDE REGEX "\\.tests\\.json$")
  list(SORT _files)
  set(${out} ${_files} PARENT_SCOPE)
endfunction()

# redress_embed_files(OUTPUT out.cpp NAMESPACE ns FILES a.json b.json ...)
# Generates a .cpp defining `std::span<const redress::EmbeddedFile> ns::embedded_files()`, so the
# policies travel inside the CLI and the tests (natively and under Node) and no file is read at
# run time. The browser app fetches them instead (src/wasm, catalogue.txt).
function(redress_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;NAMESPACE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND "${CMAKE_COMMAND}" -DOUTPUT=${ARG_OUTPUT} -DNAMESPACE=${ARG_NAMESPACE}
            "-DFILES=${ARG_FILES}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    DEPENDS ${ARG_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    COMMENT "Embedding ${ARG_NAMESPACE} files"
    VERBATIM)
endfunction()
