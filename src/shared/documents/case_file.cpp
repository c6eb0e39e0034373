#include "documents/case_file.h"

#include "documents/letters.h"
#include "documents/mailto.h"
#include "documents/render.h"
#include "json/input.h"
#include "rules/case_json.h"
#include "rules/engine.h"
#include "rules/verdict_json.h"

namespace redress {

std::string export_case_file(const Case& c, const std::vector<DocumentKind>& kinds, const PolicyCatalogue& catalogue) {
    JsonWriter w(2);
    w.begin_object().key("case");
    write_case(w, c);
    w.key("documents").begin_array();
    for (DocumentKind kind : kinds) {
        const Document d = write_document(kind, c, catalogue);
        w.begin_object().key("blocks").begin_array();
        for (const Block& b : d.blocks) {
            w.begin_object();
            if (!b.cite.empty()) w.field("cite", b.cite);
            w.field("origin", name_of(b.origin)).field("text", b.text).field("type", name_of(b.type));
            w.end_object();
        }
        w.end_array();
        w.key("how_to_send").string_list(d.how_to_send);
        w.field("kind", name_of(kind));
        if (auto link = mailto_link(d)) w.field("mailto", *link);
        w.field("subject", d.subject).field("text", render_text(d)).field("title", d.title).end_object();
    }
    w.end_array();
    w.field("format", kCaseFileFormat).field("schema", kCaseFileSchema).key("verdict");
    write_verdict(w, evaluate(c, catalogue));
    w.end_object();
    w.text("\n");
    return w.take();
}

std::optional<Case> import_case(std::string_view text, const PolicyCatalogue& catalogue, Date today, InputError& error) {
    JsonTree tree;
    return import_case(text, catalogue, today, error, tree, &json_parse);
}

std::optional<Case> import_case(std::string_view text, const PolicyCatalogue& catalogue, Date today, InputError& error,
                                JsonTree& tree, JsonParser parser) {
    error = {};
    if (!parse_json(text, tree, error, kMaxCaseFileBytes, parser)) return std::nullopt;
    const JsonValue root = tree.root();
    if (!root.is_object() || !root.find("format")) {
        if (text.size() > kMaxJsonBytes) {
            error = {"", "the input is larger than 1 MB"};
            return std::nullopt;
        }
        return parse_case_json(root, "", catalogue, today, error);
    }
    FieldReader r(root, "", &error);
    const std::string format = r.string("format", true, 100);
    if (r.ok() && format != kCaseFileFormat)
        r.fail("format", "\"" + format.substr(0, 40) + "\" is not a Redress case file (expected \"" +
                             std::string(kCaseFileFormat) + "\")");
    const int schema = r.integer("schema", 1, 1000000, true);
    if (r.ok() && schema != kCaseFileSchema)
        r.fail("schema", "version " + std::to_string(schema) + " is not one this version of Redress reads (it reads version " +
                             std::to_string(kCaseFileSchema) + ")");
    const JsonValue case_node = r.object("case", true);
    if (!r.ok() || !case_node) return std::nullopt;
    return parse_case_json(case_node, "case", catalogue, today, error);
}

}  // namespace redress
