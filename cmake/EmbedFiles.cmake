# redress_embed_files(OUTPUT out.cpp NAMESPACE ns FILES a.json b.json ...)
# Generates a .cpp defining `std::span<const redress::EmbeddedFile> ns::embedded_files()`, so the
# policies travel inside every binary (native and wasm) and no file is read at run time.
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
