#include "letter_command.h"

#include <algorithm>

#include "cli_io.h"
#include "documents/case_file.h"
#include "documents/export.h"
#include "documents/letters.h"
#include "rules/engine.h"

namespace redress::cli {
namespace {

// The formats --format takes: files (a mailto: link is the browser's); large print is --large-print.
constexpr ExportFormat kFileFormats[] = {ExportFormat::text, ExportFormat::html, ExportFormat::case_file,
                                         ExportFormat::calendar};

struct Options {
    std::string file, kind, format = "text";
    bool large_print = false;
};

// Reads "--name value" and "--name=value". Returns an error message, or "" when all is well.
std::string parse_options(const std::vector<std::string>& args, Options& o) {
    for (std::size_t k = 0; k < args.size(); ++k) {
        std::string a = args[k], value;
        const auto eq = a.find('=');
        const bool takes_value = a.rfind("--kind", 0) == 0 || a.rfind("--format", 0) == 0;
        if (takes_value) {
            if (eq != std::string::npos) {
                value = a.substr(eq + 1);
                a = a.substr(0, eq);
            } else if (k + 1 < args.size()) {
                value = args[++k];
            } else {
                return a + " needs a value";
            }
        }
        if (a == "--kind") o.kind = value;
        else if (a == "--format") o.format = value;
        else if (a == "--large-print") o.large_print = true;
        else if (a.size() > 1 && a[0] == '-') return "unknown option \"" + a + "\" (try: redress letter --help)";
        else if (o.file.empty()) o.file = a;
        else return "expected one FILE (or - for standard input)";
    }
    if (o.file.empty()) return "expected one FILE (or - for standard input)";
    const auto format = parse_name<ExportFormat>(o.format);
    if (!format || std::find(std::begin(kFileFormats), std::end(kFileFormats), *format) == std::end(kFileFormats)) {
        std::string known;
        for (ExportFormat f : kFileFormats) known += (known.empty() ? "" : ", ") + std::string(name_of(f));
        return "--format: \"" + o.format.substr(0, 40) + "\" is not one of " + known;
    }
    if (!o.kind.empty() && !parse_name<DocumentKind>(o.kind)) {
        std::string known;
        for (DocumentKind k : values_of<DocumentKind>()) known += (known.empty() ? "" : ", ") + std::string(name_of(k));
        return "--kind: \"" + o.kind.substr(0, 40) + "\" is not one of " + known;
    }
    return "";
}

}  // namespace

int run_letter(const std::vector<std::string>& args) {
    Options o;
    if (const std::string problem = parse_options(args, o); !problem.empty()) return fail("letter: " + problem);
    int exit_code = kExitOk;
    const PolicyCatalogue* catalogue = builtin_catalogue_or_fail(exit_code);
    if (catalogue == nullptr) return exit_code;

    std::string problem;
    const auto text = read_input(o.file, problem, kMaxCaseFileBytes);
    if (!text) return fail("letter: " + problem);
    InputError error;
    const auto c = import_case(*text, *catalogue, system_today(), error);
    if (!c) return fail("letter: " + error.to_string());
    const Verdict v = evaluate(*c, *catalogue);
    const DocumentKind kind = o.kind.empty() ? main_document(*c, v) : *parse_name<DocumentKind>(o.kind);
    ExportFormat format = *parse_name<ExportFormat>(o.format);
    if (format == ExportFormat::html && o.large_print) format = ExportFormat::large_print;
    std::string why;
    const auto file = export_document(kind, format, *c, *catalogue, !o.kind.empty(), why);
    if (!file) return fail("letter: --kind " + why);
    return emit(file->content);
}

}  // namespace redress::cli
