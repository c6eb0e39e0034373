#pragma once
// One document (or the case file, or the calendar of deadlines) as a file to save, print or
// send: the bytes plus a file name and a media type. `redress letter` and the browser's
// documents page both export through here, so they cannot produce different files.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "documents/document.h"
#include "rules/case.h"
#include "rules/policy_catalogue.h"

namespace redress {

// text: plain text to paste into an email or a web form; html: a page to print on A4;
// large_print: the same page in large print; case_file: the JSON case file, to carry on later;
// calendar: the deadlines as an iCalendar file; mailto: a link that opens the tenant's email app.
enum class ExportFormat : std::uint8_t { text, html, large_print, case_file, calendar, mailto, last_ = mailto };
struct ExportFormatRow {
    ExportFormat value;
    std::string_view name, extension, mime;  // name as `redress letter --format` and actions take it
};
inline constexpr ExportFormatRow kExportFormatRows[] = {
    {ExportFormat::text, "text", ".txt", "text/plain;charset=utf-8"},
    {ExportFormat::html, "html", ".html", "text/html;charset=utf-8"},
    {ExportFormat::large_print, "large-print", "-large-print.html", "text/html;charset=utf-8"},
    {ExportFormat::case_file, "json", ".json", "application/json"},
    {ExportFormat::calendar, "ics", ".ics", "text/calendar;charset=utf-8"},
    {ExportFormat::mailto, "mailto", "", "text/uri-list"},
};
template <> struct Vocabulary<ExportFormat> : Rows<kExportFormatRows> {};

struct ExportedFile {
    std::string filename;  // "redress-stage1-complaint.txt"
    std::string mime;      // "text/plain;charset=utf-8"
    std::string content;
};

// Exports `kind` for case `c` in `format`. The case file holds `kind` alone when `only_kind`,
// else every recommended document; the calendar counts from the day `kind` is sent. On failure
// (the kind does not fit the case, or no mailto: link can be made) returns nullopt and says why.
std::optional<ExportedFile> export_document(DocumentKind kind, ExportFormat format, const Case& c,
                                            const PolicyCatalogue& catalogue, bool only_kind, std::string& why);

}  // namespace redress
