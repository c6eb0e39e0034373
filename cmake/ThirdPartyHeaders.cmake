# The header-only libraries come from Debian packages under /usr/include. Emscripten's sysroot
# hides /usr/include, and adding it wholesale drags glibc headers into a wasm build, so we expose
# just these three through a directory of symbolic links inside the build tree.
set(_third_party_include "${CMAKE_BINARY_DIR}/third_party/include")
file(MAKE_DIRECTORY "${_third_party_include}")
foreach(_lib nlohmann date doctest)
  set(_target "/usr/include/${_lib}")
  if(NOT EXISTS "${_target}")
    message(FATAL_ERROR "${_target} is missing: run tools/setup.sh (it installs the Debian packages)")
  endif()
  if(NOT EXISTS "${_third_party_include}/${_lib}")
    file(CREATE_LINK "${_target}" "${_third_party_include}/${_lib}" SYMBOLIC)
  endif()
endforeach()

add_library(redress_third_party INTERFACE)
target_include_directories(redress_third_party SYSTEM INTERFACE "${_third_party_include}")
# The core never throws: parsing reports errors as values, and every JSON access is type-checked
# first. With exceptions off, nlohmann's would-be throws abort instead, which the fuzzer catches.
# Keeping exceptions out of the core keeps Emscripten from wrapping calls in JS trampolines.
target_compile_definitions(redress_third_party INTERFACE JSON_NOEXCEPTION ONLY_C_LOCALE=1 HAS_UNCAUGHT_EXCEPTIONS=1)
add_library(redress::third_party ALIAS redress_third_party)
