// doctest's main: the same test binary runs natively (ctest) and as WebAssembly under Node.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
