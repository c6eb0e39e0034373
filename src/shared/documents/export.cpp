#include "documents/export.h"

#include <algorithm>

#include "documents/case_file.h"
#include "documents/deadline_calendar.h"
#include "documents/letter_writer.h"
#include "documents/letters.h"
#include "documents/mailto.h"
#include "documents/render.h"
#include "rules/engine.h"

namespace redress {
namespace {

// A file name a tenant can recognise in their downloads: "redress-stage1-complaint.txt".
std::string filename(DocumentKind kind, ExportFormat format) {
    std::string stem = "redress-";
    if (format == ExportFormat::case_file) stem += "case-file";
    else if (format == ExportFormat::calendar) stem += "deadlines";
    else stem += name_of(kind);
    return stem + std::string(row_of(format).extension);
}

}  // namespace

std::optional<ExportedFile> export_document(DocumentKind kind, ExportFormat format, const Case& c,
                                            const PolicyCatalogue& catalogue, bool only_kind, std::string& why) {
    const Verdict v = evaluate(c, catalogue);
    if (auto problem = unsuitable_because(kind, c, v)) {
        why = std::string(name_of(kind)) + " does not fit this case: " + *problem;
        return std::nullopt;
    }
    ExportedFile file{filename(kind, format), std::string(row_of(format).mime), {}};
    switch (format) {
        case ExportFormat::calendar: {
            // The reminders a tenant needs once the document has gone: count from today's sending.
            const Case sent = as_sent(kind, c, catalogue);
            file.content = deadlines_ics(sent, evaluate(sent, catalogue),
                                         landlord_display_name(c, *catalogue.find(c.landlord)));
            return file;
        }
        case ExportFormat::case_file:
            file.content = export_case_file(c, only_kind ? std::vector{kind} : recommended_documents(c, v), catalogue);
            return file;
        case ExportFormat::text: file.content = render_text_file(write_document(kind, c, catalogue)); return file;
        case ExportFormat::html:
            // The consent form is read and signed by the tenant: in large print when they asked for it.
            file.content = render_html(write_document(kind, c, catalogue),
                                       {kind == DocumentKind::consent &&
                                        std::find(c.adjustments.begin(), c.adjustments.end(), Adjustment::large_print) !=
                                            c.adjustments.end()});
            return file;
        case ExportFormat::large_print:
            file.content = render_html(write_document(kind, c, catalogue), {true});
            return file;
        case ExportFormat::mailto: {
            const Document d = write_document(kind, c, catalogue);
            auto link = mailto_link(d);
            if (!link) {
                why = d.email_to.empty() ? "the landlord publishes no complaints email address"
                                         : "the letter is too long for an email link; copy it instead";
                return std::nullopt;
            }
            file.content = std::move(*link);
            return file;
        }
    }
    return std::nullopt;
}

}  // namespace redress
