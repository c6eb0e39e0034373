#include "text_wrap.h"

#include <imgui_internal.h>

#include <algorithm>

namespace redress::app {
namespace {

// The character at `p` (UTF-8) and its advance; moves `p` past it.
float advance(const ImFont* font, const char*& p, const char* end, unsigned int* c) {
    *c = static_cast<unsigned char>(*p);
    if (*c < 0x80) ++p;
    else p += ImTextCharFromUtf8(c, p, end);
    return font->GetCharAdvance(ImWchar(*c <= 0xFFFF ? *c : 0xFFFD));
}

// The next piece that may not be broken: up to a space, or just after a hyphen that joins two
// words ("Dyslexia-" "friendly"; not "-5"). Returns its end and sets its width.
const char* next_piece(const ImFont* font, const char* p, const char* end, float* width) {
    *width = 0;
    while (p < end && *p != ' ') {
        unsigned int c = 0;
        *width += advance(font, p, end, &c);
        if (c == '-' && p < end && *p != ' ' && !(*p >= '0' && *p <= '9')) break;
    }
    return p;
}

// Lines of one paragraph (no '\n' in it), appended to `out`.
void wrap_paragraph(const ImFont* font, const char* p, const char* end, float width, std::vector<TextLine>& out) {
    const float space = font->GetCharAdvance(' ');
    const float hyphen = font->GetCharAdvance('-');
    const std::size_t first = out.size();
    TextLine line;
    const char* line_start = nullptr;
    while (p < end) {
        const char* gap = p;
        while (p < end && *p == ' ') ++p;
        if (p == end) break;
        float piece = 0;
        const char* piece_end = next_piece(font, p, end, &piece);
        const float spaces = float(p - gap) * space;
        if (line_start && line.width + spaces + piece <= width) {
            line.width += spaces + piece;
            line.text = std::string_view(line_start, std::size_t(piece_end - line_start));
            p = piece_end;
            continue;
        }
        if (line_start) out.push_back(line);
        // The piece starts a line. Wider than a whole line, it is cut where the line runs out,
        // with a hyphen, as often as it takes.
        while (piece > width) {
            const char* cut = p;
            float used = 0;
            for (const char* q = p; q < piece_end;) {
                unsigned int c = 0;
                const float a = advance(font, q, piece_end, &c);
                if (cut != p && used + a + hyphen > width) break;
                used += a;
                cut = q;
            }
            if (cut == piece_end) break;  // rounding: it fits after all
            // Never a letter or two alone on the next line ("describe-" "s"): three at least.
            if (piece - used <= width && piece_end - cut < 3 && cut - p > 4) {
                while (piece_end - cut < 3 || (*cut & 0xC0) == 0x80) --cut;
                used = 0;
                for (const char* q = p; q < cut;) {
                    unsigned int c = 0;
                    used += advance(font, q, cut, &c);
                }
            }
            out.push_back({std::string_view(p, std::size_t(cut - p)), used + hyphen, true});
            piece -= used;
            p = cut;
        }
        line_start = p;
        line = {std::string_view(p, std::size_t(piece_end - p)), piece, false};
        p = piece_end;
    }
    if (line_start || out.size() == first) out.push_back(line);  // an empty paragraph is an empty line
}

}  // namespace

WrappedText wrap_text(const ImFont* font, std::string_view text, float width) {
    WrappedText wrapped;
    const char* p = text.data();
    const char* end = p + text.size();
    while (true) {
        const char* stop = p;
        while (stop < end && *stop != '\n') ++stop;
        wrap_paragraph(font, p, stop, width, wrapped.lines);
        if (stop == end) break;
        p = stop + 1;
    }
    for (const TextLine& line : wrapped.lines) wrapped.size.x = std::max(wrapped.size.x, line.width);
    wrapped.size.y = float(wrapped.lines.size()) * font->FontSize;
    return wrapped;
}

void draw_lines(ImDrawList* dl, const ImFont* font, ImVec2 pos, ImU32 colour, const WrappedText& wrapped) {
    for (const TextLine& line : wrapped.lines) {
        const char* b = line.text.data();
        dl->AddText(font, font->FontSize, pos, colour, b, b + line.text.size());
        if (line.hyphen) dl->AddText(font, font->FontSize, ImVec2(pos.x + line.width - font->GetCharAdvance('-'), pos.y), colour, "-");
        pos.y += font->FontSize;
    }
}

}  // namespace redress::app
