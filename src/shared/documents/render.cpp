#include "documents/render.h"

namespace redress {
namespace {

// Print CSS: A4 pages, a plain legible sans-serif, nothing split across a page break that
// should not be. Colours are dark on white well above 7:1.
constexpr const char* kStyle = R"css(@page { size: A4; margin: 20mm; }
html { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: BODYSIZE; line-height: 1.5; color: #0b0c0c; background: #ffffff; }
body { max-width: 42em; margin: 0 auto; padding: 1em; }
h1 { font-size: 1.5em; line-height: 1.25; margin: 1em 0 0.5em; }
h2 { font-size: 1.2em; line-height: 1.3; margin: 1.5em 0 0.5em; break-after: avoid; }
p, li, figure { overflow-wrap: anywhere; }
p, li, figure, .lines { break-inside: avoid; }
.lines, .user { white-space: pre-line; }
figure { margin: 0 0 1em; padding-left: 1em; border-left: 4px solid #505a5f; }
blockquote { margin: 0; }
figcaption { color: #383f43; }
.sign { margin-top: 2em; }
aside { border: 3px solid #0b0c0c; padding: 0 1em; margin-bottom: 2em; break-after: page; }
@media print { body { max-width: none; padding: 0; } }
)css";

bool user(const Block& b) { return b.origin == Block::Origin::user; }

}  // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char ch : text) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += ch;
        }
    }
    return out;
}

std::string render_text(const Document& d) {
    std::string out;
    for (std::size_t k = 0; k < d.blocks.size(); ++k) {
        const Block& b = d.blocks[k];
        switch (b.type) {
            case Block::Type::item:
                out += "- " + b.text + "\n";
                if (k + 1 == d.blocks.size() || d.blocks[k + 1].type != Block::Type::item) out += "\n";
                break;
            case Block::Type::quote:
                out += "\xe2\x80\x9c" + b.text + "\xe2\x80\x9d";  // curly quotes
                out += b.cite.empty() ? "\n\n" : " (" + b.cite + ")\n\n";
                break;
            default: out += b.text + "\n\n"; break;
        }
    }
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

std::string render_text_file(const Document& d) {
    if (d.how_to_send.empty()) return render_text(d);
    std::string out = "Before you send (not part of the " + std::string(row_of(d.kind).noun) + ")\n\n";
    for (const std::string& advice : d.how_to_send) out += "- " + advice + "\n";
    out += "\n==== The " + std::string(row_of(d.kind).noun) + " starts below this line ====\n\n";
    return out + render_text(d);
}

std::string render_html(const Document& d, const HtmlOptions& options) {
    std::string style = kStyle;
    style.replace(style.find("BODYSIZE"), 8, options.large_print ? "18pt" : "12pt");
    std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      escape_html(d.title) + "</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n";
    if (!d.how_to_send.empty()) {
        out += "<aside aria-labelledby=\"before-you-send\">\n<h2 id=\"before-you-send\">Before you send</h2>\n<p>This page is "
               "for you. It is not part of the " + std::string(row_of(d.kind).noun) + ", which starts on the next page.</p>\n<ul>\n";
        for (const std::string& advice : d.how_to_send) out += "<li>" + escape_html(advice) + "</li>\n";
        out += "</ul>\n</aside>\n";
    }
    out += "<main>\n";
    bool first_heading = true, in_list = false;
    for (const Block& b : d.blocks) {
        if (in_list && b.type != Block::Type::item) {
            out += "</ul>\n";
            in_list = false;
        }
        const std::string text = escape_html(b.text);
        const std::string dir = user(b) ? " dir=\"auto\"" : "";
        switch (b.type) {
            case Block::Type::heading:
                out += (first_heading ? "<h1" : "<h2") + dir + ">" + text + (first_heading ? "</h1>\n" : "</h2>\n");
                first_heading = false;
                break;
            case Block::Type::paragraph:
                out += std::string("<p") + (user(b) ? " class=\"user\"" : "") + dir + ">" + text + "</p>\n";
                break;
            case Block::Type::item:
                if (!in_list) out += "<ul>\n";
                in_list = true;
                out += "<li" + dir + ">" + text + "</li>\n";
                break;
            case Block::Type::quote:
                out += "<figure>\n<blockquote><p>\xe2\x80\x9c" + text + "\xe2\x80\x9d</p></blockquote>\n";
                if (!b.cite.empty()) out += "<figcaption>" + escape_html(b.cite) + "</figcaption>\n";
                out += "</figure>\n";
                break;
            case Block::Type::lines: out += "<p class=\"lines\"" + dir + ">" + text + "</p>\n"; break;
            case Block::Type::signature: out += "<p class=\"sign\">" + text + "</p>\n"; break;
        }
    }
    if (in_list) out += "</ul>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace redress
