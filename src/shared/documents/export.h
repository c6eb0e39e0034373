#pragma once
// One document (or the case file, or the calendar of deadlines) as a file to save, print or
// send: the bytes plus a file name and a media type. `redress letter` and the browser's
// documents page both export through here, so they cannot produce different files.
#include <optional>
#include <string>
#include <string_view>

#include "documents/document.h"
#include "rules/case.h"
#include "rules/policy_catalogue.h"

namespace redress {

enum class ExportFormat {
    text,         // plain text to paste into an email or a web form
    html,         // a page to print on A4
    large_print,  // the same page in large print
    case_file,    // the JSON case file, to carry on later
    calendar,     // the deadlines as an iCalendar file
    mailto,       // a mailto: link that opens the tenant's email app
};

// "text", "html", "large-print", "json", "ics", "mailto".
std::string_view format_name(ExportFormat format);
std::optional<ExportFormat> parse_format(std::string_view name);

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
