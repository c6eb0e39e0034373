// printf without floating point. Every printf-style call in the browser app formats integers and
// text only: nlohmann's lexer ("<U+%.4X>" in its error messages), ImGui's own names, the colours
// and lengths sent to the page. musl's full vfprintf also carries floating-point formatting and
// the long double arithmetic under it; its integer-only vsniprintf does all these calls.
#include <cstdarg>
#include <cstddef>

#include <imgui.h>

extern "C" int vsniprintf(char* buffer, std::size_t size, const char* format, va_list args);

extern "C" int snprintf(char* buffer, std::size_t size, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = vsniprintf(buffer, size, format, args);
    va_end(args);
    return n;
}

// ImGui's formatting (IMGUI_DISABLE_DEFAULT_FORMAT_FUNCTIONS, src/wasm/CMakeLists.txt), as ImGui
// writes it but integer-only.
int ImFormatStringV(char* buffer, std::size_t size, const char* format, va_list args) {
    const int n = vsniprintf(buffer, size, format, args);
    if (buffer == nullptr) return n;
    if (n < 0 || std::size_t(n) >= size) return int(size) - 1;
    buffer[n] = 0;
    return n;
}

int ImFormatString(char* buffer, std::size_t size, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = ImFormatStringV(buffer, size, format, args);
    va_end(args);
    return n;
}
