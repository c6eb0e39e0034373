# Makes a patched copy of a third-party file: copies SOURCE to OUTPUT and applies each patch
# given after "--", in order, with GNU patch (Debian's `patch` package).
#
#     cmake -DSOURCE=<file> -DOUTPUT=<copy> -P cmake/apply_patches.cmake -- <patch>...
#
# A patch must apply exactly (no fuzz; a hunk may only have moved): one that no longer does stops
# the build, naming the patch and what patch said, and leaves no copy behind, so the next build
# tries again rather than compiling a half-patched file.
if(NOT SOURCE OR NOT OUTPUT)
  message(FATAL_ERROR "usage: cmake -DSOURCE=<file> -DOUTPUT=<copy> -P apply_patches.cmake -- <patch>...")
endif()
find_program(PATCH_PROGRAM patch)
if(NOT PATCH_PROGRAM)
  message(FATAL_ERROR "GNU patch is not installed: run tools/setup.sh (Debian package patch)")
endif()

# The patches are the arguments after "--" (CMake leaves those alone).
set(_patches)
set(_first 0)
math(EXPR _last "${CMAKE_ARGC} - 1")
foreach(_i RANGE ${_last})
  if(_first GREATER 0 AND NOT _i LESS _first)
    list(APPEND _patches "${CMAKE_ARGV${_i}}")
  elseif(CMAKE_ARGV${_i} STREQUAL "--")
    math(EXPR _first "${_i} + 1")
  endif()
endforeach()

file(REMOVE "${OUTPUT}")
set(_work "${OUTPUT}.patching")
get_filename_component(_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_dir}")
file(COPY_FILE "${SOURCE}" "${_work}")
foreach(_patch ${_patches})
  execute_process(
    COMMAND "${PATCH_PROGRAM}" --batch --forward --fuzz=0 --no-backup-if-mismatch --reject-file=-
            "${_work}" "${_patch}"
    RESULT_VARIABLE _result OUTPUT_VARIABLE _said ERROR_VARIABLE _said)
  if(NOT _result EQUAL 0)
    file(REMOVE "${_work}")
    message(FATAL_ERROR "${_patch} no longer applies to ${SOURCE}:\n${_said}"
                        "Update the patch against this version, or drop it (docs/build.md, \"ImGui's patches\").")
  endif()
endforeach()
file(RENAME "${_work}" "${OUTPUT}")
