#pragma once
// Text typed by a tenant, made safe to put in a document: control characters other than the
// newline are removed (CR LF and a lone CR become a newline). Everything else, right-to-left
// scripts, combining marks, emoji and bidi marks included, passes through unchanged.
#include <string>
#include <string_view>

namespace redress {

// `text` must be valid UTF-8 (parse_json guarantees it for anything read from a case).
std::string clean_user_text(std::string_view text);

// The same, on one line: newlines become spaces (for a subject line or a calendar title).
std::string clean_user_line(std::string_view text);

// An address typed over several lines, on one line for a sentence: "4 Ivy Court, Runcorn WA7 1AB".
// Empty lines are dropped, and a line that already ends in a comma gets no second one.
std::string one_line_address(std::string_view text);

// At most `max_chars` characters (code points) of `text`, cut at a space where one is near, with
// "..." when anything was cut.
std::string shorten(std::string_view text, std::size_t max_chars);

}  // namespace redress
