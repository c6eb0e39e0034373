#pragma once
// The actions a host sends the wizard (the ImGui app, the HTML layer through app.js, the tests),
// read from JSON at the boundary and written as JSON. As JSON (what the browser sends):
//   {"type":"answer","field":"landlord","value":"halton-housing"}
//   {"type":"toggle","field":"circumstances","value":"disrepair","checked":true}
//   {"type":"continue"}  {"type":"back"}  {"type":"change","page":"landlord"}
//   {"type":"clear"} (asks first)  {"type":"start-again"} (clears)  {"type":"import","text":"<a case file>"}
//   {"type":"export","kind":"stage1","format":"text|html|large-print|json|ics|mailto|copy|print"}
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "documents/document.h"
#include "documents/export.h"
#include "util/input_error.h"
#include "util/vocabulary.h"
#include "wizard/pages.h"

namespace redress::wizard {

// The longest answer an action may carry: 20,000 characters of up to 4 bytes each.
inline constexpr std::size_t kMaxAnswerBytes = 4 * 20000;

// What the host does with an exported file.
enum class Intent : std::uint8_t { download, copy, print, open, last_ = open };
struct IntentRow {
    Intent value;
    std::string_view name;
};
inline constexpr IntentRow kIntentRows[] = {
    {Intent::download, "download"}, {Intent::copy, "copy"}, {Intent::print, "print"}, {Intent::open, "open"}};

// How a document is asked for: a file format, or text to copy and a page to print.
enum class ExportAs : std::uint8_t { text, html, large_print, case_file, calendar, mailto, copy, print, last_ = print };
struct ExportAsRow {
    ExportAs value;
    std::string_view name;
    ExportFormat format;
    Intent intent;
};
inline constexpr ExportAsRow kExportAsRows[] = {
    {ExportAs::text, "text", ExportFormat::text, Intent::download},
    {ExportAs::html, "html", ExportFormat::html, Intent::download},
    {ExportAs::large_print, "large-print", ExportFormat::large_print, Intent::download},
    {ExportAs::case_file, "json", ExportFormat::case_file, Intent::download},
    {ExportAs::calendar, "ics", ExportFormat::calendar, Intent::download},
    {ExportAs::mailto, "mailto", ExportFormat::mailto, Intent::open},
    {ExportAs::copy, "copy", ExportFormat::text, Intent::copy},
    {ExportAs::print, "print", ExportFormat::html, Intent::print},
};

}  // namespace redress::wizard

namespace redress {
template <> struct Vocabulary<wizard::Intent> : Rows<wizard::kIntentRows> {};
template <> struct Vocabulary<wizard::ExportAs> : Rows<wizard::kExportAsRows> {};
}  // namespace redress

namespace redress::wizard {

struct Answer {
    std::string field, value;  // the answer's key (or a date part's) and its value
};
struct Toggle {
    std::string field, value;  // a set of checkboxes, and the option ticked or unticked
    bool checked = false;
};
struct Continue {};
struct Back {};
struct Change {
    PageId page;  // from "Check your answers"
};
struct Clear {};       // asks whether to clear every answer (the "clear" page)
struct StartAgain {};  // clears every answer and goes back to the start
struct Import {
    std::string text;  // a case file; empty: the host should ask the reader for one
};
struct Export {
    DocumentKind kind;
    ExportAs as;
};
using Action = std::variant<Answer, Toggle, Continue, Back, Change, Clear, StartAgain, Import, Export>;

// The action as JSON, keys sorted, as the hosts send it.
std::string action_json(const Action& action);

// Reads an action sent by a host. Hostile input gets nullopt and the field and problem in `error`.
std::optional<Action> parse_action(std::string_view json_text, InputError& error);

}  // namespace redress::wizard
