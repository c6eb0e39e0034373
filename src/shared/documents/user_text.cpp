#include "documents/user_text.h"

namespace redress {

std::string clean_user_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t k = 0; k < text.size(); ++k) {
        const auto b = static_cast<unsigned char>(text[k]);
        if (b == '\r') {
            out += '\n';
            if (k + 1 < text.size() && text[k + 1] == '\n') ++k;
        } else if (b == '\n') {
            out += '\n';
        } else if (b < 0x20 || b == 0x7f) {
            continue;  // C0 controls (tab included) and DEL
        } else if (b == 0xc2 && k + 1 < text.size() && static_cast<unsigned char>(text[k + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[k + 1]) <= 0x9f) {
            ++k;  // C1 controls, U+0080 to U+009F, encoded C2 80 to C2 9F
        } else {
            out += static_cast<char>(b);
        }
    }
    return out;
}

std::string clean_user_line(std::string_view text) {
    std::string out = clean_user_text(text);
    for (char& ch : out)
        if (ch == '\n') ch = ' ';
    return out;
}

std::string one_line_address(std::string_view text) {
    const std::string clean = clean_user_text(text);
    std::string out;
    std::size_t start = 0;
    while (start <= clean.size()) {
        std::size_t end = clean.find('\n', start);
        if (end == std::string::npos) end = clean.size();
        std::string_view line(clean.data() + start, end - start);
        while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        if (!line.empty()) {
            if (!out.empty()) out += out.back() == ',' ? " " : ", ";
            out += line;
        }
        start = end + 1;
    }
    return out;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0, cut = text.size(), last_space = std::string_view::npos;
    for (std::size_t k = 0; k < text.size(); ++k) {
        if ((static_cast<unsigned char>(text[k]) & 0xc0) == 0x80) continue;  // continuation byte
        if (chars == max_chars) {
            cut = k;
            break;
        }
        if (text[k] == ' ') last_space = k;
        ++chars;
    }
    if (cut == text.size()) return std::string(text);
    if (last_space != std::string_view::npos && last_space * 4 >= cut * 3) cut = last_space;
    std::string out(text.substr(0, cut));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "...";
}

}  // namespace redress
