#pragma once
#include "fonts.h"

namespace redress::app {

// The first page: the pipeline end to end (core library with its embedded policies, fonts,
// ImGui, WebGL2). The guided question flow replaces it (issue 5).
void draw_home_page(const FontSet& fonts);

}  // namespace redress::app
