#include "documents/voice.h"

#include <algorithm>
#include <array>

namespace redress {
namespace {

// The close of the brace opened at `open`, counting nested braces; npos when unclosed.
std::size_t matching_close(std::string_view text, std::size_t open) {
    int depth = 0;
    for (std::size_t k = open; k < text.size(); ++k) {
        if (text[k] == '{') ++depth;
        else if (text[k] == '}' && --depth == 0) return k;
    }
    return std::string_view::npos;
}

// The top-level '|' inside a brace's body, or npos.
std::size_t top_level_bar(std::string_view body) {
    int depth = 0;
    for (std::size_t k = 0; k < body.size(); ++k) {
        if (body[k] == '{') ++depth;
        else if (body[k] == '}') --depth;
        else if (body[k] == '|' && depth == 0) return k;
    }
    return std::string_view::npos;
}

// literal() stands a person's braces in for these: control characters, which user text never
// holds (clean_user_text removes them), so they cannot be confused with anything typed.
constexpr char kOpen = '\x0e', kClose = '\x0f';

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

std::string in_voice(std::string_view text, const Voice& voice) {
    struct Named {
        std::string_view name;
        std::string value;
    };
    const std::string possessive = voice.tenant + (voice.tenant.ends_with("s") ? "'" : "'s");
    const std::array<Named, 5> named = {{{"tenant", voice.tenant},
                                         {"Tenant", capitalised(voice.tenant)},
                                         {"tenant's", possessive},
                                         {"Tenant's", capitalised(possessive)},
                                         {"landlord", voice.landlord}}};
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : matching_close(text, open);
        if (close == std::string_view::npos) {
            out.append(text.substr(at));
            break;
        }
        out.append(text.substr(at, open - at));
        const std::string_view body = text.substr(open + 1, close - open - 1);
        if (const std::size_t bar = top_level_bar(body); bar != std::string_view::npos) {
            out += in_voice(voice.speaker == Speaker::tenant ? body.substr(0, bar) : body.substr(bar + 1), voice);
        } else {
            const auto it = std::find_if(named.begin(), named.end(), [body](const Named& n) { return n.name == body; });
            out += it != named.end() ? it->value : std::string(text.substr(open, close - open + 1));
        }
        at = close + 1;
    }
    for (char& ch : out) {
        if (ch == kOpen) ch = '{';
        else if (ch == kClose) ch = '}';
    }
    return out;
}

std::string literal(std::string_view user_text) {
    std::string out(user_text);
    for (char& ch : out) {
        if (ch == '{') ch = kOpen;
        else if (ch == '}') ch = kClose;
    }
    return out;
}

}  // namespace redress
