#pragma once
// A Document as plain text (to paste into an email or a web form) or as a standalone HTML page
// for printing on A4.
#include <string>

#include "documents/document.h"

namespace redress {

// The document alone, as pasted into an email or a web form or sent by a mailto: link:
// paragraphs separated by blank lines, lists as "- " items, quotes in curly quotes with their
// clause; no hard line breaks, so the text reflows wherever it is pasted. Ends with one newline.
std::string render_text(const Document& d);

// The text file to save: the "Before you send" advice first, then a line saying the document
// starts below it, then render_text(d). Without advice, render_text(d) alone.
std::string render_text_file(const Document& d);

struct HtmlOptions {
    bool large_print = false;  // 16 pt body text and larger headings, for a large-print copy
};

// A complete HTML page (lang en-GB, UTF-8, print CSS for A4). Every piece of text is escaped;
// tenant's text keeps its own direction (dir="auto"). The "Before you send" advice comes first,
// in an aside that prints on a page of its own, so the document itself starts on a fresh page.
std::string render_html(const Document& d, const HtmlOptions& options = {});

// `text` with &, <, >, " and ' escaped for HTML text and attribute values.
std::string escape_html(std::string_view text);

}  // namespace redress
