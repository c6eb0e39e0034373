#include "documents/mailto.h"

#include "documents/render.h"

namespace redress {
namespace {

// Percent-encodes everything but RFC 3986's unreserved characters; newlines become CRLF, as
// RFC 6068 asks for line breaks in a body.
std::string encode(std::string_view text) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (char ch : text) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' ||
            b == '_' || b == '~') {
            out += ch;
        } else if (b == '\n') {
            out += "%0D%0A";
        } else {
            out += '%';
            out += digits[b >> 4];
            out += digits[b & 0xf];
        }
    }
    return out;
}

bool plain_address(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == email.size()) return false;
    for (char ch : email)
        if (ch <= ' ' || ch == '?' || ch == '&' || ch == '%' || ch == '#' || ch == ',' || ch == '<' || ch == '>')
            return false;
    return true;
}

}  // namespace

std::optional<std::string> mailto_link(const Document& d, std::size_t max_length) {
    if (!plain_address(d.email_to)) return std::nullopt;
    std::string link = "mailto:" + d.email_to + "?subject=" + encode(d.subject) + "&body=" + encode(render_text(d));
    if (link.size() > max_length) return std::nullopt;
    return link;
}

}  // namespace redress
